#include "db/access/AccessRules.h"

#include "db/sql/SqlHelpers.h"

#include <QSqlError>

namespace signaali::db {

namespace {
// What the permission lets a user do, for refusal messages.
QString describe(Permission permission)
{
    switch (permission) {
    case Permission::ViewPupil:
        return QStringLiteral("see a pupil's identified data");
    case Permission::ViewSchoolPupils:
        return QStringLiteral("see the identified data of a school's pupils");
    case Permission::HandleFlags:
        return QStringLiteral("mark a pupil's flags handled");
    case Permission::RecordCaseAction:
        return QStringLiteral("record actions on a pupil's case");
    case Permission::ShareCase:
        return QStringLiteral("share a pupil's case");
    case Permission::ViewAccessLog:
        return QStringLiteral("see who has viewed pupils' data");
    case Permission::ManageUsers:
        return QStringLiteral("manage users");
    case Permission::ManageSchools:
        return QStringLiteral("manage schools");
    case Permission::ManageInstruments:
        return QStringLiteral("manage instruments");
    case Permission::ExportAuditLog:
        return QStringLiteral("export the audit log");
    case Permission::ViewAggregates:
        return QStringLiteral("see group figures");
    case Permission::ImportRoster:
        return QStringLiteral("import class lists");
    case Permission::CreateRound:
        return QStringLiteral("create screening rounds");
    case Permission::RecordResponses:
        return QStringLiteral("record a pupil's answers");
    case Permission::ErasePupil:
        return QStringLiteral("erase a pupil");
    case Permission::ExportDatabase:
        return QStringLiteral("back up or restore the database");
    case Permission::ViewSharedCases:
        return QStringLiteral("see the cases shared with them");
    case Permission::ViewMunicipality:
        return QStringLiteral("see the figures of the whole municipality");
    case Permission::ConfirmAccess:
        return QStringLiteral("confirm access to a school");
    case Permission::ManageDevices:
        return QStringLiteral("trust other installations");
    case Permission::SendIdentified:
        return QStringLiteral("send pupils' results to another installation");
    case Permission::ReceiveIdentified:
        return QStringLiteral("receive pupils' results from another installation");
    case Permission::SendSummary:
        return QStringLiteral("send group counts to the coordinator");
    case Permission::ReceiveSummary:
        return QStringLiteral("receive group counts from schools");
    }
    return {};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Nurse:
        return QStringLiteral("a nurse");
    case Role::CaseTeam:
        return QStringLiteral("a case team member");
    case Role::WelfareGroup:
        return QStringLiteral("the welfare group");
    case Role::Coordinator:
        return QStringLiteral("a coordinator");
    case Role::Admin:
        return QStringLiteral("an administrator");
    }
    return {};
}

Refusal roleRefusal(Role role, Permission permission)
{
    return Refusal::of(Refusal::Code::RoleMayNot, {roleName(role), describe(permission)});
}
} // namespace

QString permissionId(Permission permission)
{
    switch (permission) {
    case Permission::ViewPupil:
        return QStringLiteral("view_pupil");
    case Permission::ViewSchoolPupils:
        return QStringLiteral("view_school_pupils");
    case Permission::HandleFlags:
        return QStringLiteral("handle_flags");
    case Permission::RecordCaseAction:
        return QStringLiteral("record_case_action");
    case Permission::ShareCase:
        return QStringLiteral("share_case");
    case Permission::ViewAccessLog:
        return QStringLiteral("view_access_log");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ManageSchools:
        return QStringLiteral("manage_schools");
    case Permission::ManageInstruments:
        return QStringLiteral("manage_instruments");
    case Permission::ExportAuditLog:
        return QStringLiteral("export_audit_log");
    case Permission::ViewAggregates:
        return QStringLiteral("view_aggregates");
    case Permission::ImportRoster:
        return QStringLiteral("import_roster");
    case Permission::CreateRound:
        return QStringLiteral("create_round");
    case Permission::RecordResponses:
        return QStringLiteral("record_responses");
    case Permission::ErasePupil:
        return QStringLiteral("erase_pupil");
    case Permission::ExportDatabase:
        return QStringLiteral("export_database");
    case Permission::ViewSharedCases:
        return QStringLiteral("view_shared_cases");
    case Permission::ViewMunicipality:
        return QStringLiteral("view_municipality");
    case Permission::ConfirmAccess:
        return QStringLiteral("confirm_access");
    case Permission::ManageDevices:
        return QStringLiteral("manage_devices");
    case Permission::SendIdentified:
        return QStringLiteral("send_identified");
    case Permission::ReceiveIdentified:
        return QStringLiteral("receive_identified");
    case Permission::SendSummary:
        return QStringLiteral("send_summary");
    case Permission::ReceiveSummary:
        return QStringLiteral("receive_summary");
    }
    return {};
}

