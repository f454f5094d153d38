#pragma once

#include "core/Condition.h"
#include "core/ScoreResult.h"
#include "db/Outcome.h"
#include "db/store/BulkLoad.h"

#include <QString>

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace signaali::db {

// A new completed or unfinished response to store in bulk (a bundle's merge,
// the demo generator): local ids resolved, its nested parts as compact JSON in
// the bundle format (docs/bundles.md), checked already.
struct StagedResponse
{
    QString uuid;
    qint64 pupilId = 0;
    qint64 roundId = 0;
    qint64 versionId = 0;
    QString status;
    QString language;
    QString startedAt;
    QString updatedAt;
    QVariant completedAt;
    QByteArray answers;  // {"item": value, ...}
    QByteArray critical; // [{"code", "reason", "raised_at"}, ...]
    QByteArray result;   // the result's own fields, or empty: no result
    QByteArray domains;  // [{...}, ...]
    QByteArray flags;    // [{...}, ...]
    qint64 schoolId = 0; // the completion-time group; 0: the pupil's present class
    qint64 classId = 0;
    qint64 grade = 0;
    QString gender;
    bool existing = false; // the response is here already (an unfinished one superseded)
};

// A scored questionnaire as a StagedResponse: its answers, result, domain
// results and flags as ResultStore::storeResult would write them.
StagedResponse stagedFromScore(qint64 pupilId, qint64 roundId, qint64 versionId,
                               const QString& language, const QString& now, const Answers& answers,
                               const ScoreResult& result);

// New responses stored many at a time: each is one row of a staging table,
// and a flush writes every staged response, answer, critical answer, result,
// domain result and flag with one statement per table, inside the caller's
// transaction and bulk load (so the results count into the summary as a batch).
class ResponseBatch
{
public:
    static constexpr int kFlushEvery = 5000;

    explicit ResponseBatch(QSqlDatabase& db) : m_db(db), m_stage(db) {}
    std::optional<Refusal> add(const StagedResponse& response);
    std::optional<Refusal> flush(BulkLoad& bulk);
    int pending() const { return m_pending; }

private:
    std::optional<Refusal> prepare();
    QSqlDatabase& m_db;
    QSqlQuery m_stage;
    bool m_prepared = false;
    int m_pending = 0;
};

} // namespace signaali::db
