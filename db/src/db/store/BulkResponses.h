#pragma once

#include "db/Outcome.h"
#include "db/sql/Transaction.h"
#include "db/store/BulkLoad.h"
#include "db/store/ResponseBatch.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace signaali::db {

// New responses stored in bulk a batch at a time (the demo generator, the
// storage benchmark): each batch is one transaction with its statements
// prepared once and its results counted into the group summary together, so
// a killed load loses at most the batch under way and the summary always
// equals a recount of what was committed.
class BulkResponses
{
public:
    BulkResponses(QSqlDatabase& db, int batchSize);
    ~BulkResponses();
    BulkResponses(const BulkResponses&) = delete;
    BulkResponses& operator=(const BulkResponses&) = delete;

    // The new response's id; commits the batch when it is full.
    Outcome<qint64> add(const StagedResponse& response);
    // Commits the batch under way, if any.
    std::optional<Refusal> commit();
    // Responses committed so far.
    int committed() const { return m_committed; }

private:
    std::optional<Refusal> open();
    QSqlDatabase& m_db;
    int m_batchSize;
    int m_inBatch = 0;
    int m_committed = 0;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<BulkLoad> m_bulk;
    std::unique_ptr<ResponseBatch> m_batch;
};

} // namespace signaali::db
