#include "db/kiosk/KioskSession.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/kiosk/CheckInGuard.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/store/KioskStore.h"
#include "db/store/ResponseStore.h"
#include "db/workspace/IdentifiedLists.h"

#include <QDate>

namespace signaali::db {

namespace {
// Each answer goes through the session, so each is checked like any other call.
class SessionAnswerSink : public AnswerSink
{
public:
    SessionAnswerSink(KioskSession& session, qint64 responseId, const Instrument& instrument)
        : m_session(session), m_responseId(responseId), m_instrument(instrument)
    {
    }
    bool saveAnswer(const QString& itemId, double value) override
    {
        return m_session.saveAnswer(m_responseId, itemId, value, m_instrument).ok();
    }
    bool discardAnswers(const QStringList& itemIds) override
    {
        return m_session.discardAnswers(m_responseId, itemIds).ok();
    }

private:
    KioskSession& m_session;
    qint64 m_responseId;
    const Instrument& m_instrument;
};
} // namespace

KioskSession::KioskSession(QSqlDatabase& db, SignedInUser nurse, const Clock& clock)
    : m_db(db), m_nurse(std::move(nurse)), m_clock(clock)
{
}

std::optional<Refusal> KioskSession::checkGroup(qint64 groupId)
{
    const auto school =
        scalar(m_db, QStringLiteral("SELECT school_id FROM pupil_group WHERE id = ?"), {groupId});
    if (!school)
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("class"), QString::number(groupId)});
    return AccessRules(m_db).checkSchool(m_nurse, Permission::ViewSchoolPupils,
                                         school->toLongLong());
}

std::optional<Refusal> KioskSession::checkResponse(qint64 responseId)
{
    const auto pupil =
        scalar(m_db, QStringLiteral("SELECT pupil_id FROM response WHERE id = ?"), {responseId});
    if (const auto refusal = AccessRules(m_db).checkRecord(
            m_nurse, Permission::RecordResponses,
            pupil ? std::optional(pupil->toLongLong()) : std::nullopt,
            Refusal::of(Refusal::Code::NoSuchId,
                        {QStringLiteral("response"), QString::number(responseId)})))
        return refusal;
    if (m_checkedIn == 0 || pupil->toLongLong() != m_checkedIn)
        return Refusal::of(Refusal::Code::NotCheckedIn);
    return std::nullopt;
}

QString KioskSession::kioskDetail(qint64 groupId, qint64 roundId)
{
    const auto group =
        scalar(m_db, QStringLiteral("SELECT name FROM pupil_group WHERE id = ?"), {groupId});
    const auto round =
        scalar(m_db, QStringLiteral("SELECT name FROM round WHERE id = ?"), {roundId});
    return QStringLiteral("%1, round %2")
        .arg(group.value_or(QVariant()).toString(), round.value_or(QVariant()).toString());
}

std::optional<Refusal> KioskSession::checkInAllowed(qint64 groupId, qint64 roundId, qint64 pupilId)
{
    if (const auto refusal = checkGroup(groupId))
        return refusal;
    const auto state = CheckInGuard(m_db, m_clock).state(groupId, roundId, pupilId);
    if (!state)
        return state.refusal;
    if (state->locked)
        return Refusal::of(Refusal::Code::CheckInLocked);
    if (state->waitSeconds > 0)
        return Refusal::of(Refusal::Code::CheckInWait, {QString::number(state->waitSeconds)});
    return std::nullopt;
}

std::optional<Refusal> KioskSession::wrongCheckIn(qint64 groupId, qint64 roundId,
                                                  std::optional<qint64> pupilId)
{
    CheckInGuard guard(m_db, m_clock);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (const auto recorded = guard.recordFailure(m_nurse.id, groupId, roundId, pupilId); !recorded)
        return recorded.refusal;
    const QString uuid =
        pupilId ? scalar(m_db, QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {*pupilId})
                      .value_or(QVariant())
                      .toString()
                : QString();
    const QString detail = kioskDetail(groupId, roundId);
    AuditLog log(m_db, m_clock);
    if (const auto logged = log.append(m_nurse, audit::CheckInFailed, uuid, detail); !logged)
        return logged.refusal;
    const auto now = guard.state(groupId, roundId, pupilId.value_or(0));
    if (!now)
        return now.refusal;
    // Locked by this very attempt: the row the nurse looks for when she is called.
    if (now->locked) {
        if (const auto logged = log.append(m_nurse, audit::CheckInLocked, uuid, detail); !logged)
            return logged.refusal;
    }
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Refusal::of(Refusal::Code::NoCheckInMatch);
}

