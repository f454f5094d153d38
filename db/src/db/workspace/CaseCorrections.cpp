// Correcting or removing a follow-up action on the day it was recorded.
#include "db/workspace/CaseCorrections.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/sql/WorkspaceSql.h"

namespace signaali::db {

using namespace workspace;

namespace {
struct StoredAction
{
    qint64 pupilId = 0;
    QString uuid;
    QString pupilUuid;
    QString kind;
    QVariant followUpOn;
    QString note;
    qint64 recordedBy = 0;
    QString recordedAt;
};

std::optional<StoredAction> storedAction(QSqlDatabase& db, qint64 actionId)
{
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("SELECT a.pupil_id, a.uuid, p.uuid, a.kind, a.follow_up_on, "
                                  " a.note, a.recorded_by, a.recorded_at FROM case_action a "
                                  "JOIN pupil p ON p.id = a.pupil_id "
                                  "WHERE a.id = ? AND a.removed_at IS NULL"),
                   {actionId}) ||
        !query.next())
        return std::nullopt;
    StoredAction a;
    a.pupilId = query.value(0).toLongLong();
    a.uuid = query.value(1).toString();
    a.pupilUuid = query.value(2).toString();
    a.kind = query.value(3).toString();
    a.followUpOn = query.value(4);
    a.note = query.value(5).toString();
    a.recordedBy = query.value(6).toLongLong();
    a.recordedAt = query.value(7).toString();
    return a;
}

bool sameLocalDay(const QString& recordedAt, const QDateTime& nowUtc)
{
    const QDateTime recorded = QDateTime::fromString(recordedAt, Qt::ISODateWithMs);
    return recorded.isValid() && recorded.toLocalTime().date() == nowUtc.toLocalTime().date();
}

// Who may change a recorded action and when; nothing when allowed.
// An action out of reach reads as one that does not exist.
std::optional<Refusal> changeRefusal(QSqlDatabase& db, const SignedInUser& user, qint64 actionId,
                                     const std::optional<StoredAction>& stored,
                                     const QDateTime& nowUtc)
{
    const Refusal missing =
        Refusal::of(Refusal::Code::NoSuchId, {QStringLiteral("action"), QString::number(actionId)});
    if (const auto refusal = AccessRules(db).checkRecord(
            user, Permission::RecordCaseAction,
            stored ? std::optional(stored->pupilId) : std::nullopt, missing))
        return refusal;
    const StoredAction& action = *stored;
    if (action.recordedBy != user.id)
        return Refusal::of(Refusal::Code::NotTheRecorder);
    if (!sameLocalDay(action.recordedAt, nowUtc))
        return Refusal::of(Refusal::Code::NotSameDay);
    return std::nullopt;
}

bool keepRevision(QSqlDatabase& db, qint64 actionId, const StoredAction& old, const char* change,
                  const SignedInUser& user, const QDateTime& nowUtc)
{
    QSqlQuery query(db);
    return execBound(query,
                     QStringLiteral("INSERT INTO case_action_revision (action_id, change, kind, "
                                    "follow_up_on, note, changed_by, changed_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {actionId, QString::fromLatin1(change), old.kind, old.followUpOn,
                      textOrEmpty(old.note), user.id, isoUtc(nowUtc)});
}
} // namespace

bool CaseCorrections::canChange(const SignedInUser& user, const CaseAction& action) const
{
    return action.recordedById == user.id && sameLocalDay(action.recordedAt, m_clock.nowUtc());
}

Outcome<Done> CaseCorrections::correctAction(const SignedInUser& user,
                                             const CaseActionCorrection& correction)
{
    const auto old = storedAction(m_db, correction.actionId);
    const QDateTime now = m_clock.nowUtc();
    if (const auto refusal = changeRefusal(m_db, user, correction.actionId, old, now))
        return *refusal;
    const bool followUp = correction.kind == CaseActionKind::FollowUpBooked;
    if (followUp && !correction.followUpOn.isValid())
        return Refusal::of(Refusal::Code::FollowUpDateRequired);
    if (!followUp && correction.followUpOn.isValid())
        return Refusal::of(Refusal::Code::FollowUpDateNotBooked);
    if (correction.note.size() > 4000)
        return Refusal::of(Refusal::Code::TooLong, {QStringLiteral("note"), QString::number(4000)});

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (!keepRevision(m_db, correction.actionId, *old, "corrected", user, now))
        return Refusal::of(Refusal::Code::EarlierVersionNotKept);
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("UPDATE case_action SET kind = ?, follow_up_on = ?, note = ? "
                                  "WHERE id = ?"),
                   {caseActionKindId(correction.kind),
                    followUp ? QVariant(correction.followUpOn.toString(Qt::ISODate)) : QVariant(),
                    textOrEmpty(correction.note), correction.actionId}))
        return sqlFailure(query);
    AuditLog log(m_db, m_clock);
    // As when recorded: the action by uuid only, what it says is case data.
    if (const auto logged = log.append(
            user, audit::CaseAction, old->pupilUuid,
            QStringLiteral("action %1 corrected, the earlier version kept").arg(old->uuid));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

Outcome<Done> CaseCorrections::removeAction(const SignedInUser& user, qint64 actionId)
{
    const auto old = storedAction(m_db, actionId);
    const QDateTime now = m_clock.nowUtc();
    if (const auto refusal = changeRefusal(m_db, user, actionId, old, now))
        return *refusal;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (!keepRevision(m_db, actionId, *old, "removed", user, now))
        return Refusal::of(Refusal::Code::RemovedVersionNotKept);
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("UPDATE case_action SET removed_by = ?, removed_at = ? "
                                  "WHERE id = ?"),
                   {user.id, isoUtc(now), actionId}))
        return sqlFailure(query);
    AuditLog log(m_db, m_clock);
    if (const auto logged =
            log.append(user, audit::CaseAction, old->pupilUuid,
                       QStringLiteral("action %1 removed, kept in its history").arg(old->uuid));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

} // namespace signaali::db
