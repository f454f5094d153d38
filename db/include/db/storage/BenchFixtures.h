#pragma once

#include "core/Clock.h"
#include "core/Instrument.h"
#include "core/SecureKey.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/admin/Organisation.h"

#include <QList>
#include <QSqlDatabase>

namespace signaali::db {

// Row counts of a database, for a benchmark's report; no pupil data.
struct BenchCounts
{
    qint64 pupils = 0;
    qint64 completedQuestionnaires = 0;
    qint64 answers = 0;
    qint64 schoolPupils = 0; // of the school asked for
};

// What the dashboard opens on: the latest round with figures of the
// instrument, and the school with the most questionnaires in it.
struct DashboardFocus
{
    qint64 roundId = 0;
    QString roundName;
    qint64 schoolId = 0;
    QString schoolName;
};

// Single answers committed one by one, then questionnaires stored in batches.
struct StorageTimings
{
    QList<double> answerCommitMs;
    int questionnaires = 0;
    double bulkSeconds = 0;
};

// What signaali-cli bench needs beyond the checked services: accounts of its
// own and fixtures written straight to the tables. Every call that reads or
// writes more than row counts is refused on a database with accounts other
// than the benchmarks' own (user names starting "bench."): benchmarks are for
// demo databases, never for one that real people use.
class BenchFixtures
{
public:
    explicit BenchFixtures(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // The benchmark account `username`, made on first use with a random
    // password nobody knows (so it cannot sign in), with `role` and exactly `schools`.
    Outcome<SignedInUser> account(const QString& username, Role role, const QList<qint64>& schools);
    // Every school, by name.
    Outcome<QList<SchoolInfo>> schools();
    // The school `name`, made in this (scratch) database when it has none:
    // the receiving installation of the bundle benchmark.
    Outcome<qint64> ensureSchool(const QString& name);
    Outcome<DashboardFocus> dashboardFocus(const QString& instrumentId);
    // Fills this (scratch) database with pupils and times the storage of
    // `answers` single answers and `questionnaires` bulk questionnaires.
    Outcome<StorageTimings> timeStorage(const Instrument& instrument, int answers,
                                        int questionnaires);
    // Not refused: counts only.
    Outcome<BenchCounts> counts(qint64 schoolId = 0);
    // A copy of the database at `target` (which must not exist), encrypted
    // under a fresh master key (returned; no key slots) or plaintext (nullptr),
    // so that the encryption benchmark runs the same work on both.
    Outcome<std::shared_ptr<SecureKey>> copyTo(const QString& target, bool encrypted);

private:
    std::optional<Refusal> demoOnly();

    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