QString refusalKindId(Refusal::Kind kind)
{
    switch (kind) {
    case Refusal::Kind::NotAllowed:
        return QStringLiteral("not_allowed");
    case Refusal::Kind::NotFound:
        return QStringLiteral("not_found");
    case Refusal::Kind::BadInput:
        return QStringLiteral("bad_input");
    case Refusal::Kind::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool AccessRules::roleMay(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewPupil:
    case Permission::RecordCaseAction:
        return role == Role::Nurse || role == Role::CaseTeam;
    case Permission::ViewSchoolPupils:
    case Permission::HandleFlags:
    case Permission::ShareCase:
    case Permission::ViewAccessLog:
        return role == Role::Nurse;
    case Permission::ManageUsers:
    case Permission::ManageSchools:
    case Permission::ManageInstruments:
    case Permission::ExportAuditLog:
        return role == Role::Admin;
    case Permission::ViewAggregates:
        return role == Role::Nurse || role == Role::WelfareGroup || role == Role::Coordinator;
    case Permission::ImportRoster:
    case Permission::CreateRound:
    case Permission::ErasePupil:
        return role == Role::Nurse || role == Role::Admin;
    case Permission::RecordResponses:
        return role == Role::Nurse;
    case Permission::ExportDatabase:
        return role == Role::Admin;
    case Permission::ViewSharedCases:
        return role == Role::CaseTeam;
    case Permission::ViewMunicipality:
        return role == Role::Coordinator;
    case Permission::ConfirmAccess:
        return role == Role::Nurse || role == Role::Coordinator;
    case Permission::ManageDevices:
        return role == Role::Admin;
    case Permission::SendIdentified:
    case Permission::ReceiveIdentified:
        return role == Role::Nurse;
    case Permission::SendSummary:
        return role == Role::Nurse || role == Role::WelfareGroup || role == Role::Coordinator;
    case Permission::ReceiveSummary:
        return role == Role::Coordinator;
    }
    return false;
}

bool AccessRules::allows(const SignedInUser& user, Permission permission)
{
    return roleMay(user.role, permission);
}

bool AccessRules::beforeSetup()
{
    const auto accounts = scalar(m_db, QStringLiteral("SELECT count(*) FROM app_user"));
    return accounts && accounts->toInt() == 0;
}

bool AccessRules::firstStartStep(const SignedInUser& user, Permission permission)
{
    if (user.id != 0)
        return false;
    switch (permission) {
    case Permission::ImportRoster:
    case Permission::CreateRound:
    case Permission::RecordResponses:
    case Permission::ErasePupil:
    case Permission::ExportDatabase:
    case Permission::ViewSchoolPupils:
        return beforeSetup();
    default:
        return false;
    }
}

Outcome<SignedInUser> AccessRules::current(const SignedInUser& user)
{
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral("SELECT username, display_name, role, active, must_change_password "
                           "FROM app_user WHERE id = ?"),
            {user.id}))
        return Refusal::databaseFailed(query.lastError().text());
    const Refusal signedOut = Refusal::of(Refusal::Code::SignedOut);
    if (!query.next() || query.value(3).toInt() != 1 || query.value(0).toString() != user.username)
        return signedOut;
    const auto role = roleFromId(query.value(2).toString());
    if (!role || *role != user.role)
        return signedOut;
    SignedInUser now;
    now.id = user.id;
    now.username = query.value(0).toString();
    now.displayName = query.value(1).toString();
    now.role = *role;
    now.mustChangePassword = query.value(4).toInt() == 1;
    if (roleHasSchools(now.role))
        now.schoolIds = schoolsOf(now.id);
    return now;
}

Outcome<SignedInUser> AccessRules::allowedRole(const SignedInUser& user, Permission permission)
{
    const Outcome<SignedInUser> now = current(user);
    if (now && now->mustChangePassword)
        return Refusal::of(Refusal::Code::PasswordChangeRequired);
    if (now && !roleMay(now->role, permission))
        return roleRefusal(now->role, permission);
    return now;
}

std::optional<Refusal> AccessRules::check(const SignedInUser& user, Permission permission)
{
    if (firstStartStep(user, permission))
        return std::nullopt;
    const Outcome<SignedInUser> now = allowedRole(user, permission);
    return now ? std::nullopt : std::optional(now.refusal);
}

