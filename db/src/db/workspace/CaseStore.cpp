// Case follow-up: actions on a pupil's case and booked follow-ups.
#include "db/workspace/CaseStore.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/sql/WorkspaceSql.h"

#include <QSqlError>

namespace signaali::db {

using namespace workspace;

QString caseActionKindId(CaseActionKind kind)
{
    switch (kind) {
    case CaseActionKind::TalkedWithPupil:
        return QStringLiteral("talked_with_pupil");
    case CaseActionKind::FollowUpBooked:
        return QStringLiteral("follow_up_booked");
    case CaseActionKind::ReferredPsychologist:
        return QStringLiteral("referred_psychologist");
    case CaseActionKind::ReferredSocialWorker:
        return QStringLiteral("referred_social_worker");
    case CaseActionKind::ReferredDoctor:
        return QStringLiteral("referred_doctor");
    case CaseActionKind::ReferredUrgentCare:
        return QStringLiteral("referred_urgent_care");
    case CaseActionKind::ContactedGuardian:
        return QStringLiteral("contacted_guardian");
    case CaseActionKind::NoActionNeeded:
        return QStringLiteral("no_action_needed");
    }
    return {};
}

const QList<CaseActionKind>& allCaseActionKinds()
{
    static const QList<CaseActionKind> kinds{
        CaseActionKind::TalkedWithPupil,      CaseActionKind::FollowUpBooked,
        CaseActionKind::ReferredPsychologist, CaseActionKind::ReferredSocialWorker,
        CaseActionKind::ReferredDoctor,       CaseActionKind::ReferredUrgentCare,
        CaseActionKind::ContactedGuardian,    CaseActionKind::NoActionNeeded};
    return kinds;
}

std::optional<CaseActionKind> caseActionKindFromId(const QString& id)
{
    for (CaseActionKind kind : allCaseActionKinds())
        if (caseActionKindId(kind) == id)
            return kind;
    return std::nullopt;
}

namespace {
const QString kActionSelect = QStringLiteral(
    "SELECT a.id, a.uuid, a.pupil_id, p.uuid, a.kind, a.follow_up_on, a.note, "
    " coalesce(a.response_id, 0), ru.display_name, a.recorded_at, coalesce(a.done_at, ''), "
    " coalesce(du.display_name, ''), a.recorded_by, "
    " (SELECT count(*) FROM case_action_revision v WHERE v.action_id = a.id) ");
const QString kActionFrom = QStringLiteral("FROM case_action a JOIN pupil p ON p.id = a.pupil_id "
                                           "JOIN app_user ru ON ru.id = a.recorded_by "
                                           "LEFT JOIN app_user du ON du.id = a.done_by ");

CaseAction readAction(const QSqlQuery& query)
{
    CaseAction a;
    a.id = query.value(0).toLongLong();
    a.uuid = query.value(1).toString();
    a.pupilId = query.value(2).toLongLong();
    a.pupilUuid = query.value(3).toString();
    a.kind =
        caseActionKindFromId(query.value(4).toString()).value_or(CaseActionKind::TalkedWithPupil);
    a.followUpOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    a.note = query.value(6).toString();
    a.responseId = query.value(7).toLongLong();
    a.recordedBy = query.value(8).toString();
    a.recordedAt = query.value(9).toString();
    a.doneAt = query.value(10).toString();
    a.doneBy = query.value(11).toString();
    a.recordedById = query.value(12).toLongLong();
    a.revisions = query.value(13).toInt();
    return a;
}

QString pupilUuidOf(QSqlDatabase& db, qint64 pupilId)
{
    return scalar(db, QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {pupilId})
        .value_or(QVariant())
        .toString();
}
} // namespace

Outcome<qint64> CaseStore::recordAction(const SignedInUser& user, const NewCaseAction& action)
{
    if (const auto refusal =
            AccessRules(m_db).checkPupil(user, Permission::RecordCaseAction, action.pupilId))
        return *refusal;
    const bool followUp = action.kind == CaseActionKind::FollowUpBooked;
    if (followUp && !action.followUpOn.isValid())
        return Refusal::of(Refusal::Code::FollowUpDateRequired);
    if (!followUp && action.followUpOn.isValid())
        return Refusal::of(Refusal::Code::FollowUpDateNotBooked);
    if (action.note.size() > 4000)
        return Refusal::of(Refusal::Code::TooLong, {QStringLiteral("note"), QString::number(4000)});
    if (action.responseId != 0 &&
        !scalar(m_db, QStringLiteral("SELECT 1 FROM response WHERE id = ? AND pupil_id = ?"),
                {action.responseId, action.pupilId}))
        return Refusal::of(Refusal::Code::ResultNotOfPupil);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    QSqlQuery query(m_db);
    const QString uuid = newUuid();
    if (!execBound(query,
                   QStringLiteral("INSERT INTO case_action (uuid, pupil_id, kind, follow_up_on, "
                                  "note, response_id, recorded_by, recorded_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {uuid, action.pupilId, caseActionKindId(action.kind),
                    followUp ? QVariant(action.followUpOn.toString(Qt::ISODate)) : QVariant(),
                    textOrEmpty(action.note),
                    action.responseId != 0 ? QVariant(action.responseId) : QVariant(), user.id,
                    isoUtc(m_clock.nowUtc())}))
        return sqlFailure(query);
    const qint64 id = query.lastInsertId().toLongLong();
    AuditLog log(m_db, m_clock);
    // The note may name people and the kind is case data (a referral), which the
    // administrator who exports the log may not see: the action is named by uuid.
    if (const auto logged = log.append(user, audit::CaseAction, pupilUuidOf(m_db, action.pupilId),
                                       QStringLiteral("action %1").arg(uuid));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return id;
}

Outcome<QList<CaseAction>> CaseStore::actions(const SignedInUser& user, qint64 pupilId)
{
    if (const auto refusal = AccessRules(m_db).checkPupil(user, Permission::ViewPupil, pupilId))
        return *refusal;
    QSqlQuery query(m_db);
    if (!execBound(query,
                   kActionSelect + kActionFrom +
                       QStringLiteral("WHERE a.pupil_id = ? AND a.removed_at IS NULL "
                                      "ORDER BY a.recorded_at, a.id"),
                   {pupilId}))
        return sqlFailure(query);
    QList<CaseAction> list;
    while (query.next())
        list << readAction(query);
    AuditLog log(m_db, m_clock);
    if (const auto logged = log.append(user, audit::ViewCase, pupilUuidOf(m_db, pupilId),
                                       QStringLiteral("%1 actions").arg(list.size()));
        !logged)
        return logged.refusal;
    return list;
}

Outcome<Done> CaseStore::markFollowUpDone(const SignedInUser& user, qint64 actionId)
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("SELECT pupil_id, kind, done_at, uuid FROM case_action "
                                  "WHERE id = ? AND removed_at IS NULL"),
                   {actionId}))
        return sqlFailure(query);
    const bool found = query.next();
    const qint64 pupilId = valueIf(found, query, 0).toLongLong();
    const bool followUp = valueIf(found, query, 1).toString() == QLatin1String("follow_up_booked");
    const bool done = !valueIf(found, query, 2).isNull();
    const QString uuid = valueIf(found, query, 3).toString();
    if (const auto refusal = AccessRules(m_db).checkRecord(
            user, Permission::RecordCaseAction, found ? std::optional(pupilId) : std::nullopt,
            Refusal::of(Refusal::Code::NoSuchId,
                        {QStringLiteral("action"), QString::number(actionId)})))
        return *refusal;
    if (!followUp)
        return Refusal::of(Refusal::Code::NotAFollowUp);
    if (done)
        return Done{};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (!execBound(query,
                   QStringLiteral("UPDATE case_action SET done_by = ?, done_at = ? WHERE id = ?"),
                   {user.id, isoUtc(m_clock.nowUtc()), actionId}))
        return sqlFailure(query);
    AuditLog log(m_db, m_clock);
    if (const auto logged = log.append(user, audit::FollowUpDone, pupilUuidOf(m_db, pupilId),
                                       QStringLiteral("action %1").arg(uuid));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

Outcome<QList<FollowUp>> CaseStore::followUpsDue(const SignedInUser& nurse, const QDate& today,
                                                 int withinDays)
{
    if (!today.isValid())
        return Refusal::of(Refusal::Code::NotADate, {QStringLiteral("today")});
    if (withinDays < 0)
        return Refusal::of(Refusal::Code::Negative, {QStringLiteral("within days")});
    const Outcome<AccessScope> scope = AccessRules(m_db).scope(nurse, Permission::ViewSchoolPupils);
    if (!scope)
        return scope.refusal;
    const QDate until = today.addDays(withinDays);
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            kActionSelect +
                QStringLiteral(
                    ", p.last_name, p.first_name, s.name, "
                    " (SELECT g.name FROM group_member m JOIN pupil_group g "
                    "  ON g.id = m.group_id WHERE m.pupil_id = p.id AND g.kind = 'class') ") +
                kActionFrom +
                QStringLiteral("JOIN school s ON s.id = p.school_id "
                               "WHERE a.follow_up_on IS NOT NULL AND a.done_at IS NULL "
                               " AND a.removed_at IS NULL "
                               " AND a.follow_up_on <= ? "
                               " AND p.school_id IN (SELECT value FROM json_each(?)) "
                               "ORDER BY a.follow_up_on, p.last_name, p.first_name, a.id"),
            {until.toString(Qt::ISODate), idsJson(scope->schoolIds)}))
        return sqlFailure(query);
    QList<FollowUp> list;
    QStringList uuids;
    while (query.next()) {
        FollowUp f;
        f.action = readAction(query);
        f.lastName = query.value(14).toString();
        f.firstName = query.value(15).toString();
        f.schoolName = query.value(16).toString();
        f.className = query.value(17).toString();
        f.overdue = f.action.followUpOn < today;
        if (!uuids.contains(f.action.pupilUuid))
            uuids << f.action.pupilUuid;
        list << f;
    }
    AuditLog log(m_db, m_clock);
    if (const auto logged = log.appendForPupils(nurse, audit::ViewFollowUps, uuids,
                                                QStringLiteral("%1 follow-ups due by %2")
                                                    .arg(list.size())
                                                    .arg(until.toString(Qt::ISODate)));
        !logged)
        return logged.refusal;
    return list;
}

} // namespace signaali::db
