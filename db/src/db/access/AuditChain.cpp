#include "db/access/AuditChain.h"

#include "core/ChainHash.h"
#include "db/access/AuditWitness.h"
#include "db/sql/SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db::auditchain {

namespace {
const QString kColumns =
    QStringLiteral("id, at, user_id, username, role, action, pupil_uuid, detail, prev_hash, hash");

QStringList fieldsOf(const QSqlQuery& query)
{
    QStringList fields;
    for (int column = 0; column < 8; ++column)
        fields << query.value(column).toString();
    return fields;
}

// The id the next row gets: AUTOINCREMENT never gives an id twice, and the
// sequence remembers the last one even if that row is gone.
Outcome<qint64> nextId(QSqlDatabase& db)
{
    const auto next =
        scalar(db, QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE "
                                  "name = 'audit_log'), 0), coalesce((SELECT max(id) FROM "
                                  "audit_log), 0)) + 1"));
    if (!next)
        return Refusal::auditLogFailed(QStringLiteral("the next audit row id cannot be read"));
    return next->toLongLong();
}
} // namespace

Outcome<qint64> insert(QSqlDatabase& db, const NewRow& row)
{
    const auto id = nextId(db);
    if (!id)
        return id;
    // Not NULL for the first row: an empty link (a null QString binds as NULL).
    const QString last =
        scalar(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))
            .value_or(QString())
            .toString();
    const QString previous = last.isNull() ? QStringLiteral("") : last;
    const QStringList fields{QString::number(*id), row.at,    QString::number(row.userId),
                             row.username,         row.role,  row.action,
                             row.pupilUuid,        row.detail};
    const QByteArray hash = ChainHash::link(previous.toLatin1(), fields);
    if (hash.isEmpty())
        return Refusal::auditLogFailed(QStringLiteral("libsodium is not available"));
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO audit_log (id, at, user_id, username, role, "
                                  "action, pupil_uuid, detail, prev_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {*id, row.at, row.userId, row.username, row.role, row.action,
                    row.pupilUuid.isEmpty() ? QVariant() : QVariant(row.pupilUuid), row.detail,
                    previous, QString::fromLatin1(hash)}))
        return Refusal::auditLogFailed(query.lastError().text());
    return *id;
}

Outcome<AuditChainCheck> verify(QSqlDatabase& db)
{
    AuditChainCheck check;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(kColumns)))
        return Refusal::databaseFailed(query.lastError().text());
    QString previous;
    qint64 previousId = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString storedPrevious = query.value(8).toString();
        const QString hash = query.value(9).toString();
        auto broken = [&](AuditChainCheck::Problem problem) {
            check.problem = problem;
            check.firstBadId = id;
            return check;
        };
        if (previousId > 0 && id != previousId + 1)
            return broken(AuditChainCheck::Problem::Removed);
        if (storedPrevious != previous)
            return broken(AuditChainCheck::Problem::Inserted);
        if (ChainHash::link(previous.toLatin1(), fieldsOf(query)) != hash.toLatin1())
            return broken(AuditChainCheck::Problem::Changed);
        previous = hash;
        previousId = id;
        ++check.rows;
        check.headId = id;
        check.head = hash;
    }
    // Rows cut off the end leave the sequence behind them.
    const qint64 sequence =
        scalar(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"))
            .value_or(0)
            .toLongLong();
    if (sequence > previousId) {
        check.problem = AuditChainCheck::Problem::Removed;
        check.firstBadId = previousId + 1;
        return check;
    }
    // A chain that holds in itself may still have been rebuilt after an edit:
    // the heads recorded at earlier sign-ins tell.
    if (const auto mismatch = auditwitness::firstMismatch(db)) {
        check.problem = mismatch->problem;
        check.firstBadId = mismatch->rowId;
    }
    return check;
}

Outcome<Done> chainEarlierRows(QSqlDatabase& db)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(kColumns)))
        return Refusal::databaseFailed(rows.lastError().text());
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
    QByteArray previous;
    while (rows.next()) {
        const QByteArray hash = ChainHash::link(previous, fieldsOf(rows));
        update.addBindValue(previous.isEmpty() ? QStringLiteral("")
                                               : QString::fromLatin1(previous));
        update.addBindValue(QString::fromLatin1(hash));
        update.addBindValue(rows.value(0));
        if (!update.exec())
            return Refusal::databaseFailed(update.lastError().text());
        previous = hash;
    }
    return Done{};
}

} // namespace signaali::db::auditchain
