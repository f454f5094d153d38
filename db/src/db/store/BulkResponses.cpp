#include "db/store/BulkResponses.h"

namespace signaali::db {

BulkResponses::BulkResponses(QSqlDatabase& db, int batchSize)
    : m_db(db), m_batchSize(std::max(1, batchSize))
{
}

BulkResponses::~BulkResponses()
{
    // An uncommitted batch is rolled back: the statements go first, then the
    // load's marker, then the transaction.
    m_batch.reset();
    m_bulk.reset();
    m_transaction.reset();
}

std::optional<Refusal> BulkResponses::open()
{
    m_transaction = std::make_unique<Transaction>(m_db);
    if (!m_transaction->isActive())
        return Refusal::databaseFailed(m_transaction->error());
    m_bulk = std::make_unique<BulkLoad>(m_db);
    if (auto refused = m_bulk->begin())
        return refused;
    m_batch = std::make_unique<ResponseBatch>(m_db, *m_bulk);
    m_inBatch = 0;
    return std::nullopt;
}

Outcome<qint64> BulkResponses::add(const StagedResponse& response)
{
    if (!m_transaction)
        if (auto refused = open())
            return *refused;
    const auto id = m_batch->add(response);
    if (!id)
        return id.refusal;
    if (++m_inBatch >= m_batchSize)
        if (auto refused = commit())
            return *refused;
    return *id;
}

std::optional<Refusal> BulkResponses::commit()
{
    if (!m_transaction)
        return std::nullopt;
    m_batch.reset();
    if (auto refused = m_bulk->finish())
        return refused;
    m_bulk.reset();
    const bool committed = m_transaction->commit();
    const QString error = m_transaction->error();
    m_transaction.reset();
    if (!committed)
        return Refusal::databaseFailed(error);
    m_committed += m_inBatch;
    m_inBatch = 0;
    return std::nullopt;
}

} // namespace signaali::db
