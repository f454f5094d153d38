#include "db/admin/AccessGrants.h"

#include "db/access/AccessRules.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/sql/WorkspaceSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db {

using workspace::execNumbered;

namespace {
const QString kGrantColumns = QStringLiteral(
    "SELECT g.id, g.user_id, u.username, u.display_name, g.school_id, s.name, "
    " coalesce(r.display_name, ''), g.requested_at, g.status, coalesce(d.display_name, ''), "
    " coalesce(g.decided_at, ''), g.first_setup "
    "FROM access_grant g JOIN app_user u ON u.id = g.user_id "
    "JOIN school s ON s.id = g.school_id LEFT JOIN app_user r ON r.id = g.requested_by "
    "LEFT JOIN app_user d ON d.id = g.decided_by ");

// The grants a user may decide: a nurse, those of her schools for someone
// else; a coordinator, those of schools where no other active nurse works.
const QString kInReach = QStringLiteral(
    "((:p2 = 'nurse' AND g.school_id IN (SELECT school_id FROM user_school WHERE user_id = :p1)) "
    " OR (:p2 = 'coordinator' AND NOT EXISTS (SELECT 1 FROM user_school us "
    "   JOIN app_user n ON n.id = us.user_id WHERE us.school_id = g.school_id "
    "   AND n.role = 'nurse' AND n.active = 1 AND n.id <> g.user_id))) ");

AccessGrant readGrant(const QSqlQuery& query)
{
    AccessGrant g;
    g.id = query.value(0).toLongLong();
    g.userId = query.value(1).toLongLong();
    g.username = query.value(2).toString();
    g.displayName = query.value(3).toString();
    g.schoolId = query.value(4).toLongLong();
    g.schoolName = query.value(5).toString();
    g.requestedBy = query.value(6).toString();
    g.requestedAt = query.value(7).toString();
    g.status = query.value(8).toString();
    g.decidedBy = query.value(9).toString();
    g.decidedAt = query.value(10).toString();
    g.firstSetup = query.value(11).toInt() == 1;
    return g;
}

// The account as it is now, when its role may confirm access at all.
Outcome<SignedInUser> mayConfirm(QSqlDatabase& db, const SignedInUser& user)
{
    AccessRules rules(db);
    if (const auto refusal = rules.check(user, Permission::ConfirmAccess))
        return *refusal;
    return rules.current(user);
}

// The account as it is now, for what every account may read about itself;
// nothing while it still has a one-time password.
Outcome<SignedInUser> ownAccount(QSqlDatabase& db, const SignedInUser& user)
{
    const Outcome<SignedInUser> now = AccessRules(db).current(user);
    if (now && now->mustChangePassword)
        return Refusal::of(Refusal::Code::PasswordChangeRequired);
    return now;
}
} // namespace

QString accessNoticeKindId(AccessNotice::Kind kind)
{
    return kind == AccessNotice::Kind::Grant ? QStringLiteral("grant") : QStringLiteral("reset");
}

Outcome<QList<AccessGrant>> AccessGrants::pending(const SignedInUser& user)
{
    const Outcome<SignedInUser> now = mayConfirm(m_db, user);
    if (!now)
        return now.refusal;
    QSqlQuery query(m_db);
    if (!execNumbered(query,
                      kGrantColumns +
                          QStringLiteral("WHERE g.status = 'pending' AND g.user_id <> :p1 AND ") +
                          kInReach + QStringLiteral("ORDER BY g.requested_at, g.id"),
                      {now->id, roleId(now->role)}))
        return Refusal::databaseFailed(query.lastError().text());
    QList<AccessGrant> list;
    while (query.next())
        list << readGrant(query);
    return list;
}

Outcome<Done> AccessGrants::confirm(const SignedInUser& user, qint64 grantId)
{
    return decide(user, grantId, true);
}

Outcome<Done> AccessGrants::refuse(const SignedInUser& user, qint64 grantId)
{
    return decide(user, grantId, false);
}

