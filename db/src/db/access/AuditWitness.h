#pragma once

#include "core/Clock.h"
#include "db/access/AuditLog.h"

#include <QSqlDatabase>
#include <optional>

// The audit chain's heads, kept outside the database: anyone who can edit the
// file can also recompute every hash after an edit, but not the heads that
// earlier sign-ins wrote into each user's own data folder. A head that no
// longer matches shows the chain was rebuilt from that row on.
namespace signaali::db::auditwitness {

// Records the current head (after a sign-in) for this database (its
// municipality at its path), with the time it was seen.
void record(QSqlDatabase& db, const Clock& clock);

// The first recorded head the chain no longer has: its row id, and whether
// the row is gone or holds another hash. Heads seen before the database's last
// restore belong to the timeline the restore replaced and are not held to it
// (the restore itself is a row of the log, by an administrator).
struct Mismatch
{
    qint64 rowId = 0;
    AuditChainCheck::Problem problem = AuditChainCheck::Problem::Changed;
};
std::optional<Mismatch> firstMismatch(QSqlDatabase& db);

} // namespace signaali::db::auditwitness