Outcome<qint64> KioskSession::checkIn(qint64 groupId, qint64 roundId, qint64 pupilId, int day,
                                      int month)
{
    m_checkedIn = 0;
    if (const auto refusal = checkInAllowed(groupId, roundId, pupilId))
        return *refusal;
    const auto born =
        scalar(m_db,
               QStringLiteral("SELECT p.date_of_birth FROM pupil p JOIN group_member m "
                              "ON m.pupil_id = p.id WHERE m.group_id = ? AND p.id = ?"),
               {groupId, pupilId});
    if (!born)
        return *wrongCheckIn(groupId, roundId, std::nullopt);
    const QDate date = QDate::fromString(born->toString(), Qt::ISODate);
    if (!date.isValid() || date.day() != day || date.month() != month)
        return *wrongCheckIn(groupId, roundId, pupilId);
    return checkedIn(pupilId, roundId);
}

Outcome<qint64> KioskSession::checkInWithCode(qint64 groupId, qint64 roundId, const QString& code)
{
    m_checkedIn = 0;
    if (const auto refusal = checkInAllowed(groupId, roundId, 0))
        return *refusal;
    const auto pupilId = KioskStore(m_db).pupilForCode(groupId, roundId, code);
    if (!pupilId && pupilId.refusal.code == Refusal::Code::NoCheckInMatch)
        return *wrongCheckIn(groupId, roundId, std::nullopt);
    if (!pupilId)
        return pupilId.refusal;
    return checkedIn(*pupilId, roundId);
}

Outcome<qint64> KioskSession::checkedIn(qint64 pupilId, qint64 roundId)
{
    if (const auto cleared = CheckInGuard(m_db, m_clock).clearPupil(pupilId, roundId); !cleared)
        return cleared.refusal;
    m_checkedIn = pupilId;
    return pupilId;
}

Outcome<KioskSession::CheckInState> KioskSession::checkInState(qint64 groupId, qint64 roundId,
                                                               qint64 pupilId)
{
    if (const auto refusal = checkGroup(groupId))
        return *refusal;
    const auto state = CheckInGuard(m_db, m_clock).state(groupId, roundId, pupilId);
    if (!state)
        return state.refusal;
    return CheckInState{state->locked, state->waitSeconds};
}

