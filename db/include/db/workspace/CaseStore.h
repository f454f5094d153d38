#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QDate>
#include <QSqlDatabase>

namespace signaali::db {

// What was done about a pupil. Stable ids: talked_with_pupil,
// follow_up_booked, referred_psychologist, referred_social_worker,
// referred_doctor, referred_urgent_care, contacted_guardian, no_action_needed.
enum class CaseActionKind {
    TalkedWithPupil,
    FollowUpBooked,
    ReferredPsychologist,
    ReferredSocialWorker,
    ReferredDoctor,
    ReferredUrgentCare,
    ContactedGuardian,
    NoActionNeeded,
};
QString caseActionKindId(CaseActionKind kind);
std::optional<CaseActionKind> caseActionKindFromId(const QString& id);
const QList<CaseActionKind>& allCaseActionKinds();

struct NewCaseAction
{
    qint64 pupilId = 0;
    CaseActionKind kind = CaseActionKind::TalkedWithPupil;
    QDate followUpOn;      // required for FollowUpBooked, otherwise must be empty
    QString note;          // free text, at most 4000 characters
    qint64 responseId = 0; // optional: the result it is about
};

struct CaseAction
{
    qint64 id = 0;
    QString uuid;
    qint64 pupilId = 0;
    QString pupilUuid;
    CaseActionKind kind = CaseActionKind::TalkedWithPupil;
    QDate followUpOn;
    QString note;
    qint64 responseId = 0;
    QString recordedBy; // display name
    QString recordedAt;
    QString doneAt; // a follow-up marked done
    QString doneBy;
    qint64 recordedById = 0;
    int revisions = 0; // times corrected
};

// A booked follow-up for the start page.
struct FollowUp
{
    CaseAction action;
    QString lastName;
    QString firstName;
    QString schoolName;
    QString className;
    bool overdue = false; // followUpOn before today
};

// Case follow-up: what was done about a pupil and the follow-ups booked.
// Corrections are CaseCorrections, sharing with the case team CaseShares. Every
// read of a pupil's case and every change is audited.
class CaseStore
{
public:
    explicit CaseStore(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // Nurse of the pupil's school, or a case team member the case is shared with.
    Outcome<qint64> recordAction(const SignedInUser& user, const NewCaseAction& action);
    Outcome<QList<CaseAction>> actions(const SignedInUser& user, qint64 pupilId);
    // Marks a booked follow-up as done.
    Outcome<Done> markFollowUpDone(const SignedInUser& user, qint64 actionId);
    // Open follow-ups in the nurse's schools due on or before today + withinDays,
    // overdue first, then by date.
    Outcome<QList<FollowUp>> followUpsDue(const SignedInUser& nurse, const QDate& today,
                                          int withinDays = 7);

private:
    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
