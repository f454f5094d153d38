#pragma once

#include "core/Condition.h"
#include "core/ScoreResult.h"
#include "db/Outcome.h"
#include "db/store/BulkLoad.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <map>
#include <memory>
#include <optional>

struct sqlite3;

namespace signaali::db {
class RawStatement;
}

namespace signaali::db {

// A new response to store in bulk (a bundle's merge, the demo generator), its
// local ids resolved and its content checked already.
struct StagedResponse
{
    struct Result
    {
        bool valid = false;
        QString level; // empty: none
        std::optional<double> total;
        QString band;
        bool critical = false;
        QString scoredAt;
        QString invalidReasons = QStringLiteral("[]"); // a JSON array
        std::optional<double> percentage;
    };
    struct Domain
    {
        QString id;
        std::optional<double> score;
        QString band;
        QString level;
        bool valid = false;
        qint64 asked = 0;
        qint64 answered = 0;
        std::optional<double> percentage;
    };
    struct Flag
    {
        QString code;
        QString level;
        bool critical = false;
        QString reason;
        qint64 position = 0;
    };
    struct Critical
    {
        QString code;
        QString reason;
        QString raisedAt;
    };

    QString uuid;
    qint64 pupilId = 0;
    qint64 roundId = 0;
    qint64 versionId = 0;
    QString instrumentId; // for the completion-time cohort
    QString status;
    QString language;
    QString startedAt;
    QString updatedAt;
    QString completedAt; // empty: not completed
    QList<std::pair<QString, double>> answers;
    QList<Critical> critical;
    std::optional<Result> result;
    QList<Domain> domains;
    QList<Flag> flags;
    qint64 schoolId = 0; // the completion-time group; 0: the pupil's present class
    qint64 classId = 0;
    qint64 grade = 0;
    QString gender;
    qint64 existingId = 0; // the response is here already (an unfinished one superseded)
};

// A scored questionnaire as ResultStore::storeResult would store it.
StagedResponse stagedFromScore(qint64 pupilId, qint64 roundId, qint64 versionId,
                               const QString& instrumentId, const QString& language,
                               const QString& now, const Answers& answers,
                               const ScoreResult& result);

// Writes new responses with their answers, critical answers, results, domain
// results and flags through SQLite's own prepared statements, each prepared
// once: the per-row cost of the Qt layer is most of a bulk load's otherwise.
// Inside the caller's transaction and bulk load, so that the results count
// into the group summary as a batch.
class ResponseBatch
{
public:
    ResponseBatch(QSqlDatabase& db, BulkLoad& bulk);
    ~ResponseBatch();
    ResponseBatch(const ResponseBatch&) = delete;
    ResponseBatch& operator=(const ResponseBatch&) = delete;

    // The new response's id.
    Outcome<qint64> add(const StagedResponse& response);

private:
    RawStatement& statement(int which);
    // A statement inserting `count` rows at once.
    RawStatement& rows(int which, qsizetype count);
    sqlite3* m_connection;
    BulkLoad& m_bulk;
    std::map<std::pair<int, qsizetype>, std::unique_ptr<RawStatement>> m_rows;
    std::unique_ptr<RawStatement> m_statements[9];
};

} // namespace signaali::db