Outcome<Done> KioskSession::unlockCheckIn(qint64 groupId, qint64 roundId)
{
    if (const auto refusal = checkGroup(groupId))
        return *refusal;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (const auto cleared = CheckInGuard(m_db, m_clock).clearKiosk(groupId, roundId); !cleared)
        return cleared.refusal;
    AuditLog log(m_db, m_clock);
    if (const auto logged =
            log.append(m_nurse, audit::CheckInUnlocked, {}, kioskDetail(groupId, roundId));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

Outcome<QList<GroupInfo>> KioskSession::groups(qint64 schoolId)
{
    if (const auto refusal =
            AccessRules(m_db).checkSchool(m_nurse, Permission::ViewSchoolPupils, schoolId))
        return *refusal;
    return KioskStore(m_db).groups(schoolId);
}

Outcome<QList<KioskPupil>> KioskSession::pupils(qint64 groupId, qint64 roundId,
                                                const QList<const Instrument*>& instruments)
{
    if (const auto refusal = checkGroup(groupId))
        return *refusal;
    return KioskStore(m_db).pupils(groupId, roundId, instruments);
}

Outcome<QHash<qint64, QStringList>> KioskSession::unhandledCriticalCodes(qint64 groupId,
                                                                         qint64 roundId)
{
    if (const auto refusal = checkGroup(groupId))
        return *refusal;
    return KioskStore(m_db).unhandledCriticalCodes(groupId, roundId);
}

Outcome<QList<CheckInCode>> KioskSession::checkInCodes(qint64 groupId, qint64 roundId)
{
    const auto codes = checkInCodesFor(m_db, m_nurse, groupId, roundId, m_clock);
    if (!codes)
        return codes.refusal;
    QList<CheckInCode> printable;
    for (const PupilCode& code : *codes)
        printable << CheckInCode{code.pupilId, code.fullName, code.code};
    return printable;
}

Outcome<KioskResponse> KioskSession::startOrResume(qint64 pupilId, qint64 roundId,
                                                   const Instrument& instrument,
                                                   const QString& language)
{
    if (const auto refusal =
            AccessRules(m_db).checkPupil(m_nurse, Permission::RecordResponses, pupilId))
        return *refusal;
    if (m_checkedIn == 0 || pupilId != m_checkedIn)
        return Refusal::of(Refusal::Code::NotCheckedIn);
    const auto response =
        ResponseStore(m_db, m_clock).startOrResume(pupilId, roundId, instrument, language);
    if (!response)
        return response.refusal;
    return KioskResponse{response->id, response->language};
}

Outcome<Answers> KioskSession::answers(qint64 responseId)
{
    if (const auto refusal = checkResponse(responseId))
        return *refusal;
    return ResponseStore(m_db, m_clock).answers(responseId);
}

Outcome<Done> KioskSession::saveAnswer(qint64 responseId, const QString& itemId, double value,
                                       const Instrument& instrument)
{
    if (const auto refusal = checkResponse(responseId))
        return *refusal;
    return ResponseStore(m_db, m_clock).saveAnswer(responseId, itemId, value, &instrument);
}

Outcome<Done> KioskSession::discardAnswers(qint64 responseId, const QStringList& itemIds)
{
    if (const auto refusal = checkResponse(responseId))
        return *refusal;
    return ResponseStore(m_db, m_clock).discardAnswers(responseId, itemIds);
}

std::unique_ptr<AnswerSink> KioskSession::answerSink(qint64 responseId,
                                                     const Instrument& instrument)
{
    return std::make_unique<SessionAnswerSink>(*this, responseId, instrument);
}

Outcome<Done> KioskSession::setLanguage(qint64 responseId, const QString& language)
{
    if (const auto refusal = checkResponse(responseId))
        return *refusal;
    return ResponseStore(m_db, m_clock).setLanguage(responseId, language);
}

Outcome<ScoreResult> KioskSession::complete(qint64 responseId, const Instrument& instrument)
{
    if (const auto refusal = checkResponse(responseId))
        return *refusal;
    return ResponseStore(m_db, m_clock).complete(responseId, instrument);
}

Outcome<Done> KioskSession::discardIfUnanswered(qint64 responseId)
{
    // Gone already (or never made, or out of reach, which reads the same):
    // nothing of it is kept here, which is what was asked.
    if (const auto refusal = checkResponse(responseId))
        return refusal->code == Refusal::Code::NoSuchId ? Outcome<Done>(Done{})
                                                        : Outcome<Done>(*refusal);
    return ResponseStore(m_db, m_clock).discardIfUnanswered(responseId);
}

Outcome<Done> KioskSession::mayViewLive(qint64 groupId)
{
    if (const auto refusal = checkGroup(groupId))
        return *refusal;
    return Done{};
}

Outcome<Done> KioskSession::recordLiveView(qint64 groupId, qint64 roundId)
{
    if (const auto refusal = checkGroup(groupId))
        return *refusal;
    const auto round =
        scalar(m_db, QStringLiteral("SELECT name FROM round WHERE id = ?"), {roundId});
    if (!round)
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("round"), QString::number(roundId)});
    const auto group =
        scalar(m_db, QStringLiteral("SELECT name FROM pupil_group WHERE id = ?"), {groupId});
    QStringList uuids;
    for (const KioskPupil& pupil : KioskStore(m_db).pupils(groupId, roundId, {}))
        uuids << pupil.uuid;
    AuditLog log(m_db, m_clock);
    return log.appendForPupils(
        m_nurse, audit::ViewKiosk, uuids,
        QStringLiteral("%1, round %2").arg(group->toString(), round->toString()));
}

} // namespace signaali::db
