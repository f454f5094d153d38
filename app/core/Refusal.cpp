#include "core/Refusal.h"

namespace signaali {

namespace {
struct CodeInfo
{
    Refusal::Kind kind;
    const char* id;
};

CodeInfo infoOf(RefusalCode code)
{
    using C = RefusalCode;
    using K = Refusal::Kind;
    switch (code) {
    case C::FieldMissing:
        return {K::BadInput, "bad_input.missing"};
    case C::NameMissing:
        return {K::BadInput, "bad_input.name_missing"};
    case C::TooLong:
        return {K::BadInput, "bad_input.too_long"};
    case C::TooShort:
        return {K::BadInput, "bad_input.too_short"};
    case C::OnlySpaces:
        return {K::BadInput, "bad_input.only_spaces"};
    case C::NotADate:
        return {K::BadInput, "bad_input.not_a_date"};
    case C::Negative:
        return {K::BadInput, "bad_input.negative"};
    case C::RequiredDate:
        return {K::BadInput, "bad_input.date_required"};
    case C::DateInFuture:
        return {K::BadInput, "bad_input.date_in_future"};
    case C::UserNameForm:
        return {K::BadInput, "bad_input.user_name_form"};
    case C::UserNameTaken:
        return {K::BadInput, "bad_input.user_name_taken"};
    case C::NurseNameSame:
        return {K::BadInput, "bad_input.nurse_name_same"};
    case C::WrongPassword:
        return {K::BadInput, "bad_input.wrong_password"};
    case C::SchoolsNeeded:
        return {K::BadInput, "bad_input.schools_needed"};
    case C::SchoolsNotForRole:
        return {K::BadInput, "bad_input.schools_not_for_role"};
    case C::OwnAccount:
        return {K::BadInput, "bad_input.own_account"};
    case C::SchoolExists:
        return {K::BadInput, "bad_input.school_exists"};
    case C::RoundNameMissing:
        return {K::BadInput, "bad_input.round_name_missing"};
    case C::FollowUpDateRequired:
        return {K::BadInput, "bad_input.follow_up_date_required"};
    case C::FollowUpDateNotBooked:
        return {K::BadInput, "bad_input.follow_up_date_not_booked"};
    case C::ResultNotOfPupil:
        return {K::BadInput, "bad_input.result_not_of_pupil"};
    case C::NotAFollowUp:
        return {K::BadInput, "bad_input.not_a_follow_up"};
    case C::SearchTooShort:
        return {K::BadInput, "bad_input.search_too_short"};
    case C::NoFlags:
        return {K::BadInput, "bad_input.no_flags"};
    case C::NoSuchFlag:
        return {K::BadInput, "bad_input.no_such_flag"};
    case C::OutputMissing:
        return {K::BadInput, "bad_input.output_missing"};
    case C::FileNotWritten:
        return {K::BadInput, "bad_input.file_not_written"};
    case C::NotCaseTeamMember:
        return {K::BadInput, "bad_input.not_case_team_member"};
    case C::AlreadyShared:
        return {K::BadInput, "bad_input.already_shared"};
    case C::RoundsNotChosen:
        return {K::BadInput, "bad_input.rounds_not_chosen"};
    case C::NotAGrade:
        return {K::BadInput, "bad_input.not_a_grade"};
    case C::NotAGender:
        return {K::BadInput, "bad_input.not_a_gender"};
    case C::InstrumentNotChosen:
        return {K::BadInput, "bad_input.instrument_not_chosen"};
    case C::NoSuchDomain:
        return {K::BadInput, "bad_input.no_such_domain"};
    case C::FunnelBreakdown:
        return {K::BadInput, "bad_input.funnel_breakdown"};
    case C::FunnelReference:
        return {K::BadInput, "bad_input.funnel_reference"};
    case C::ThresholdTooLow:
        return {K::BadInput, "bad_input.threshold_too_low"};
    case C::NotOneOfYourSchools:
        return {K::NotAllowed, "not_allowed.not_one_of_your_schools"};
    case C::ThresholdAdminOnly:
        return {K::NotAllowed, "not_allowed.threshold"};
    case C::RoleMayNot:
        return {K::NotAllowed, "not_allowed.role"};
    case C::SignedOut:
        return {K::NotAllowed, "not_allowed.signed_out"};
    case C::CaseNotShared:
        return {K::NotAllowed, "not_allowed.case_not_shared"};
    case C::PupilNotInYourSchool:
        return {K::NotAllowed, "not_allowed.pupil_school"};
    case C::WholeMunicipality:
        return {K::NotAllowed, "not_allowed.whole_municipality"};
    case C::SchoolNotYours:
        return {K::NotAllowed, "not_allowed.school"};
    case C::NoSuchSchoolToUse:
        return {K::NotAllowed, "not_allowed.no_such_school"};
    case C::SetupDone:
        return {K::NotAllowed, "not_allowed.setup_done"};
    case C::NotTheRecorder:
        return {K::NotAllowed, "not_allowed.not_the_recorder"};
    case C::NotSameDay:
        return {K::NotAllowed, "not_allowed.not_same_day"};
    case C::NoPupilInYourSchools:
        return {K::NotAllowed, "not_allowed.no_pupil_in_schools"};
    case C::CheckInWait:
        return {K::NotAllowed, "not_allowed.check_in_wait"};
    case C::CheckInLocked:
        return {K::NotAllowed, "not_allowed.check_in_locked"};
    case C::NotCheckedIn:
        return {K::NotAllowed, "not_allowed.not_checked_in"};
    case C::PasswordChangeRequired:
        return {K::NotAllowed, "not_allowed.password_change_required"};
    case C::OwnGrant:
        return {K::NotAllowed, "not_allowed.own_grant"};
    case C::GrantDecided:
        return {K::BadInput, "bad_input.grant_decided"};
    case C::SamePassword:
        return {K::BadInput, "bad_input.same_password"};
    case C::BundleUnreadable:
        return {K::BadInput, "bad_input.bundle_unreadable"};
    case C::BundleFormatTooNew:
        return {K::BadInput, "bad_input.bundle_format_too_new"};
    case C::BundleSignatureBad:
        return {K::BadInput, "bad_input.bundle_signature"};
    case C::BundleNotForThisDevice:
        return {K::BadInput, "bad_input.bundle_not_for_this_device"};
    case C::BundleSchemaTooNew:
        return {K::BadInput, "bad_input.bundle_schema_too_new"};
    case C::BundleAlreadyImported:
        return {K::BadInput, "bad_input.bundle_already_imported"};
    case C::BundleTruncated:
        return {K::BadInput, "bad_input.bundle_truncated"};
    case C::BundleDamaged:
        return {K::BadInput, "bad_input.bundle_damaged"};
    case C::BundleRecordInvalid:
        return {K::BadInput, "bad_input.bundle_record"};
    case C::BundleSummaryIdentified:
        return {K::BadInput, "bad_input.bundle_summary_identified"};
    case C::BundleKindMismatch:
        return {K::BadInput, "bad_input.bundle_kind_mismatch"};
    case C::DeviceLineInvalid:
        return {K::BadInput, "bad_input.device_line"};
    case C::DeviceNameTaken:
        return {K::BadInput, "bad_input.device_name_taken"};
    case C::DeviceKnown:
        return {K::BadInput, "bad_input.device_known"};
    case C::DeviceIsThisOne:
        return {K::BadInput, "bad_input.device_is_this_one"};
    case C::SummaryOfOwnSchool:
        return {K::BadInput, "bad_input.summary_of_own_school"};
    case C::BundleSenderUnknown:
        return {K::NotAllowed, "not_allowed.bundle_sender_unknown"};
    case C::BundleSenderRevoked:
        return {K::NotAllowed, "not_allowed.bundle_sender_revoked"};
    case C::BundleTooIdentified:
        return {K::NotAllowed, "not_allowed.bundle_too_identified"};
    case C::NoDeviceName:
        return {K::NotFound, "not_found.device"};
    case C::NoSuchPupil:
        return {K::NotFound, "not_found.pupil"};
    case C::NoPupilKey:
        return {K::NotFound, "not_found.pupil_key"};
    case C::NoSuchId:
        return {K::NotFound, "not_found.id"};
    case C::NoUserName:
        return {K::NotFound, "not_found.user_name"};
    case C::NoRoundKey:
        return {K::NotFound, "not_found.round_key"};
    case C::NoInstrumentResults:
        return {K::NotFound, "not_found.instrument_results"};
    case C::DatabaseFailed:
        return {K::Failed, "failed.database"};
    case C::AuditLogFailed:
        return {K::Failed, "failed.audit_log"};
    case C::PasswordHashFailed:
        return {K::Failed, "failed.password_hash"};
    case C::EarlierVersionNotKept:
        return {K::Failed, "failed.earlier_version"};
    case C::RemovedVersionNotKept:
        return {K::Failed, "failed.removed_version"};
    case C::TeamUnreadable:
        return {K::Failed, "failed.team_unreadable"};
    case C::DefinitionUnreadable:
        return {K::Failed, "failed.definition_unreadable"};
    case C::RestoredWithoutLog:
        return {K::Failed, "failed.restored_without_log"};
    case C::FileNotSaved:
        return {K::Failed, "failed.file_not_saved"};
    case C::RoundExists:
        return {K::BadInput, "bad_input.round_exists"};
    case C::NotInProgress:
        return {K::BadInput, "bad_input.not_in_progress"};
    case C::AlreadyCompleted:
        return {K::BadInput, "bad_input.already_completed"};
    case C::BenchAccountName:
        return {K::BadInput, "bad_input.bench_account_name"};
    case C::NotADatabase:
        return {K::BadInput, "bad_input.not_a_database"};
    case C::DatabaseTooNew:
        return {K::BadInput, "bad_input.database_too_new"};
    case C::DatabaseDamaged:
        return {K::BadInput, "bad_input.database_damaged"};
    case C::DatabasePageDamaged:
        return {K::BadInput, "bad_input.database_page_damaged"};
    case C::DatabaseEncrypted:
        return {K::NotAllowed, "not_allowed.database_encrypted"};
    case C::DatabaseWrongKey:
        return {K::NotAllowed, "not_allowed.database_wrong_key"};
    case C::AlreadyEncrypted:
        return {K::BadInput, "bad_input.already_encrypted"};
    case C::OutputIsDatabase:
        return {K::BadInput, "bad_input.output_is_database"};
    case C::OutputExists:
        return {K::BadInput, "bad_input.output_exists"};
    case C::AuditChainBroken:
        return {K::BadInput, "bad_input.audit_chain_broken"};
    case C::BackupBeforeSetup:
        return {K::BadInput, "bad_input.backup_before_setup"};
    case C::BackupOtherMunicipality:
        return {K::BadInput, "bad_input.backup_other_municipality"};
    case C::BenchDemoOnly:
        return {K::NotAllowed, "not_allowed.bench_demo_only"};
    case C::NoSchoolName:
        return {K::NotFound, "not_found.school_name"};
    case C::NoCheckInMatch:
        return {K::NotFound, "not_found.check_in"};
    case C::DatabaseCannotOpen:
        return {K::Failed, "failed.database_cannot_open"};
    case C::DatabaseMissing:
        return {K::NotFound, "not_found.database"};
    case C::DatabaseBusy:
        return {K::Failed, "failed.database_busy"};
    case C::DatabaseReadOnly:
        return {K::Failed, "failed.database_read_only"};
    case C::DatabaseInUse:
        return {K::Failed, "failed.database_in_use"};
    case C::DatabaseNotMigrated:
        return {K::Failed, "failed.database_not_migrated"};
    case C::BackupNotWritten:
        return {K::Failed, "failed.backup_not_written"};
    case C::BackupUnsound:
        return {K::Failed, "failed.backup_unsound"};
    case C::FileNotMoved:
        return {K::Failed, "failed.file_not_moved"};
    }
    return {K::Failed, "failed.database"};
}
} // namespace

Refusal Refusal::of(Code code, QStringList args, QString detail)
{
    return {refusalKindOf(code), code, std::move(args), std::move(detail)};
}

Refusal::Kind refusalKindOf(RefusalCode code)
{
    return infoOf(code).kind;
}

QString refusalCodeId(RefusalCode code)
{
    return QString::fromLatin1(infoOf(code).id);
}

} // namespace signaali
