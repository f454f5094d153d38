#pragma once

#include "core/Clock.h"
#include "core/Instrument.h"
#include "core/QuestionnaireSession.h"
#include "core/ScoreResult.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/kiosk/CheckInCode.h"
#include "db/kiosk/GroupInfo.h"
#include "db/kiosk/KioskPupil.h"
#include "db/kiosk/KioskResponse.h"

#include <QHash>
#include <QSqlDatabase>
#include <memory>

namespace signaali::db {

// What the screening kiosk reads and writes, as the nurse who opened it. The
// kiosk stays open on a shared screen for hours, so nothing is taken on trust
// from when it was opened: every call asks AccessRules again whether her
// account is still active and the group or pupil is in one of her schools.
class KioskSession
{
public:
    KioskSession(QSqlDatabase& db, SignedInUser nurse, const Clock& clock = Clock::system());

    const SignedInUser& nurse() const { return m_nurse; }

    // The classes and groups of one of the nurse's schools.
    Outcome<QList<GroupInfo>> groups(qint64 schoolId);
    // The group's pupils with their status for the round over `instruments`
    // (completed when every one is) and their critical answers not yet handled.
    Outcome<QList<KioskPupil>> pupils(qint64 groupId, qint64 roundId,
                                      const QList<const Instrument*>& instruments);
    // Per pupil of the group, the codes (critical.<item>) of the round's critical
    // answers the nurse has not yet handled, whether or not the response was finished.
    Outcome<QHash<qint64, QStringList>> unhandledCriticalCodes(qint64 groupId, qint64 roundId);
    // The pupil of the group whose one-time code this is (case and spaces
    // ignored); NotFound for a code that is nobody's.
    Outcome<qint64> pupilForCode(qint64 groupId, qint64 roundId, const QString& code);
    // Every pupil's code for the round, made where missing, in list order. The
    // names are printed, so every pupil listed is audited (export.checkin_codes).
    Outcome<QList<CheckInCode>> checkInCodes(qint64 groupId, qint64 roundId);

    // The pupil's response in progress for the round and instrument, or a new
    // one; refused (BadInput) when the pupil has already completed it.
    Outcome<KioskResponse> startOrResume(qint64 pupilId, qint64 roundId,
                                         const Instrument& instrument, const QString& language);
    Outcome<Answers> answers(qint64 responseId);
    // One commit per answer, durable when it returns; a critical answer is
    // recorded for the nurse in the same commit.
    Outcome<Done> saveAnswer(qint64 responseId, const QString& itemId, double value,
                             const Instrument& instrument);
    // Removes answers to items that became hidden.
    Outcome<Done> discardAnswers(qint64 responseId, const QStringList& itemIds);
    // A sink for a QuestionnaireSession that saves through saveAnswer and
    // discardAnswers; it must not outlive this session.
    std::unique_ptr<AnswerSink> answerSink(qint64 responseId, const Instrument& instrument);
    Outcome<Done> setLanguage(qint64 responseId, const QString& language);
    // Scores the answers and stores the result with the completion.
    Outcome<ScoreResult> complete(qint64 responseId, const Instrument& instrument);
    // "Not you?": someone checked in by mistake. Removes the response if no
    // answer was given, so nothing of it is kept; Done also when there was
    // nothing to remove.
    Outcome<Done> discardIfUnanswered(qint64 responseId);

    // Whether the nurse may now see the group's names and critical answers.
    Outcome<Done> mayViewLive(qint64 groupId);
    // The nurse opened the live view of the group: checked as mayViewLive, then
    // one audit row per pupil (view.kiosk_live) naming the group and round.
    Outcome<Done> recordLiveView(qint64 groupId, qint64 roundId);

private:
    // The nurse may still see the group's pupils (the group's school is hers).
    std::optional<Refusal> checkGroup(qint64 groupId);
    // The nurse may still record the answers of the response's pupil.
    std::optional<Refusal> checkResponse(qint64 responseId);

    QSqlDatabase& m_db;
    SignedInUser m_nurse;
    const Clock& m_clock;
};

} // namespace signaali::db
