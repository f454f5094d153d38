#include "db/kiosk/KioskSession.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/KioskStore.h"
#include "db/store/ResponseStore.h"
#include "db/workspace/IdentifiedLists.h"

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
    if (!pupil)
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("response"), QString::number(responseId)});
    return AccessRules(m_db).checkPupil(m_nurse, Permission::RecordResponses, pupil->toLongLong());
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

Outcome<qint64> KioskSession::pupilForCode(qint64 groupId, qint64 roundId, const QString& code)
{
    if (const auto refusal = checkGroup(groupId))
        return *refusal;
    return KioskStore(m_db).pupilForCode(groupId, roundId, code);
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
    // Gone already (or never made): nothing of it is kept, which is what was asked.
    if (!scalar(m_db, QStringLiteral("SELECT 1 FROM response WHERE id = ?"), {responseId}))
        return Done{};
    if (const auto refusal = checkResponse(responseId))
        return *refusal;
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
