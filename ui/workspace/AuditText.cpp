#include "AuditText.h"

#include "AuditLog.h"
#include "SignedInUser.h"
#include "UsersPage.h"

#include <QHash>

namespace signaali::ui {

QString AuditText::action(const QString& id)
{
    using namespace db::audit;
    const QHash<QString, QString> names{
        {SignIn, tr("Signed in")},
        {Setup, tr("First set-up")},
        {ViewOverview, tr("Viewed the class overview")},
        {ViewAttention, tr("Viewed the attention list")},
        {ViewProfile, tr("Viewed the profile")},
        {ViewCase, tr("Viewed the case actions")},
        {ViewShares, tr("Viewed the case shares")},
        {ViewFollowUps, tr("Viewed the follow-ups due")},
        {ViewFlagOutcomes, tr("Viewed handled flags")},
        {ViewPupilList, tr("Listed pupils")},
        {ViewResults, tr("Viewed results")},
        {ViewAccessLog, tr("Viewed the log")},
        {ViewKiosk, tr("Opened the screening's live view")},
        {ExportAuditLog, tr("Exported the audit log")},
        {ExportResults, tr("Exported results")},
        {ExportCheckInCodes, tr("Printed check-in codes")},
        {ExportSummary, tr("Printed the visit summary")},
        {ExportFigures, tr("Exported group figures")},
        {ExportDatabase, tr("Backed up the database")},
        {FlagHandled, tr("Marked flags handled")},
        {CaseAction, tr("Recorded a case action")},
        {FollowUpDone, tr("Marked a follow-up done")},
        {CaseShared, tr("Shared the case")},
        {CaseUnshared, tr("Withdrew the share")},
        {UserCreated, tr("Created an account")},
        {PasswordSet, tr("Set a password")},
        {SchoolsAssigned, tr("Assigned schools")},
        {UserActive, tr("Activated or deactivated an account")},
        {SchoolCreated, tr("Added a school")},
        {RosterImported, tr("Imported a class list")},
        {RoundCreated, tr("Created a round")},
        {AnswersRecorded, tr("Recorded answers")},
        {PupilErased, tr("Erased a pupil")},
        {ThresholdChanged, tr("Changed the small-group threshold")},
        {DatabaseRestored, tr("Restored the database")},
    };
    return names.value(id, id);
}

QString AuditText::role(const QString& id)
{
    const auto role = db::roleFromId(id);
    return role ? roleName(*role) : id;
}

} // namespace signaali::ui
