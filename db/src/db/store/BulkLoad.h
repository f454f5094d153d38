#pragma once

#include "db/Outcome.h"
#include "db/store/SummaryCell.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <array>
#include <optional>

namespace signaali::db {

// Many new results stored in one transaction (a bundle's merge, the demo
// generator) without counting each into the group summary as it is stored:
// the summary's per-row triggers stand aside while bulk_load has its row
// (schema 014). Each stored level is tallied here instead, and finish() adds
// the tally to the summary a group at a time, so the summary equals a recount
// when the transaction commits. Only adding results is deferred: removing or
// rescoring one during a load is counted at once, so it must not be a result
// added by this load.
class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase& db) : m_db(db) {}
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // Inside the caller's transaction. With `recountedSchools`, the per-school
    // summary of those schools is deferred as well (schema 015) and summed
    // afresh by finish(): for loads that add most of a school's rows new.
    std::optional<Refusal> begin(const QSet<qint64>& recountedSchools = {});
    // A result (domain empty) or domain result stored at `level` ("ok", "watch"
    // or "concern"; empty: none, not counted) for a response of `cohort`.
    void counted(const SummaryCell& cohort, const QString& domain, const QString& level);
    // Adds the tally to the summary and ends the load.
    std::optional<Refusal> finish();

private:
    QSqlDatabase& m_db;
    std::optional<Refusal> recountSchools();

    QHash<SummaryCell, std::array<qint64, 3>> m_tally;
    QSet<qint64> m_recountedSchools;
    bool m_active = false;
    qint64 m_cacheSize = -2000;
};

} // namespace signaali::db
