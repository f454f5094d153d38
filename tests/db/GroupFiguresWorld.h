#pragma once

// A database with schools, classes of pupils and rounds, for group-figure tests.

#include "TestDb.h"
#include "core/RandomAnswers.h"
#include "db/figures/GroupFigures.h"
#include "db/figures/GroupTrends.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/store/ResponseStore.h"
#include "db/store/ResultStore.h"

using namespace signaali;
using namespace signaali::db;

inline const signaali::Instrument& youth()
{
    return TestDb::instrument("signaali-youth");
}

// Schools and classes of pupils with alternating genders, and rounds.
struct World
{
    TestDb t;
    QHash<QString, QList<qint64>> classes; // "school/class" -> pupil ids
    QList<qint64> rounds;
    int nextPupil = 0;
    QRandomGenerator rng{7};

    QSqlDatabase& db() { return t.db->connection(); }
    SignedInUser user(Role role, const QList<qint64>& schools = {})
    {
        return t.account(role, schools);
    }

    bool open() { return t.open(); }

    bool addClass(const QString& school, const QString& cls, int count)
    {
        Roster roster;
        for (int i = 0; i < count; ++i) {
            RosterPupil p;
            p.line = i + 2;
            p.lastName = QStringLiteral("Testinen");
            p.firstName = QStringLiteral("P%1").arg(nextPupil++);
            p.dateOfBirth = QDate(2012, 1, 1).addDays(nextPupil);
            p.className = cls;
            p.gender = i % 2 ? QStringLiteral("male") : QStringLiteral("female");
            roster.pupils << p;
        }
        PupilStore store(db());
        if (!store.importRoster(roster, school, false))
            return false;
        for (const PupilRecord& p : store.pupils(school))
            if (p.className == cls && !classes[school + QLatin1Char('/') + cls].contains(p.id))
                classes[school + QLatin1Char('/') + cls] << p.id;
        return true;
    }

    qint64 addRound(const QString& name, const QDate& starts)
    {
        const auto round = OrganisationStore(db()).createRound(name, starts);
        rounds << (round ? round->id : 0);
        return rounds.last();
    }

    // Every pupil of the class answers with this burden (0 well .. 1 uniform).
    int record(const QString& key, qint64 round, double burden)
    {
        ResponseStore responses(db());
        int stored = 0;
        for (qint64 pupil : classes.value(key))
            if (responses.recordCompleted(pupil, round, youth(),
                                          randomAnswers(youth(), rng, burden),
                                          QStringLiteral("fi")))
                ++stored;
        return stored;
    }

    // Every pupil of the class completes the round; the first `concern` girls and
    // the first `concern` boys are stored at concern overall, the rest ok.
    void recordLevels(const QString& key, qint64 round, int concern)
    {
        ResponseStore responses(db());
        ResultStore results(db());
        int girls = 0, boys = 0;
        const QList<qint64> pupils = classes.value(key);
        for (int i = 0; i < pupils.size(); ++i) {
            const auto stored = responses.recordCompleted(
                pupils[i], round, youth(), randomAnswers(youth(), rng, 0.1), QStringLiteral("fi"));
            QVERIFY(stored);
            int& seen = i % 2 ? boys : girls;
            ScoreResult result;
            result.instrumentId = youth().id;
            result.version = youth().version;
            result.valid = true;
            result.level = seen++ < concern ? Level::Concern : Level::Ok;
            Transaction transaction(db());
            QVERIFY(results.storeResult(stored->first, result, QStringLiteral("2026-01-01")));
            QVERIFY(transaction.commit());
        }
    }

    qint64 schoolId(const QString& name) { return OrganisationStore(db()).school(name)->id; }
};

inline int summed(QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(sum(ok + watch + concern), 0) FROM "
                                     "group_summary WHERE domain_id = ''"))
        ->toInt();
}

inline const FigureRow* findRow(const QList<FigureRow>& rows, const QString& label,
                                const QString& domain = kOverall, const QString& gender = {})
{
    for (const FigureRow& row : rows)
        if (row.group.label == label && row.group.domainId == domain && row.group.gender == gender)
            return &row;
    return nullptr;
}
