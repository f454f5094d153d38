// bench storage: answer commit latency, bulk import speed, database size.
#include "cli/StorageBench.h"
#include "cli/CliCommon.h"
#include "core/Percentiles.h"
#include "core/RandomAnswers.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/storage/Database.h"
#include "db/store/OrganisationStore.h"
#include "db/store/PupilStore.h"
#include "db/store/ResponseStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace signaali::cli {

namespace {
QList<qint64> seedPupils(db::Database& database, int count)
{
    Roster roster;
    for (int i = 0; i < count; ++i) {
        RosterPupil p;
        p.line = i + 2;
        p.lastName = QStringLiteral("Bench");
        p.firstName = QStringLiteral("P%1").arg(i);
        p.dateOfBirth = QDate(2011, 1, 1).addDays(i % 3000);
        p.className = QStringLiteral("9A");
        roster.pupils << p;
    }
    db::PupilStore store(database.connection());
    store.importRoster(roster, QStringLiteral("Bench school"), false);
    QList<qint64> ids;
    for (const db::PupilRecord& p : store.pupils())
        ids << p.id;
    return ids;
}
} // namespace

QJsonObject benchStorage(const QString& databaseFile, const Instrument& instrument, int answers,
                         int questionnaires)
{
    // Measured on a scratch file beside the database, so on the same disk, without touching it.
    const QString scratch = QFileInfo(databaseFile)
                                .absoluteDir()
                                .filePath(QStringLiteral("signaali-bench-%1.db")
                                              .arg(QUuid::createUuid().toString(QUuid::Id128)));
    QJsonObject figures{{QStringLiteral("benchmark"), QStringLiteral("storage")}};
    {
        db::OpenError error;
        auto database = db::Database::open(scratch, &error);
        if (!database)
            badInput(error.toString());
        const QList<qint64> pupils =
            seedPupils(*database, std::max(questionnaires, answers / 50 + 1));
        const auto round =
            db::OrganisationStore(database->connection()).createRound(QStringLiteral("bench"), {});
        db::ResponseStore store(database->connection());

        QRandomGenerator rng(7);
        QList<double> latencies;
        QElapsedTimer timer;
        int pupilIndex = 0;
        while (latencies.size() < answers) {
            const auto response = store.startOrResume(pupils[pupilIndex++], round->id, instrument,
                                                      QStringLiteral("fi"));
            const Answers given = randomAnswers(instrument, rng, typicalBurden(rng));
            for (auto it = given.constBegin(); it != given.constEnd() && latencies.size() < answers;
                 ++it) {
                timer.start();
                if (const auto saved =
                        store.saveAnswer(response->id, it.key(), it.value(), &instrument);
                    !saved)
                    throw CliFailure(Failure, saved.error());
                latencies << static_cast<double>(timer.nsecsElapsed()) / 1e6;
            }
        }
        figures.insert(QStringLiteral("answerCommitMs"),
                       QJsonObject{{QStringLiteral("count"), static_cast<int>(latencies.size())},
                                   {QStringLiteral("median"), percentile(latencies, 0.5)},
                                   {QStringLiteral("p99"), percentile(latencies, 0.99)},
                                   {QStringLiteral("max"), percentile(latencies, 1.0)}});

        const auto bulkRound =
            db::OrganisationStore(database->connection()).createRound(QStringLiteral("bulk"), {});
        QList<Answers> sets;
        for (int i = 0; i < questionnaires; ++i)
            sets << randomAnswers(instrument, rng, typicalBurden(rng), 0.03);
        timer.start();
        auto batch = std::make_unique<db::Transaction>(database->connection());
        for (int i = 0; i < questionnaires; ++i) {
            if (const auto recorded = store.recordCompleted(pupils[i], bulkRound->id, instrument,
                                                            sets[i], QStringLiteral("fi"));
                !recorded)
                throw CliFailure(Failure, recorded.error());
            if ((i + 1) % 1000 == 0) {
                batch->commit();
                batch = std::make_unique<db::Transaction>(database->connection());
            }
        }
        batch->commit();
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        figures.insert(QStringLiteral("bulkImport"),
                       QJsonObject{{QStringLiteral("questionnaires"), questionnaires},
                                   {QStringLiteral("seconds"), seconds},
                                   {QStringLiteral("perSecond"), questionnaires / seconds}});
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(scratch + suffix);

    if (QFileInfo::exists(databaseFile)) {
        db::OpenError error;
        auto database = db::Database::open(databaseFile, &error);
        if (!database)
            badInput(error.toString());
        const qint64 completed =
            db::scalar(database->connection(),
                       QStringLiteral("SELECT count(*) FROM response WHERE status = 'completed'"))
                ->toLongLong();
        const qint64 answerRows =
            db::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM answer"))
                ->toLongLong();
        database->checkpoint();
        const qint64 bytes = QFileInfo(databaseFile).size();
        figures.insert(QStringLiteral("database"),
                       QJsonObject{{QStringLiteral("path"), databaseFile},
                                   {QStringLiteral("bytes"), bytes},
                                   {QStringLiteral("megabytes"), bytes / 1048576.0},
                                   {QStringLiteral("completedQuestionnaires"), completed},
                                   {QStringLiteral("answers"), answerRows},
                                   {QStringLiteral("bytesPerQuestionnaire"),
                                    completed ? double(bytes) / completed : 0.0}});
    }
    return figures;
}

} // namespace signaali::cli
