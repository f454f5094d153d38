#include "db/store/BulkLoad.h"

#include "db/sql/RawStatement.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/storage/DatabaseFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db {

BulkLoad::~BulkLoad()
{
    // Unfinished: the caller's transaction is rolled back, the row with it;
    // taken out here as well so that nothing later in it runs in bulk mode.
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("DELETE FROM bulk_load"));
    }
}

std::optional<Refusal> BulkLoad::begin(const QSet<qint64>& recountedSchools)
{
    // Outside a transaction the marker would be committed and every later
    // result go uncounted.
    if (!Transaction::isOpen(m_db))
        return Refusal::databaseFailed(QStringLiteral("a bulk load outside a transaction"));
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO bulk_load (id, schools_recounted) VALUES (1, ?)"),
                   {recountedSchools.isEmpty() ? 0 : 1}))
        return Refusal::databaseFailed(query.lastError().text());
    m_recountedSchools = recountedSchools;
    // A load writes far more pages than the default 2 MiB cache holds, and
    // spilling them to the WAL mid-transaction costs more than the memory.
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_cacheSize = query.value(0).toLongLong();
    query.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    m_tally.clear();
    m_active = true;
    return std::nullopt;
}

void BulkLoad::counted(const SummaryCell& cohort, const QString& domain, const QString& level)
{
    const int which = level == QLatin1String("ok")        ? 0
                      : level == QLatin1String("watch")   ? 1
                      : level == QLatin1String("concern") ? 2
                                                          : -1;
    if (which < 0)
        return;
    SummaryCell cell = cohort;
    cell.domainId = domain;
    ++m_tally[cell][which];
}

std::optional<Refusal> BulkLoad::finish()
{
    sqlite3* connection = detail::sqliteHandle(m_db);
    if (!connection)
        return Refusal::databaseFailed(QStringLiteral("no SQLite connection"));
    RawStatement add(connection,
                     "INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, "
                     "grade, gender, class_id, ok, watch, concern) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, "
                     "watch = watch + excluded.watch, concern = concern + excluded.concern");
    if (!add.ok())
        return Refusal::databaseFailed(QString::fromUtf8(sqlite3_errmsg(connection)));
    for (auto it = m_tally.constBegin(); it != m_tally.constEnd(); ++it) {
        const SummaryCell& c = it.key();
        if (auto refused = add.integer(c.roundId)
                               .text(c.instrumentId)
                               .text(c.domainId)
                               .integer(c.schoolId)
                               .integer(c.grade)
                               .text(c.gender)
                               .integer(c.classId)
                               .integer(it.value()[0])
                               .integer(it.value()[1])
                               .integer(it.value()[2])
                               .run())
            return refused;
    }
    m_tally.clear();
    if (auto refused = recountSchools())
        return refused;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM bulk_load")))
        return Refusal::databaseFailed(query.lastError().text());
    query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    m_active = false;
    return std::nullopt;
}

std::optional<Refusal> BulkLoad::recountSchools()
{
    if (m_recountedSchools.isEmpty())
        return std::nullopt;
    QJsonArray ids;
    for (qint64 id : std::as_const(m_recountedSchools))
        ids.append(id);
    const QString schools = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    QSqlQuery query(m_db);
    // group_summary is read in its key order, so the sums stream without a sort.
    if (!execBound(query,
                   QStringLiteral("DELETE FROM school_summary WHERE school_id IN "
                                  "(SELECT value FROM json_each(?))"),
                   {schools}) ||
        !execBound(query,
                   QStringLiteral("INSERT INTO school_summary (round_id, instrument_id, "
                                  "domain_id, school_id, gender, ok, watch, concern) "
                                  "SELECT round_id, instrument_id, domain_id, school_id, gender, "
                                  "sum(ok), sum(watch), sum(concern) FROM group_summary "
                                  "WHERE school_id IN (SELECT value FROM json_each(?)) "
                                  "GROUP BY round_id, instrument_id, domain_id, school_id, gender"),
                   {schools}))
        return Refusal::databaseFailed(query.lastError().text());
    m_recountedSchools.clear();
    return std::nullopt;
}

} // namespace signaali::db
