#pragma once

#include "db/Outcome.h"
#include "db/store/BulkLoad.h"

#include <QString>

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace signaali::db::bundle {

// A new response as a merge decided to store it: local ids resolved, its
// nested parts as compact JSON, checked already (IdentifiedMerge).
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
    qint64 schoolId = 0; // the completion-time group
    qint64 classId = 0;
    qint64 grade = 0;
    QString gender;
    bool existing = false; // the response is here already (an unfinished one superseded)
};

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

} // namespace signaali::db::bundle
