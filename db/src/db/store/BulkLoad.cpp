#include "db/store/BulkLoad.h"

#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"

#include <QSqlError>

namespace signaali::db {

namespace {
// The batch's counts, added to what the summary holds: per domain, and the
// overall level ('').
const char* const kCountBatch[] = {
    "INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender, "
    "class_id, ok, watch, concern) "
    "SELECT c.round_id, c.instrument_id, d.domain_id, c.school_id, c.grade, c.gender, c.class_id, "
    "sum(d.level = 'ok'), sum(d.level = 'watch'), sum(d.level = 'concern') "
    "FROM temp.bulk_response b JOIN domain_result d ON d.response_id = b.id "
    "JOIN response_cohort c ON c.response_id = b.id WHERE d.level IS NOT NULL "
    "GROUP BY 1, 2, 3, 4, 5, 6, 7 "
    "ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch, "
    "concern = concern + excluded.concern",
    "INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender, "
    "class_id, ok, watch, concern) "
    "SELECT c.round_id, c.instrument_id, '', c.school_id, c.grade, c.gender, c.class_id, "
    "sum(r.level = 'ok'), sum(r.level = 'watch'), sum(r.level = 'concern') "
    "FROM temp.bulk_response b JOIN result r ON r.response_id = b.id "
    "JOIN response_cohort c ON c.response_id = b.id WHERE r.level IS NOT NULL "
    "GROUP BY 1, 2, 3, 4, 5, 6, 7 "
    "ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch, "
    "concern = concern + excluded.concern",
};
} // namespace

BulkLoad::~BulkLoad()
{
    // Unfinished: the caller's transaction is rolled back, the row with it;
    // taken out here as well so that nothing later in it runs in bulk mode.
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("DELETE FROM bulk_load"));
    }
}

std::optional<Refusal> BulkLoad::begin()
{
    // Outside a transaction the marker would be committed and every later
    // result go uncounted.
    if (!Transaction::isOpen(m_db))
        return Refusal::databaseFailed(QStringLiteral("a bulk load outside a transaction"));
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS bulk_response (id INTEGER PRIMARY KEY)")) ||
        !query.exec(QStringLiteral("DELETE FROM temp.bulk_response")) ||
        !query.exec(QStringLiteral("INSERT INTO bulk_load (id) VALUES (1)")))
        return Refusal::databaseFailed(query.lastError().text());
    // A load writes far more pages than the default 2 MiB cache holds, and
    // spilling them to the WAL mid-transaction costs more than the memory.
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_cacheSize = query.value(0).toLongLong();
    query.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    m_active = true;
    return std::nullopt;
}

std::optional<Refusal> BulkLoad::added(qint64 responseId)
{
    if (!execBound(m_add,
                   QStringLiteral("INSERT OR IGNORE INTO temp.bulk_response (id) VALUES (?)"),
                   {responseId}))
        return Refusal::databaseFailed(m_add.lastError().text());
    return std::nullopt;
}

std::optional<Refusal> BulkLoad::finish()
{
    QSqlQuery query(m_db);
    for (const char* sql : kCountBatch)
        if (!query.exec(QString::fromLatin1(sql)))
            return Refusal::databaseFailed(query.lastError().text());
    if (!query.exec(QStringLiteral("DELETE FROM bulk_load")) ||
        !query.exec(QStringLiteral("DELETE FROM temp.bulk_response")))
        return Refusal::databaseFailed(query.lastError().text());
    query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    m_active = false;
    return std::nullopt;
}

} // namespace signaali::db
