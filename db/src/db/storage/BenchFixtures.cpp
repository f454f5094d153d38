#include "db/storage/BenchFixtures.h"

#include "core/KeyHeader.h"
#include "db/storage/CryptVfs.h"
#include "db/storage/DatabaseFile.h"
#include "db/storage/KeyArea.h"

#include "core/RandomAnswers.h"
#include "core/Scorer.h"
#include "core/Secret.h"
#include "db/admin/UserValidation.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/store/BulkResponses.h"
#include "db/store/OrganisationStore.h"
#include "db/store/PupilStore.h"
#include "db/store/ResponseStore.h"
#include "db/store/ResultStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <algorithm>
#include <memory>

namespace signaali::db {

namespace {
qint64 count(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    return scalar(db, sql, values).value_or(0).toLongLong();
}
} // namespace

std::optional<Refusal> BenchFixtures::demoOnly()
{
    const auto others = scalar(
        m_db, QStringLiteral("SELECT count(*) FROM app_user WHERE username NOT LIKE 'bench.%'"));
    if (!others)
        return Refusal::databaseFailed(QStringLiteral("the accounts cannot be read"));
    if (others->toInt() > 0)
        return Refusal::of(Refusal::Code::BenchDemoOnly);
    return std::nullopt;
}

Outcome<SignedInUser> BenchFixtures::account(const QString& username, Role role,
                                             const QList<qint64>& schools)
{
    if (auto refusal = demoOnly())
        return *refusal;
    if (!username.startsWith(QLatin1String("bench.")))
        return Refusal::of(Refusal::Code::BenchAccountName);
    const QString name = QStringLiteral("Benchmark ") + roleId(role);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    auto id =
        scalar(m_db, QStringLiteral("SELECT id FROM app_user WHERE username = ?"), {username});
    if (!id) {
        const auto hash = Secret::hash(QString::number(QRandomGenerator::system()->generate64()));
        const auto created = users::insertUser(m_db, username, name, role, QString(),
                                               hash.value_or(QString()), isoUtc(m_clock.nowUtc()));
        if (!created)
            return created.refusal;
        id = *created;
    }
    if (const auto problem = users::replaceSchools(m_db, id->toLongLong(), schools))
        return *problem;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return SignedInUser{id->toLongLong(), username, name, role, schools};
}

Outcome<QList<SchoolInfo>> BenchFixtures::schools()
{
    if (auto refusal = demoOnly())
        return *refusal;
    return OrganisationStore(m_db).schools();
}

Outcome<qint64> BenchFixtures::ensureSchool(const QString& name)
{
    if (auto refusal = demoOnly())
        return *refusal;
    OrganisationStore organisation(m_db, m_clock);
    if (auto municipality = organisation.ensureMunicipality(QStringLiteral("Bench")); !municipality)
        return municipality.refusal;
    return organisation.ensureSchool(name);
}

Outcome<DashboardFocus> BenchFixtures::dashboardFocus(const QString& instrumentId)
{
    if (auto refusal = demoOnly())
        return *refusal;
    QSqlQuery latest(m_db);
    if (!execBound(latest,
                   QStringLiteral("SELECT r.id, r.name FROM round r WHERE EXISTS (SELECT 1 FROM "
                                  "group_summary s WHERE s.round_id = r.id AND s.instrument_id = "
                                  "?) ORDER BY coalesce(r.starts_on, r.created_at) DESC, r.id "
                                  "DESC LIMIT 1"),
                   {instrumentId}))
        return Refusal::databaseFailed(latest.lastError().text());
    if (!latest.next())
        return Refusal::of(Refusal::Code::NoInstrumentResults, {instrumentId});
    DashboardFocus focus;
    focus.roundId = latest.value(0).toLongLong();
    focus.roundName = latest.value(1).toString();
    const auto school =
        scalar(m_db,
               QStringLiteral("SELECT school_id FROM group_summary WHERE round_id = ? AND "
                              "instrument_id = ? AND domain_id = '' GROUP BY school_id "
                              "ORDER BY sum(ok + watch + concern) DESC, school_id LIMIT 1"),
               {focus.roundId, instrumentId});
    focus.schoolId = school ? school->toLongLong() : 0;
    focus.schoolName =
        scalar(m_db, QStringLiteral("SELECT name FROM school WHERE id = ?"), {focus.schoolId})
            .value_or(QString())
            .toString();
    return focus;
}

Outcome<StorageTimings> BenchFixtures::timeStorage(const Instrument& instrument, int answers,
                                                   int questionnaires)
{
    if (auto refusal = demoOnly())
        return *refusal;
    Roster roster;
    const int pupilCount = std::max(questionnaires, answers / 50 + 1);
    for (int i = 0; i < pupilCount; ++i) {
        RosterPupil p;
        p.line = i + 2;
        p.lastName = QStringLiteral("Bench");
        p.firstName = QStringLiteral("P%1").arg(i);
        p.dateOfBirth = QDate(2011, 1, 1).addDays(i % 3000);
        p.className = QStringLiteral("9A");
        roster.pupils << p;
    }
    PupilStore pupilStore(m_db, m_clock);
    if (const auto imported =
            pupilStore.importRoster(roster, QStringLiteral("Bench school"), false);
        !imported)
        return imported.refusal;
    QList<qint64> pupils;
    for (const PupilRecord& p : pupilStore.pupils())
        pupils << p.id;
    OrganisationStore organisation(m_db, m_clock);
    const auto round = organisation.createRound(QStringLiteral("bench"), {});
    const auto bulkRound = organisation.createRound(QStringLiteral("bulk"), {});
    if (!round)
        return round.refusal;
    if (!bulkRound)
        return bulkRound.refusal;
    ResponseStore store(m_db, m_clock);

    StorageTimings timings;
    QRandomGenerator rng(7);
    QElapsedTimer timer;
    int pupilIndex = 0;
    while (timings.answerCommitMs.size() < answers) {
        const auto response =
            store.startOrResume(pupils[pupilIndex++], round->id, instrument, QStringLiteral("fi"));
        if (!response)
            return response.refusal;
        const Answers given = randomAnswers(instrument, rng, typicalBurden(rng));
        for (auto it = given.constBegin();
             it != given.constEnd() && timings.answerCommitMs.size() < answers; ++it) {
            timer.start();
            if (const auto saved =
                    store.saveAnswer(response->id, it.key(), it.value(), &instrument);
                !saved)
                return saved.refusal;
            timings.answerCommitMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        }
    }

    QList<Answers> sets;
    for (int i = 0; i < questionnaires; ++i)
        sets << randomAnswers(instrument, rng, typicalBurden(rng), 0.03);
    // The bulk path a bundle's merge and the demo generator take: scored here,
    // written through prepared statements, counted into the summary per batch.
    timer.start();
    const auto versionId = ResultStore(m_db).instrumentVersionId(instrument);
    if (!versionId)
        return versionId.refusal;
    const QString now = isoUtc(m_clock.nowUtc());
    BulkResponses bulk(m_db, 1000);
    for (int i = 0; i < questionnaires; ++i) {
        const Answers kept = instrument.effectiveAnswers(sets[i]);
        const ScoreResult result = Scorer::score(instrument, kept, QStringLiteral("fi"), nullptr);
        if (const auto added =
                bulk.add(stagedFromScore(pupils[i], bulkRound->id, *versionId, instrument.id,
                                         QStringLiteral("fi"), now, kept, result));
            !added)
            return added.refusal;
    }
    if (auto refused = bulk.commit())
        return *refused;
    timings.questionnaires = questionnaires;
    timings.bulkSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return timings;
}

Outcome<BenchCounts> BenchFixtures::counts(qint64 schoolId)
{
    BenchCounts counts;
    counts.pupils = count(m_db, QStringLiteral("SELECT count(*) FROM pupil"));
    counts.completedQuestionnaires =
        count(m_db, QStringLiteral("SELECT count(*) FROM response WHERE status = 'completed'"));
    counts.answers =
        count(m_db, QStringLiteral("SELECT count(*) FROM response_answers, json_each(answers)"));
    counts.schoolPupils =
        count(m_db, QStringLiteral("SELECT count(*) FROM pupil WHERE school_id = ?"), {schoolId});
    return counts;
}

Outcome<std::shared_ptr<SecureKey>> BenchFixtures::copyTo(const QString& target, bool encrypted)
{
    if (QFileInfo::exists(target))
        return Refusal::of(Refusal::Code::OutputExists, {target});
    std::shared_ptr<SecureKey> key;
    QString into = target;
    QString token;
    if (encrypted) {
        key = SecureKey::random();
        const auto header = key ? KeyHeader::create(*key) : std::nullopt;
        if (!header || !CryptVfs::ensureRegistered())
            return Refusal::databaseFailed(QStringLiteral("the encryption layer cannot start"));
        if (const QString problem = keyarea::create(target, *header); !problem.isEmpty())
            return Refusal::of(Refusal::Code::FileNotWritten, {target, problem});
        if (!detail::reserveForEncryption(m_db))
            return Refusal::databaseFailed(QStringLiteral("cannot reserve bytes per page"));
        token = CryptVfs::attachKey(key);
        into = CryptVfs::uri(target, token);
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(into);
    const bool copied = query.exec();
    const QString problem = query.lastError().text();
    query.finish();
    if (!token.isEmpty())
        CryptVfs::detachKey(token);
    if (!copied)
        return Refusal::of(Refusal::Code::FileNotWritten, {target, problem});
    return key;
}

} // namespace signaali::db
