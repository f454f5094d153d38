#pragma once

#include "db/Outcome.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace signaali::db {

// Many new results stored in one transaction (a bundle's merge, the demo
// generator) without counting each into the group summary as it is stored:
// the summary's per-row triggers stand aside while bulk_load has its row
// (schema 014), and finish() counts every result added since begin() in one
// statement, so the summary equals a recount when the transaction commits.
// Only adding results is deferred: removing or rescoring one during a load is
// counted at once, so it must not be a result added by this load.
class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase& db) : m_db(db), m_add(db) {}
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // Inside the caller's transaction.
    std::optional<Refusal> begin();
    // A response whose result (and domain results) this load stored.
    std::optional<Refusal> added(qint64 responseId);
    // Counts the added results into the summary and ends the load.
    std::optional<Refusal> finish();

private:
    QSqlDatabase& m_db;
    QSqlQuery m_add;
    bool m_active = false;
    qint64 m_cacheSize = -2000;
};

} // namespace signaali::db
