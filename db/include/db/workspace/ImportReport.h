#pragma once

#include <QList>
#include <QString>

namespace signaali::db {

// What importing one roster row did (or would do, in a dry run).
struct ImportRow
{
    enum class Outcome { Added, Updated, Unchanged, Rejected };
    int line = 0;
    Outcome outcome = Outcome::Unchanged;
    QString detail;    // what changed or why rejected; never names or identity codes
    QString pupilUuid; // the pupil added or matched; empty when rejected
};

struct ImportReport
{
    QList<ImportRow> rows;
    bool committed = false;
    int count(ImportRow::Outcome outcome) const;
};

QString outcomeId(ImportRow::Outcome outcome); // added, updated, unchanged, rejected

} // namespace signaali::db