std::optional<Refusal> AccessRules::checkPupil(const SignedInUser& user, Permission permission,
                                               qint64 pupilId)
{
    if (firstStartStep(user, permission))
        return std::nullopt;
    const Outcome<SignedInUser> now = allowedRole(user, permission);
    if (!now)
        return now.refusal;
    if (now->role == Role::Admin) // an admin's permissions are not tied to schools
        return schoolOfPupil(pupilId) ? std::nullopt
                                      : std::optional(Refusal::of(Refusal::Code::NoSuchPupil));
    if (now->role == Role::CaseTeam) {
        // Checked before existence, so a member learns nothing about pupils not shared.
        if (!sharedPupilsOf(now->id).contains(pupilId))
            return Refusal::of(Refusal::Code::CaseNotShared);
        return std::nullopt;
    }
    // Missing and elsewhere read the same: a nurse learns nothing of other schools' pupils.
    const auto school = schoolOfPupil(pupilId);
    if (!school || !now->schoolIds.contains(*school))
        return Refusal::of(Refusal::Code::NoPupilInYourSchools);
    return std::nullopt;
}

std::optional<Refusal> AccessRules::checkRecord(const SignedInUser& user, Permission permission,
                                                std::optional<qint64> pupilId,
                                                const Refusal& missing)
{
    if (firstStartStep(user, permission))
        return pupilId ? std::nullopt : std::optional(missing);
    if (const auto refusal = check(user, permission))
        return refusal;
    if (!pupilId)
        return missing;
    const auto refusal = checkPupil(user, permission, *pupilId);
    if (!refusal)
        return std::nullopt;
    switch (refusal->code) {
    case Refusal::Code::NoPupilInYourSchools:
    case Refusal::Code::NoSuchPupil:
    case Refusal::Code::CaseNotShared:
        return missing;
    default:
        return refusal;
    }
}

std::optional<Refusal> AccessRules::checkSchool(const SignedInUser& user, Permission permission,
                                                qint64 schoolId)
{
    if (firstStartStep(user, permission))
        return std::nullopt;
    const Outcome<SignedInUser> now = allowedRole(user, permission);
    if (!now)
        return now.refusal;
    if (roleMay(now->role, Permission::ViewMunicipality) || now->role == Role::Admin)
        return std::nullopt;
    if (schoolId == 0 || !now->schoolIds.contains(schoolId))
        return schoolId == 0 ? Refusal::of(Refusal::Code::WholeMunicipality)
                             : Refusal::of(Refusal::Code::SchoolNotYours);
    return std::nullopt;
}

Outcome<AccessScope> AccessRules::scope(const SignedInUser& user, Permission permission)
{
    if (firstStartStep(user, permission)) {
        AccessScope everything;
        everything.everything = true;
        return everything;
    }
    const Outcome<SignedInUser> now = allowedRole(user, permission);
    if (!now)
        return now.refusal;
    AccessScope scope;
    switch (now->role) {
    case Role::Nurse:
    case Role::WelfareGroup:
        scope.schoolIds = now->schoolIds;
        break;
    case Role::CaseTeam:
        scope.pupilIds = sharedPupilsOf(now->id);
        break;
    case Role::Coordinator:
    case Role::Admin:
        scope.everything = true;
        break;
    }
    return scope;
}

QList<qint64> AccessRules::schoolsOf(qint64 userId)
{
    QList<qint64> ids;
    QSqlQuery query(m_db);
    if (execBound(query,
                  QStringLiteral("SELECT school_id FROM user_school WHERE user_id = ? ORDER BY 1"),
                  {userId}))
        while (query.next())
            ids << query.value(0).toLongLong();
    return ids;
}

QList<qint64> AccessRules::sharedPupilsOf(qint64 userId)
{
    QList<qint64> ids;
    QSqlQuery query(m_db);
    if (execBound(query,
                  QStringLiteral("SELECT pupil_id FROM case_share WHERE member_id = ? AND "
                                 "withdrawn_at IS NULL ORDER BY 1"),
                  {userId}))
        while (query.next())
            ids << query.value(0).toLongLong();
    return ids;
}

std::optional<qint64> AccessRules::schoolOfPupil(qint64 pupilId)
{
    if (const auto school =
            scalar(m_db, QStringLiteral("SELECT school_id FROM pupil WHERE id = ?"), {pupilId}))
        return school->toLongLong();
    return std::nullopt;
}

} // namespace signaali::db
