#include "db/workspace/WorkspaceViews.h"

#include "db/sql/SqlHelpers.h"
#include "db/sql/WorkspaceSql.h"
#include "db/store/ResultStore.h"

#include <algorithm>

namespace signaali::db::workspace {

const Instrument* InstrumentCache::get(qint64 instrumentVersionId)
{
    auto it = m_cache.find(instrumentVersionId);
    if (it == m_cache.end()) {
        auto stored = ResultStore(m_db).storedInstrument(instrumentVersionId);
        it = m_cache.insert(instrumentVersionId,
                            stored ? std::make_shared<Instrument>(std::move(*stored)) : nullptr);
    }
    return it.value().get();
}

qint64 InstrumentCache::newestVersion(const QString& instrumentId)
{
    const auto id = scalar(
        m_db, QStringLiteral("SELECT max(id) FROM instrument_version WHERE instrument_id = ?"),
        {instrumentId});
    return id ? id->toLongLong() : 0;
}

QList<OverviewColumn> columnsOf(const Instrument& instrument, const QString& language)
{
    QList<OverviewColumn> columns;
    for (const Domain& domain : instrument.domains)
        columns << OverviewColumn{domain.id, domain.title.text(language)};
    return columns;
}

std::optional<double> percentOfMax(const Instrument& instrument, const QString& domainId,
                                   std::optional<double> score)
{
    const Domain* domain = instrument.domain(domainId);
    if (!domain || !score)
        return std::nullopt;
    const auto [low, high] = instrument.possibleRange(*domain);
    if (high <= low)
        return std::nullopt;
    return std::clamp((*score - low) / (high - low) * 100.0, 0.0, 100.0);
}

QHash<qint64, QList<DomainView>> domainViews(QSqlDatabase& db, const QList<qint64>& responseIds,
                                             const Instrument& instrument,
                                             const QList<OverviewColumn>& columns)
{
    QHash<qint64, QHash<QString, DomainView>> found;
    QSqlQuery query(db);
    if (execBound(query,
                  QStringLiteral("SELECT response_id, domain_id, score, band, level, valid "
                                 "FROM domain_result WHERE response_id IN "
                                 "(SELECT value FROM json_each(?))"),
                  {idsJson(responseIds)}))
        while (query.next()) {
            DomainView d;
            d.domainId = query.value(1).toString();
            if (!query.value(2).isNull())
                d.score = query.value(2).toDouble();
            d.band = query.value(3).toString();
            d.level = query.value(4).toString();
            d.valid = query.value(5).toInt() == 1;
            d.scoredLevel = d.level;
            d.percentOfMax = percentOfMax(instrument, d.domainId, d.score);
            found[query.value(0).toLongLong()].insert(d.domainId, d);
        }
    // A critical answer is the most urgent thing a domain can hold; a score that
    // is only at watch level must not make it look calmer than it is.
    QHash<qint64, QHash<QString, QString>> criticalByDomain; // response -> domain -> reason
    if (execBound(query,
                  QStringLiteral("SELECT response_id, code, reason FROM flag WHERE critical = 1 "
                                 " AND response_id IN (SELECT value FROM json_each(?)) "
                                 "ORDER BY response_id, position"),
                  {idsJson(responseIds)}))
        while (query.next()) {
            const QString item = query.value(1).toString().section(QLatin1Char('.'), 1);
            for (const Domain& domain : instrument.domains)
                if (domain.items.contains(item) &&
                    !criticalByDomain[query.value(0).toLongLong()].contains(domain.id))
                    criticalByDomain[query.value(0).toLongLong()].insert(domain.id,
                                                                         query.value(2).toString());
        }
    QHash<qint64, QList<DomainView>> aligned;
    for (qint64 id : responseIds) {
        const QHash<QString, DomainView> byDomain = found.value(id);
        QList<DomainView> list;
        list.reserve(columns.size());
        for (const OverviewColumn& column : columns) {
            DomainView d = byDomain.value(column.domainId);
            d.domainId = column.domainId;
            d.title = column.title;
            const QHash<QString, QString> critical = criticalByDomain.value(id);
            if (const auto reason = critical.constFind(column.domainId);
                reason != critical.cend()) {
                d.critical = true;
                d.criticalReason = *reason;
                d.level = QStringLiteral("concern");
            }
            list << d;
        }
        aligned.insert(id, list);
    }
    return aligned;
}

QHash<qint64, QList<FlagView>> flagViews(QSqlDatabase& db, const QList<qint64>& responseIds)
{
    QHash<qint64, QList<FlagView>> flags;
    QSqlQuery query(db);
    if (execBound(
            query,
            QStringLiteral("SELECT f.response_id, f.code, f.level, f.critical, f.reason, "
                           " h.handled_at, u.display_name, h.note "
                           "FROM flag f LEFT JOIN flag_handling h ON h.response_id = f.response_id "
                           " AND h.code = f.code LEFT JOIN app_user u ON u.id = h.handled_by "
                           "WHERE f.response_id IN (SELECT value FROM json_each(?)) "
                           "ORDER BY f.response_id, f.critical DESC, f.position"),
            {idsJson(responseIds)}))
        while (query.next()) {
            FlagView f;
            f.code = query.value(1).toString();
            f.level = query.value(2).toString();
            f.critical = query.value(3).toInt() == 1;
            f.reason = query.value(4).toString();
            f.handled = !query.value(5).isNull();
            f.handledAt = query.value(5).toString();
            f.handledBy = query.value(6).toString();
            f.handledNote = query.value(7).toString();
            flags[query.value(0).toLongLong()] << f;
        }
    return flags;
}

int levelRank(const QString& level)
{
    if (level == QLatin1String("ok"))
        return 0;
    if (level == QLatin1String("watch"))
        return 1;
    if (level == QLatin1String("concern"))
        return 2;
    return -1;
}

} // namespace signaali::db::workspace
