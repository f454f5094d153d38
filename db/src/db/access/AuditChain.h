#pragma once

#include "db/Outcome.h"
#include "db/access/AuditLog.h"

#include <QSqlDatabase>

// The hash chain over audit_log (migration 011): writing a chained row, and
// checking the whole chain. Private to db/: AuditLog writes through it.
namespace signaali::db::auditchain {

// One new row, chained to the last; call inside a transaction.
struct NewRow
{
    QString at;
    qint64 userId = 0;
    QString username;
    QString role;
    QString action;
    QString pupilUuid; // empty: none
    QString detail;
};
Outcome<qint64> insert(QSqlDatabase& db, const NewRow& row);

// Walks the chain from the first row: the first row whose own hash or link to
// the one before does not hold, or rows missing after the last.
Outcome<AuditChainCheck> verify(QSqlDatabase& db);

// Gives the rows logged before the chain their hashes, in id order (the
// migration to schema version 11 calls it).
Outcome<Done> chainEarlierRows(QSqlDatabase& db);

} // namespace signaali::db::auditchain
