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

// A correction of a recorded action: what it should have said.
struct CaseActionCorrection
{
    qint64 actionId = 0;
    CaseActionKind kind = CaseActionKind::TalkedWithPupil;
    QDate followUpOn; // as for a new action
    QString note;
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

// Stable ids: pupil, guardian.
enum class ConsentFrom { Pupil, Guardian };
QString consentFromId(ConsentFrom from);
std::optional<ConsentFrom> consentFromFromId(const QString& id);

struct NewCaseShare
{
    qint64 pupilId = 0;
    qint64 memberUserId = 0; // a case team member
    ConsentFrom consentFrom = ConsentFrom::Guardian;
    QDate consentOn; // when the consent was given; not in the future
    QString note;
};

struct CaseShare
{
    qint64 id = 0;
    QString uuid;
    qint64 pupilId = 0;
    QString pupilUuid;
    QString lastName; // the pupil's
    QString firstName;
    qint64 memberUserId = 0;
    QString memberName;
    QString memberUsername;
    QString sharedBy;
    QString sharedAt;
    ConsentFrom consentFrom = ConsentFrom::Guardian;
    QDate consentOn;
    QString note;
    QString withdrawnAt; // empty while the share is active
    QString withdrawnBy;
    bool active() const { return withdrawnAt.isEmpty(); }
};

// Case follow-up and sharing a case with the case team, with consent. Every
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
    // Corrects (kind, note, follow-up date) or removes an action: only the user who
    // recorded it, only on the day it was recorded (local date of the clock).
    // The version before the change is kept in case_action_revision; the audit log
    // names the action by uuid. A removed action is left out of actions() and
    // followUpsDue().
    Outcome<Done> correctAction(const SignedInUser& user, const CaseActionCorrection& correction);
    Outcome<Done> removeAction(const SignedInUser& user, qint64 actionId);
    // Whether correctAction/removeAction would accept this action now (for the window).
    bool canChange(const SignedInUser& user, const CaseAction& action) const;
    // Marks a booked follow-up as done.
    Outcome<Done> markFollowUpDone(const SignedInUser& user, qint64 actionId);
    // Open follow-ups in the nurse's schools due on or before today + withinDays,
    // overdue first, then by date.
    Outcome<QList<FollowUp>> followUpsDue(const SignedInUser& nurse, const QDate& today,
                                          int withinDays = 7);

    // Nurse of the pupil's school; the member must be an active case team account.
    // Sharing again with the same member while a share is active is refused.
    Outcome<qint64> share(const SignedInUser& nurse, const NewCaseShare& share);
    // Takes the access away at once; the share stays in the history.
    Outcome<Done> withdrawShare(const SignedInUser& nurse, qint64 shareId);
    // A nurse: the shares of one pupil (pupilId) or of all her pupils (0).
    // A case team member: the cases shared with them (active only).
    Outcome<QList<CaseShare>> shares(const SignedInUser& user, qint64 pupilId = 0,
                                     bool includeWithdrawn = true);

private:
    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
