// Sharing a pupil's case with a case team member, with consent, and withdrawing it.
#include "db/workspace/CaseShares.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/sql/WorkspaceSql.h"

#include <QSqlError>

namespace signaali::db {

using namespace workspace;

QString consentFromId(ConsentFrom from)
{
    return from == ConsentFrom::Pupil ? QStringLiteral("pupil") : QStringLiteral("guardian");
}

std::optional<ConsentFrom> consentFromFromId(const QString& id)
{
    if (id == QLatin1String("pupil"))
        return ConsentFrom::Pupil;
    if (id == QLatin1String("guardian"))
        return ConsentFrom::Guardian;
    return std::nullopt;
}

namespace {
const QString kShareSelect = QStringLiteral(
    "SELECT c.id, c.uuid, c.pupil_id, p.uuid, p.last_name, p.first_name, c.member_id, "
    " m.display_name, m.username, sb.display_name, c.shared_at, c.consent_from, c.consent_on, "
    " c.note, coalesce(c.withdrawn_at, ''), coalesce(wb.display_name, '') "
    "FROM case_share c JOIN pupil p ON p.id = c.pupil_id "
    "JOIN app_user m ON m.id = c.member_id JOIN app_user sb ON sb.id = c.shared_by "
    "LEFT JOIN app_user wb ON wb.id = c.withdrawn_by ");

CaseShare readShare(const QSqlQuery& query)
{
    CaseShare c;
    c.id = query.value(0).toLongLong();
    c.uuid = query.value(1).toString();
    c.pupilId = query.value(2).toLongLong();
    c.pupilUuid = query.value(3).toString();
    c.lastName = query.value(4).toString();
    c.firstName = query.value(5).toString();
    c.memberUserId = query.value(6).toLongLong();
    c.memberName = query.value(7).toString();
    c.memberUsername = query.value(8).toString();
    c.sharedBy = query.value(9).toString();
    c.sharedAt = query.value(10).toString();
    c.consentFrom = consentFromFromId(query.value(11).toString()).value_or(ConsentFrom::Guardian);
    c.consentOn = QDate::fromString(query.value(12).toString(), Qt::ISODate);
    c.note = query.value(13).toString();
    c.withdrawnAt = query.value(14).toString();
    c.withdrawnBy = query.value(15).toString();
    return c;
}
} // namespace

Outcome<qint64> CaseShares::share(const SignedInUser& nurse, const NewCaseShare& share)
{
    if (const auto refusal =
            AccessRules(m_db).checkPupil(nurse, Permission::ShareCase, share.pupilId))
        return *refusal;
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("SELECT role, active, username FROM app_user WHERE id = ?"),
                   {share.memberUserId}))
        return sqlFailure(query);
    if (!query.next())
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("member"), QString::number(share.memberUserId)});
    if (query.value(0).toString() != roleId(Role::CaseTeam) || query.value(1).toInt() != 1)
        return Refusal::of(Refusal::Code::NotCaseTeamMember);
    const QString member = query.value(2).toString();
    const QDate today = m_clock.nowUtc().date();
    if (!share.consentOn.isValid())
        return Refusal::of(Refusal::Code::RequiredDate, {QStringLiteral("consent date")});
    // A day of slack for a laptop clock on the other side of midnight in Finland.
    if (share.consentOn > today.addDays(1))
        return Refusal::of(Refusal::Code::DateInFuture, {QStringLiteral("consent date")});
    if (share.note.size() > 4000)
        return Refusal::of(Refusal::Code::TooLong, {QStringLiteral("note"), QString::number(4000)});
    if (scalar(m_db,
               QStringLiteral("SELECT 1 FROM case_share WHERE member_id = ? AND pupil_id = ? AND "
                              "withdrawn_at IS NULL"),
               {share.memberUserId, share.pupilId}))
        return Refusal::of(Refusal::Code::AlreadyShared, {member});

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    const QString uuid = newUuid();
    if (!execBound(query,
                   QStringLiteral("INSERT INTO case_share (uuid, pupil_id, member_id, shared_by, "
                                  "shared_at, consent_from, consent_on, note) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {uuid, share.pupilId, share.memberUserId, nurse.id, isoUtc(m_clock.nowUtc()),
                    consentFromId(share.consentFrom), share.consentOn.toString(Qt::ISODate),
                    textOrEmpty(share.note)}))
        return sqlFailure(query);
    const qint64 id = query.lastInsertId().toLongLong();
    const QString pupilUuid =
        scalar(m_db, QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {share.pupilId})
            .value_or(QVariant())
            .toString();
    AuditLog log(m_db, m_clock);
    if (const auto logged =
            log.append(nurse, audit::CaseShared, pupilUuid,
                       QStringLiteral("share %1 with %2, consent of the %3 given %4")
                           .arg(uuid, member, consentFromId(share.consentFrom),
                                share.consentOn.toString(Qt::ISODate)));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return id;
}

