#include "kiosk/KioskFlow.h"

namespace signaali::ui {

// Saves through the kiosk session and tells the flow, so critical answers are seen at once.
class KioskFlow::Sink : public AnswerSink
{
public:
    Sink(KioskFlow& flow, std::unique_ptr<AnswerSink> saving)
        : m_flow(flow), m_saving(std::move(saving))
    {
    }
    bool saveAnswer(const QString& itemId, double value) override
    {
        if (!m_saving->saveAnswer(itemId, value))
            return false;
        m_flow.onAnswer(itemId, value);
        return true;
    }
    bool discardAnswers(const QStringList& itemIds) override
    {
        return m_saving->discardAnswers(itemIds);
    }

private:
    KioskFlow& m_flow;
    std::unique_ptr<AnswerSink> m_saving;
};

KioskFlow::KioskFlow(KioskConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config)),
      m_kiosk(m_config.database->connection(), m_config.nurse, *m_config.clock)
{
}

QList<db::KioskPupil> KioskFlow::pupils()
{
    QList<const Instrument*> instruments;
    for (const Instrument& instrument : m_config.instruments)
        instruments << &instrument;
    // Refused (the nurse's account closed, the school no longer hers): nobody to check in.
    auto pupils = m_kiosk.pupils(m_config.groupId, m_config.roundId, instruments);
    return pupils ? *std::move(pupils) : QList<db::KioskPupil>();
}

namespace {
KioskFlow::CheckIn refusedCheckIn(const db::Refusal& refusal)
{
    switch (refusal.code) {
    case db::Refusal::Code::NoCheckInMatch:
        return KioskFlow::CheckIn::WrongBirthday;
    case db::Refusal::Code::CheckInWait:
        return KioskFlow::CheckIn::Wait;
    case db::Refusal::Code::CheckInLocked:
        return KioskFlow::CheckIn::Locked;
    default:
        return KioskFlow::CheckIn::Failed;
    }
}
} // namespace

KioskFlow::CheckIn KioskFlow::checkIn(qint64 pupilId, int day, int month)
{
    leave();
    return beginCheckedIn(m_kiosk.checkIn(m_config.groupId, m_config.roundId, pupilId, day, month));
}

KioskFlow::CheckIn KioskFlow::checkInWithCode(const QString& code)
{
    leave();
    return beginCheckedIn(m_kiosk.checkInWithCode(m_config.groupId, m_config.roundId, code));
}

KioskFlow::CheckIn KioskFlow::beginCheckedIn(const db::Outcome<qint64>& checkedIn)
{
    if (!checkedIn)
        return refusedCheckIn(checkedIn.refusal);
    for (const db::KioskPupil& pupil : pupils())
        if (pupil.id == *checkedIn)
            return begin(pupil);
    leave();
    return CheckIn::Failed;
}

int KioskFlow::checkInWait(qint64 pupilId)
{
    const auto state = m_kiosk.checkInState(m_config.groupId, m_config.roundId, pupilId);
    if (!state)
        return 0; // refused outright: check-in itself says why
    return state->locked ? -1 : state->waitSeconds;
}

bool KioskFlow::unlockCheckIn(QString* error)
{
    const auto unlocked = m_kiosk.unlockCheckIn(m_config.groupId, m_config.roundId);
    if (!unlocked && error)
        *error = unlocked.error();
    return unlocked.ok();
}

QList<std::pair<QString, QString>> KioskFlow::checkInCodes(QString* error)
{
    const auto codes = m_kiosk.checkInCodes(m_config.groupId, m_config.roundId);
    if (!codes) {
        if (error)
            *error = codes.error();
        return {};
    }
    QList<std::pair<QString, QString>> named;
    for (const db::CheckInCode& code : *codes)
        named << std::make_pair(code.fullName, code.code);
    return named;
}

QString KioskFlow::liveViewRefusal()
{
    const auto may = m_kiosk.mayViewLive(m_config.groupId);
    return may ? QString() : may.error();
}

bool KioskFlow::recordLiveView(QString* error)
{
    const auto recorded = m_kiosk.recordLiveView(m_config.groupId, m_config.roundId);
    if (!recorded && error)
        *error = recorded.error();
    return recorded.ok();
}

