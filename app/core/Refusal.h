#pragma once

#include <QString>
#include <QStringList>

namespace signaali {

// What a refusal says, independent of language. Each code has one kind and one
// sentence (core/RefusalText); its arguments fill the sentence. Stable ids
// (refusalCodeId) name the codes in the CLI's JSON, so they never change.
enum class RefusalCode {
    // Bad input. Arguments that name a field are English field names ("note").
    FieldMissing,            // {field}
    NameMissing,             // {field}
    TooLong,                 // {field, limit}
    TooShort,                // {field, minimum}
    OnlySpaces,              // {field}
    NotADate,                // {field}
    Negative,                // {field}
    RequiredDate,            // {field}
    DateInFuture,            // {field}
    UserNameForm,            // {field}
    UserNameTaken,           // {user name}
    NurseNameSame,           // {}
    WrongPassword,           // {}
    SchoolsNeeded,           // {}
    SchoolsNotForRole,       // {}
    OwnAccount,              // {}
    SchoolExists,            // {school name}
    RoundNameMissing,        // {}
    FollowUpDateRequired,    // {}
    FollowUpDateNotBooked,   // {}
    ResultNotOfPupil,        // {}
    NotAFollowUp,            // {}
    SearchTooShort,          // {}
    NoFlags,                 // {}
    NoSuchFlag,              // {flag code}
    OutputMissing,           // {}
    FileNotWritten,          // {path, the system's reason}
    NotCaseTeamMember,       // {}
    AlreadyShared,           // {member's user name}
    RoundsNotChosen,         // {}
    NotAGrade,               // {grade}
    NotAGender,              // {gender}
    InstrumentNotChosen,     // {}
    NoSuchDomain,            // {instrument id, domain id}
    FunnelBreakdown,         // {}
    FunnelReference,         // {}
    ThresholdTooLow,         // {threshold, minimum}
    RoundExists,             // {round name}
    NotInProgress,           // {response id}
    AlreadyCompleted,        // {}
    BenchAccountName,        // {}
    NotADatabase,            // {path}: not a Signaali database
    DatabaseTooNew,          // {path}
    DatabaseDamaged,         // {path}
    DatabasePageDamaged,     // {path, page number}
    DatabaseEncrypted,       // {path}: needs a signed-in key to open
    DatabaseWrongKey,        // {path}
    AlreadyEncrypted,        // {path}
    OutputIsDatabase,        // {path}
    OutputExists,            // {path}
    AuditChainBroken,        // {path, row id, changed|inserted|removed}
    BackupBeforeSetup,       // {path}
    BackupOtherMunicipality, // {path}
    GrantDecided,            // {}: the access has already been confirmed, refused or withdrawn
    SamePassword,            // {}: the new password is the one-time password
    BundleUnreadable,        // {file}: not a Signaali bundle, or its header is malformed
    BundleFormatTooNew,      // {file, format version}
    BundleSignatureBad,      // {file}
    BundleNotForThisDevice,  // {file}
    BundleSchemaTooNew,      // {file, schema version}
    BundleAlreadyImported,   // {file, bundle id}
    BundleTruncated,         // {file}
    BundleDamaged,           // {file}: the content fails authentication
    BundleRecordInvalid,     // {file, record number, what is wrong (English)}
    BundleSummaryIdentified, // {file, record number}: a summary bundle with a row about a pupil
    BundleKindMismatch,      // {file}: the header's kind or counts do not match the content
    DeviceLineInvalid,       // {file, line}
    DeviceNameTaken,         // {device name}
    DeviceKnown,             // {device name}: this device is already trusted under that name
    DeviceIsThisOne,         // {}
    SummaryOfOwnSchool,      // {school name}: this installation holds the school's results

    // Not allowed.
    RoleMayNot,             // {role phrase, permission phrase}, English as AccessRules writes them
    SignedOut,              // {}
    CaseNotShared,          // {}
    PupilNotInYourSchool,   // {}
    WholeMunicipality,      // {}
    SchoolNotYours,         // {} or {school name}
    NoSuchSchoolToUse,      // {school name}
    SetupDone,              // {}
    NotTheRecorder,         // {}
    NotSameDay,             // {}
    NoPupilInYourSchools,   // {}
    NotOneOfYourSchools,    // {school name}
    ThresholdAdminOnly,     // {}
    BenchDemoOnly,          // {}
    CheckInWait,            // {seconds}: too many wrong check-ins, wait before the next
    CheckInLocked,          // {}: too many wrong check-ins, the nurse's PIN unlocks
    NotCheckedIn,           // {}: the kiosk has not checked in this response's pupil
    PasswordChangeRequired, // {}: a one-time password must be changed first
    OwnGrant,               // {}: nobody confirms their own access
    BundleSenderUnknown,    // {file}: signed by a device this installation does not trust
    BundleSenderRevoked,    // {file, device name}
    BundleTooIdentified,    // {}: an identified bundle for a recipient who is not a nurse

    // Not found.
    NoSuchPupil, // {} or {field}
    NoPupilKey,  // {key as typed}
    NoSuchId,    // {thing, id}: thing is user, member, school, class, round, action, result, share
    NoUserName,  // {user name}
    NoRoundKey,  // {key as typed}
    NoInstrumentResults, // {instrument id}
    NoSchoolName,        // {school name}
    NoCheckInMatch,      // {}
    NoDeviceName,        // {device name}

    // Failed; `detail` holds the database's own words, for logs only.
    DatabaseFailed,        // {}
    AuditLogFailed,        // {}
    PasswordHashFailed,    // {}
    EarlierVersionNotKept, // {}
    RemovedVersionNotKept, // {}
    TeamUnreadable,        // {}
    DefinitionUnreadable,  // {instrument id, version}
    RestoredWithoutLog,    // {}
    FileNotSaved,          // {path, the system's reason}
    DatabaseCannotOpen,    // {path}
    DatabaseMissing,       // {path}
    DatabaseBusy,          // {path}
    DatabaseReadOnly,      // {path}
    DatabaseInUse,         // {path}
    DatabaseNotMigrated,   // {path}
    BackupNotWritten,      // {path}
    BackupUnsound,         // {path}
    FileNotMoved,          // {path}; keep kLastRefusalCode below the last code
};
inline constexpr RefusalCode kLastRefusalCode = RefusalCode::FileNotMoved;

// Why a request was not answered. Nothing in code or args is identified data,
// so a refusal may be shown and logged as it is; `detail` (a database error)
// is for logs only and is never shown as the message.
struct Refusal
{
    enum class Kind {
        NotAllowed, // the signed-in user's role or scope does not allow it
        NotFound,   // no such pupil, user, school, round...
        BadInput,   // a field is missing or malformed; nothing was changed
        Failed,     // the database failed; nothing was changed
    };
    using Code = RefusalCode;

    Kind kind = Kind::Failed;
    Code code = Code::DatabaseFailed;
    QStringList args;
    QString detail;

    static Refusal of(Code code, QStringList args = {}, QString detail = {});
    static Refusal databaseFailed(QString detail) { return of(Code::DatabaseFailed, {}, detail); }
    static Refusal auditLogFailed(QString detail) { return of(Code::AuditLogFailed, {}, detail); }
};

Refusal::Kind refusalKindOf(RefusalCode code);
// "bad_input.too_long", "not_allowed.role", ...; stable across releases.
QString refusalCodeId(RefusalCode code);

} // namespace signaali