Outcome<Done> CaseShares::withdrawShare(const SignedInUser& nurse, qint64 shareId)
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("SELECT c.pupil_id, p.uuid, c.uuid, c.withdrawn_at, m.username "
                                  "FROM case_share c JOIN pupil p ON p.id = c.pupil_id "
                                  "JOIN app_user m ON m.id = c.member_id WHERE c.id = ?"),
                   {shareId}))
        return sqlFailure(query);
    const bool found = query.next();
    const qint64 pupilId = valueIf(found, query, 0).toLongLong();
    const QString pupilUuid = valueIf(found, query, 1).toString();
    const QString uuid = valueIf(found, query, 2).toString();
    const bool withdrawn = !valueIf(found, query, 3).isNull();
    const QString member = valueIf(found, query, 4).toString();
    if (const auto refusal = AccessRules(m_db).checkRecord(
            nurse, Permission::ShareCase, found ? std::optional(pupilId) : std::nullopt,
            Refusal::of(Refusal::Code::NoSuchId,
                        {QStringLiteral("share"), QString::number(shareId)})))
        return *refusal;
    if (withdrawn)
        return Done{};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (!execBound(
            query,
            QStringLiteral("UPDATE case_share SET withdrawn_by = ?, withdrawn_at = ? WHERE id = ?"),
            {nurse.id, isoUtc(m_clock.nowUtc()), shareId}))
        return sqlFailure(query);
    AuditLog log(m_db, m_clock);
    if (const auto logged =
            log.append(nurse, audit::CaseUnshared, pupilUuid,
                       QStringLiteral("share %1 with %2 withdrawn").arg(uuid, member));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

Outcome<QList<CaseShare>> CaseShares::shares(const SignedInUser& user, qint64 pupilId,
                                             bool includeWithdrawn)
{
    AccessRules rules(m_db);
    QSqlQuery query(m_db);
    bool ok = false;
    if (pupilId != 0) {
        if (const auto refusal = rules.checkPupil(user, Permission::ViewPupil, pupilId))
            return *refusal;
        // A case team member sees only their own share of the case.
        ok = execNumbered(query,
                          kShareSelect + QStringLiteral("WHERE c.pupil_id = :p1 "
                                                        " AND (:p2 = 0 OR c.member_id = :p3) "
                                                        " AND (:p4 = 1 OR c.withdrawn_at IS NULL) "
                                                        "ORDER BY c.shared_at, c.id"),
                          {pupilId, user.role == Role::CaseTeam ? 1 : 0, user.id,
                           includeWithdrawn && user.role != Role::CaseTeam ? 1 : 0});
    } else {
        const Outcome<AccessScope> scope = rules.scope(user, Permission::ViewPupil);
        if (!scope)
            return scope.refusal;
        if (user.role == Role::CaseTeam)
            ok = execBound(query,
                           kShareSelect + QStringLiteral("WHERE c.member_id = ? AND "
                                                         "c.withdrawn_at IS NULL "
                                                         "ORDER BY c.shared_at, c.id"),
                           {user.id});
        else
            ok = execNumbered(
                query,
                kShareSelect + QStringLiteral("WHERE p.school_id IN (SELECT value FROM "
                                              "json_each(:p1)) AND (:p2 = 1 OR c.withdrawn_at IS "
                                              "NULL) ORDER BY c.shared_at, c.id"),
                {idsJson(scope->schoolIds), includeWithdrawn ? 1 : 0});
    }
    if (!ok)
        return sqlFailure(query);
    QList<CaseShare> list;
    QStringList uuids;
    while (query.next()) {
        list << readShare(query);
        if (!uuids.contains(list.last().pupilUuid))
            uuids << list.last().pupilUuid;
    }
    AuditLog log(m_db, m_clock);
    if (const auto logged = log.appendForPupils(user, audit::ViewShares, uuids,
                                                QStringLiteral("%1 shares").arg(list.size()));
        !logged)
        return logged.refusal;
    return list;
}

} // namespace signaali::db