KioskFlow::CheckIn KioskFlow::begin(const db::KioskPupil& pupil)
{
    if (pupil.status == db::KioskPupil::Status::Completed) {
        leave();
        return CheckIn::AlreadyCompleted;
    }
    m_pupilId = pupil.id;
    m_pupilName = pupil.fullName;
    // The shared screen shows "Aino M.": the first name is what comes before the initial.
    m_firstName = pupil.displayName;
    if (const qsizetype cut = m_firstName.lastIndexOf(QLatin1Char(' '));
        cut > 0 && m_firstName.endsWith(QLatin1Char('.')))
        m_firstName.truncate(cut);
    m_language = pupil.language.isEmpty() ? QStringLiteral("fi") : pupil.language;
    for (int i = 0; i < m_config.instruments.size(); ++i)
        if (startInstrument(i))
            return CheckIn::Started;
    leave();
    return CheckIn::AlreadyCompleted;
}

bool KioskFlow::startInstrument(int index)
{
    const Instrument& instrument = m_config.instruments[index];
    const auto response =
        m_kiosk.startOrResume(m_pupilId, m_config.roundId, instrument, m_language);
    if (!response)
        return false; // completed earlier, or the kiosk may no longer record
    m_instrumentIndex = index;
    m_responseId = response->id;
    if (response->language != m_language && instrument.languages.contains(response->language))
        m_language = response->language;
    dropSession();
    m_sink = std::make_unique<Sink>(*this, m_kiosk.answerSink(m_responseId, instrument));
    const auto given = m_kiosk.answers(m_responseId);
    m_session = std::make_unique<QuestionnaireSession>(instrument, given ? *given : Answers(),
                                                       m_sink.get());
    m_session->moveToFirstUnanswered();
    return true;
}

void KioskFlow::setLanguage(const QString& language)
{
    m_language = language;
    if (m_responseId)
        m_kiosk.setLanguage(m_responseId, language);
}

bool KioskFlow::completeCurrent()
{
    if (!m_session)
        return false;
    m_kiosk.setLanguage(m_responseId, m_language);
    m_kiosk.complete(m_responseId, m_config.instruments[m_instrumentIndex]);
    for (int i = m_instrumentIndex + 1; i < m_config.instruments.size(); ++i)
        if (startInstrument(i))
            return true;
    leave();
    emit pupilFinished();
    return false;
}

void KioskFlow::dropSession()
{
    if (m_session)
        emit sessionEnding();
    m_session.reset();
    m_sink.reset();
}

void KioskFlow::leave()
{
    dropSession();
    m_pupilId = 0;
    m_firstName.clear();
    m_responseId = 0;
    m_instrumentIndex = -1;
    m_kiosk.checkOut(); // resuming takes a fresh check-in
}

void KioskFlow::leaveWithoutTrace()
{
    const qint64 responseId = m_responseId;
    dropSession();
    // Still checked in: the response is the pupil's to remove.
    if (responseId)
        m_kiosk.discardIfUnanswered(responseId);
    leave();
}

void KioskFlow::onAnswer(const QString& itemId, double value)
{
    const Instrument& instrument = m_config.instruments[m_instrumentIndex];
    for (const CriticalRule& rule : instrument.critical)
        if (rule.item == itemId && rule.when.matches(value))
            emit criticalAnswer(m_pupilName, rule.topic.text(m_config.nurseLanguage));
}

QStringList KioskFlow::criticalAlerts()
{
    QStringList alerts;
    for (const db::KioskPupil& pupil : pupils())
        for (const QString& code : pupil.criticalCodes) {
            const QString item = code.section(QLatin1Char('.'), 1);
            QString topic;
            for (const Instrument& instrument : m_config.instruments)
                for (const CriticalRule& rule : instrument.critical)
                    if (rule.item == item)
                        topic = rule.topic.text(m_config.nurseLanguage);
            alerts << (topic.isEmpty() ? pupil.fullName
                                       : QStringLiteral("%1: %2").arg(pupil.fullName, topic));
        }
    return alerts;
}

} // namespace signaali::ui
