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
    // Checks in the pupil of the group whose date of birth has this day and
    // month. A wrong birthday is refused NoCheckInMatch and counted: after a
    // few, check-in waits (CheckInWait) and then locks (CheckInLocked) for that
    // pupil or the whole kiosk until unlockCheckIn; each wrong one is logged
    // under the pupil tried. While waiting or locked the birthday is not looked at.
    Outcome<qint64> checkIn(qint64 groupId, qint64 roundId, qint64 pupilId, int day, int month);
    // The same with the pupil's one-time code (case and spaces ignored); a
    // wrong code counts against the kiosk.
    Outcome<qint64> checkInWithCode(qint64 groupId, qint64 roundId, const QString& code);
    // Whether check-in waits or is locked now (pupilId 0: the kiosk as a whole).
    struct CheckInState
    {
        bool locked = false;
        int waitSeconds = 0;
    };
    Outcome<CheckInState> checkInState(qint64 groupId, qint64 roundId, qint64 pupilId = 0);
    // The nurse, having given her PIN, lets check-in go on: every count of the
    // group's round starts again; logged.
    Outcome<Done> unlockCheckIn(qint64 groupId, qint64 roundId);
    // The pupil whose answers the kiosk may now read and write; 0 for none.
    qint64 checkedInPupil() const { return m_checkedIn; }
    // The pupil's turn is over: nothing of theirs is read again until they check in.
    void checkOut() { m_checkedIn = 0; }
    // Every pupil's code for the round, made where missing, in list order. The
    // names are printed, so every pupil listed is audited (export.checkin_codes).
    Outcome<QList<CheckInCode>> checkInCodes(qint64 groupId, qint64 roundId);

    // The pupil's response in progress for the round and instrument, or a new
    // one; refused (BadInput) when the pupil has already completed it. This and
    // every call on a response below are refused (NotCheckedIn) unless it is
    // the checked-in pupil's: earlier answers are shown only after a fresh check-in.
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
    // The check-in's access check and its wait or lock, before anything is compared.
    std::optional<Refusal> checkInAllowed(qint64 groupId, qint64 roundId, qint64 pupilId);
    // A wrong check-in counted and logged (the pupil tried, if any).
    std::optional<Refusal> wrongCheckIn(qint64 groupId, qint64 roundId,
                                        std::optional<qint64> pupilId);
    QString kioskDetail(qint64 groupId, qint64 roundId);
    // The pupil proved who they are: their own count of wrong tries starts again.
    Outcome<qint64> checkedIn(qint64 pupilId, qint64 roundId);

    QSqlDatabase& m_db;
    SignedInUser m_nurse;
    const Clock& m_clock;
    qint64 m_checkedIn = 0;
};

} // namespace signaali::db
