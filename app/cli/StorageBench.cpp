// bench storage: answer commit latency, bulk import speed, database size.
#include "cli/StorageBench.h"
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "core/Percentiles.h"
#include "db/figures/GroupSummary.h"
#include "db/storage/BenchFixtures.h"
#include "db/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

namespace signaali::cli {

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
        const auto timings = db::BenchFixtures(database->connection())
                                 .timeStorage(instrument, answers, questionnaires);
        if (!timings)
            throw CliFailure(Failure, QStringLiteral("bench: ") + timings.error());
        const QList<double>& latencies = timings->answerCommitMs;
        figures.insert(QStringLiteral("answerCommitMs"),
                       QJsonObject{{QStringLiteral("count"), static_cast<int>(latencies.size())},
                                   {QStringLiteral("median"), percentile(latencies, 0.5)},
                                   {QStringLiteral("p99"), percentile(latencies, 0.99)},
                                   {QStringLiteral("max"), percentile(latencies, 1.0)}});
        const double seconds = timings->bulkSeconds;
        figures.insert(
            QStringLiteral("bulkImport"),
            QJsonObject{{QStringLiteral("questionnaires"), questionnaires},
                        {QStringLiteral("seconds"), seconds},
                        {QStringLiteral("perSecond"), questionnaires / seconds},
                        {QStringLiteral("summaryEqualsRecount"),
                         db::GroupSummary::differences(database->connection()).isEmpty()}});
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(scratch + suffix);

    if (QFileInfo::exists(databaseFile)) {
        db::OpenError error;
        auto database = db::Database::open(databaseFile, &error);
        if (!database)
            badInput(error.toString());
        const db::BenchCounts counts =
            take(db::BenchFixtures(database->connection()).counts(), QStringLiteral("bench"));
        const qint64 completed = counts.completedQuestionnaires;
        const qint64 answerRows = counts.answers;
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