Outcome<Done> AccessGrants::decide(const SignedInUser& user, qint64 grantId, bool confirm)
{
    const Outcome<SignedInUser> now = mayConfirm(m_db, user);
    if (!now)
        return now.refusal;
    const Refusal missing =
        Refusal::of(Refusal::Code::NoSuchId, {QStringLiteral("grant"), QString::number(grantId)});
    const auto owner =
        scalar(m_db, QStringLiteral("SELECT user_id FROM access_grant WHERE id = ?"), {grantId});
    if (owner && owner->toLongLong() == now->id)
        return Refusal::of(Refusal::Code::OwnGrant);
    QSqlQuery query(m_db);
    if (!execNumbered(query, kGrantColumns + QStringLiteral("WHERE g.id = :p3 AND ") + kInReach,
                      {now->id, roleId(now->role), grantId}))
        return Refusal::databaseFailed(query.lastError().text());
    if (!query.next())
        return missing; // out of reach reads as missing
    const AccessGrant grant = readGrant(query);
    query.finish();
    if (grant.status != QStringLiteral("pending"))
        return Refusal::of(Refusal::Code::GrantDecided);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (!execBound(query,
                   QStringLiteral("UPDATE access_grant SET status = ?, decided_by = ?, "
                                  "decided_at = ? WHERE id = ? AND status = 'pending'"),
                   {confirm ? QStringLiteral("confirmed") : QStringLiteral("refused"), now->id,
                    isoUtc(m_clock.nowUtc()), grantId}) ||
        (confirm &&
         !execBound(
             query,
             QStringLiteral("INSERT OR IGNORE INTO user_school (user_id, school_id) VALUES (?, ?)"),
             {grant.userId, grant.schoolId})))
        return Refusal::databaseFailed(query.lastError().text());
    AuditLog log(m_db, m_clock);
    if (const auto logged = log.append(
            *now, confirm ? audit::AccessConfirmed : audit::AccessRefused, {},
            QStringLiteral("user %1, school id %2").arg(grant.username).arg(grant.schoolId));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

Outcome<QList<AccessNotice>> AccessGrants::notices(const SignedInUser& user)
{
    const Outcome<SignedInUser> now = ownAccount(m_db, user);
    if (!now)
        return now.refusal;
    QList<AccessNotice> list;
    QSqlQuery query(m_db);
    if (!execNumbered(
            query,
            QStringLiteral(
                "SELECT g.id, u.display_name, u.username, s.name, coalesce(r.display_name, ''), "
                " coalesce(g.decided_at, g.requested_at), coalesce(d.display_name, '') "
                "FROM access_grant g JOIN app_user u ON u.id = g.user_id "
                "JOIN school s ON s.id = g.school_id LEFT JOIN app_user r ON r.id = g.requested_by "
                "LEFT JOIN app_user d ON d.id = g.decided_by "
                "WHERE :p2 = 1 AND g.status = 'confirmed' AND g.user_id <> :p1 "
                " AND g.school_id IN (SELECT school_id FROM user_school WHERE user_id = :p1) "
                " AND NOT EXISTS (SELECT 1 FROM notice_seen n WHERE n.user_id = :p1 "
                "  AND n.kind = 'grant' AND n.notice_id = g.id) "
                "ORDER BY 6, g.id"),
            {now->id, schoolGivesIdentifiedData(now->role) ? 1 : 0}))
        return Refusal::databaseFailed(query.lastError().text());
    while (query.next()) {
        AccessNotice n;
        n.kind = AccessNotice::Kind::Grant;
        n.id = query.value(0).toLongLong();
        n.account =
            QStringLiteral("%1 (%2)").arg(query.value(1).toString(), query.value(2).toString());
        n.schoolName = query.value(3).toString();
        n.by = query.value(4).toString();
        n.at = query.value(5).toString();
        n.confirmedBy = query.value(6).toString();
        list << n;
    }
    // Resets of one's own password, and of accounts that share a school with one.
    if (!execNumbered(
            query,
            QStringLiteral(
                "SELECT r.id, u.display_name, u.username, b.display_name, r.reset_at, "
                " r.user_id = :p1 "
                "FROM password_reset r JOIN app_user u ON u.id = r.user_id "
                "JOIN app_user b ON b.id = r.reset_by "
                "WHERE (r.user_id = :p1 OR (:p2 = 1 AND r.user_id IN (SELECT o.user_id FROM "
                "user_school m "
                "  JOIN user_school o ON o.school_id = m.school_id WHERE m.user_id = :p1))) "
                " AND NOT EXISTS (SELECT 1 FROM notice_seen n WHERE n.user_id = :p1 "
                "  AND n.kind = 'reset' AND n.notice_id = r.id) "
                "ORDER BY r.reset_at, r.id"),
            {now->id, schoolGivesIdentifiedData(now->role) ? 1 : 0}))
        return Refusal::databaseFailed(query.lastError().text());
    while (query.next()) {
        AccessNotice n;
        n.kind = AccessNotice::Kind::Reset;
        n.id = query.value(0).toLongLong();
        n.account =
            QStringLiteral("%1 (%2)").arg(query.value(1).toString(), query.value(2).toString());
        n.by = query.value(3).toString();
        n.at = query.value(4).toString();
        n.aboutMe = query.value(5).toInt() == 1;
        list << n;
    }
    AuditLog log(m_db, m_clock);
    for (AccessNotice& n : list)
        if (n.aboutMe) {
            const auto marked = log.markedAfterReset(now->id, n.id);
            if (!marked)
                return marked.refusal;
            n.markedRows = static_cast<int>(marked->size());
        }
    return list;
}

Outcome<QList<AuditEntry>> AccessGrants::markedEntries(const SignedInUser& user, qint64 resetId)
{
    const Outcome<SignedInUser> now = ownAccount(m_db, user);
    if (!now)
        return now.refusal;
    return AuditLog(m_db, m_clock).markedAfterReset(now->id, resetId);
}

Outcome<Done> AccessGrants::markSeen(const SignedInUser& user)
{
    const auto shown = notices(user);
    if (!shown)
        return shown.refusal;
    if (shown->isEmpty())
        return Done{};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    QSqlQuery query(m_db);
    const QString now = isoUtc(m_clock.nowUtc());
    for (const AccessNotice& notice : *shown)
        if (!execBound(query,
                       QStringLiteral("INSERT OR IGNORE INTO notice_seen (user_id, kind, "
                                      "notice_id, seen_at) VALUES (?, ?, ?, ?)"),
                       {user.id, accessNoticeKindId(notice.kind), notice.id, now}))
            return Refusal::databaseFailed(query.lastError().text());
    AuditLog log(m_db, m_clock);
    if (const auto logged = log.append(user, audit::NoticeSeen, {},
                                       QStringLiteral("%1 notices").arg(shown->size()));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

} // namespace signaali::db
