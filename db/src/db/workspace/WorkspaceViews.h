#pragma once

#include "core/Instrument.h"
#include "db/workspace/ClassOverview.h"

#include <QHash>
#include <QSqlDatabase>
#include <memory>

// Turning stored results into the views the workspace shows; not part of the
// public API. Shared by the class overview, the attention list and the profile.
namespace signaali::db::workspace {

// Stored instrument definitions by instrument_version id, parsed once per query.
class InstrumentCache
{
public:
    explicit InstrumentCache(QSqlDatabase& db) : m_db(db) {}
    const Instrument* get(qint64 instrumentVersionId);
    // The newest stored version of an instrument id (0 when none is stored).
    qint64 newestVersion(const QString& instrumentId);

private:
    QSqlDatabase& m_db;
    QHash<qint64, std::shared_ptr<Instrument>> m_cache;
};

QList<OverviewColumn> columnsOf(const Instrument& instrument, const QString& language);

// Domain results of the responses, each aligned with `columns` (a column the
// response has no result for is an empty, invalid DomainView).
QHash<qint64, QList<DomainView>> domainViews(QSqlDatabase& db, const QList<qint64>& responseIds,
                                             const Instrument& instrument,
                                             const QList<OverviewColumn>& columns);

// Flags of the responses in their stored order, with who handled them.
QHash<qint64, QList<FlagView>> flagViews(QSqlDatabase& db, const QList<qint64>& responseIds);

// The score as a share of the domain's possible range, 0-100.
std::optional<double> percentOfMax(const Instrument& instrument, const QString& domainId,
                                   std::optional<double> score);

// 0 ok, 1 watch, 2 concern, -1 none.
int levelRank(const QString& level);

} // namespace signaali::db::workspace
