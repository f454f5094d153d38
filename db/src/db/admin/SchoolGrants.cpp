#include "db/admin/SchoolGrants.h"

#include "db/sql/SqlHelpers.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db::users {

Outcome<QList<qint64>> requestSchools(QSqlDatabase& db, const Clock& clock,
                                      const SignedInUser& admin, qint64 userId, Role role,
                                      const QList<qint64>& schoolIds)
{
    QSqlQuery query(db);
    QSet<qint64> before;
    if (!execBound(query, QStringLiteral("SELECT school_id FROM user_school WHERE user_id = ?"),
                   {userId}))
        return Refusal::databaseFailed(query.lastError().text());
    while (query.next())
        before.insert(query.value(0).toLongLong());
    const QSet<qint64> wanted(schoolIds.cbegin(), schoolIds.cend());
    const QString now = isoUtc(clock.nowUtc());

    for (const qint64 schoolId : std::as_const(before)) {
        if (wanted.contains(schoolId))
            continue;
        if (!execBound(
                query,
                QStringLiteral("DELETE FROM user_school WHERE user_id = ? AND school_id = ?"),
                {userId, schoolId}))
            return Refusal::databaseFailed(query.lastError().text());
    }
    QSqlQuery pending(db);
    if (!execBound(pending,
                   QStringLiteral("SELECT id, school_id FROM access_grant "
                                  "WHERE user_id = ? AND status = 'pending'"),
                   {userId}))
        return Refusal::databaseFailed(pending.lastError().text());
    QSet<qint64> alreadyPending;
    while (pending.next()) {
        const qint64 schoolId = pending.value(1).toLongLong();
        if (wanted.contains(schoolId)) {
            alreadyPending.insert(schoolId);
            continue;
        }
        if (!execBound(query,
                       QStringLiteral("UPDATE access_grant SET status = 'withdrawn', "
                                      "decided_by = ?, decided_at = ? WHERE id = ?"),
                       {admin.id, now, pending.value(0)}))
            return Refusal::databaseFailed(query.lastError().text());
    }

    QList<qint64> asked;
    for (const qint64 schoolId : schoolIds) {
        if (before.contains(schoolId) || alreadyPending.contains(schoolId))
            continue;
        if (!scalar(db, QStringLiteral("SELECT 1 FROM school WHERE id = ?"), {schoolId}))
            return Refusal::of(Refusal::Code::NoSuchId,
                               {QStringLiteral("school"), QString::number(schoolId)});
        const bool waits = schoolGivesIdentifiedData(role);
        const bool written =
            waits ? execBound(query,
                              QStringLiteral("INSERT INTO access_grant (user_id, school_id, "
                                             "requested_by, requested_at, status) "
                                             "VALUES (?, ?, ?, ?, 'pending')"),
                              {userId, schoolId, admin.id, now})
                  : execBound(query,
                              QStringLiteral("INSERT OR IGNORE INTO user_school (user_id, "
                                             "school_id) VALUES (?, ?)"),
                              {userId, schoolId});
        if (!written)
            return Refusal::databaseFailed(query.lastError().text());
        if (waits)
            asked << schoolId;
    }
    return asked;
}

} // namespace signaali::db::users
