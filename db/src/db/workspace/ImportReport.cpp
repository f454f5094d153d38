#include "db/workspace/ImportReport.h"

#include <algorithm>

namespace signaali::db {

int ImportReport::count(ImportRow::Outcome outcome) const
{
    return static_cast<int>(std::count_if(
        rows.begin(), rows.end(), [&](const ImportRow& r) { return r.outcome == outcome; }));
}

QString outcomeId(ImportRow::Outcome outcome)
{
    switch (outcome) {
    case ImportRow::Outcome::Added:
        return QStringLiteral("added");
    case ImportRow::Outcome::Updated:
        return QStringLiteral("updated");
    case ImportRow::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case ImportRow::Outcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

} // namespace signaali::db
