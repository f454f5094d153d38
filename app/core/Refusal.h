#pragma once

#include <QString>
#include <QStringList>

namespace signaali {

// What a refusal says, independent of language. Each code has one kind and one
// sentence (core/RefusalText); its arguments fill the sentence. Stable ids
// (refusalCodeId) name the codes in the CLI's JSON, so they never change.
enum class RefusalCode {
    Uncoded, // args: {English text}; from the text factories, to be given a code

    // Bad input. Arguments that name a field are English field names ("note").
    FieldMissing,          // {field}
    NameMissing,           // {field}
    TooLong,               // {field, limit}
    TooShort,              // {field, minimum}
    OnlySpaces,            // {field}
    NotADate,              // {field}
    Negative,              // {field}
    RequiredDate,          // {field}
    DateInFuture,          // {field}
    UserNameForm,          // {field}
    UserNameTaken,         // {user name}
    NurseNameSame,         // {}
    WrongPassword,         // {}
    SchoolsNeeded,         // {}
    SchoolsNotForRole,     // {}
    OwnAccount,            // {}
    SchoolExists,          // {school name}
    RoundNameMissing,      // {}
    FollowUpDateRequired,  // {}
    FollowUpDateNotBooked, // {}
    ResultNotOfPupil,      // {}
    NotAFollowUp,          // {}
    SearchTooShort,        // {}
    NoFlags,               // {}
    NoSuchFlag,            // {flag code}
    OutputMissing,         // {}
    FileNotWritten,        // {path, the system's reason}
    NotCaseTeamMember,     // {}
    AlreadyShared,         // {member's user name}
    RoundsNotChosen,       // {}
    NotAGrade,             // {grade}
    NotAGender,            // {gender}
    InstrumentNotChosen,   // {}
    NoSuchDomain,          // {instrument id, domain id}
    FunnelBreakdown,       // {}
    FunnelReference,       // {}
    ThresholdTooLow,       // {threshold, minimum}

    // Not allowed.
    RoleMayNot,           // {role phrase, permission phrase}, English as AccessRules writes them
    SignedOut,            // {}
    CaseNotShared,        // {}
    PupilNotInYourSchool, // {}
    WholeMunicipality,    // {}
    SchoolNotYours,       // {} or {school name}
    NoSuchSchoolToUse,    // {school name}
    SetupDone,            // {}
    NotTheRecorder,       // {}
    NotSameDay,           // {}
    NoPupilInYourSchools, // {}
    NotOneOfYourSchools,  // {school name}
    ThresholdAdminOnly,   // {}

    // Not found.
    NoSuchPupil, // {} or {field}
    NoPupilKey,  // {key as typed}
    NoSuchId,    // {thing, id}: thing is user, member, school, class, round, action, result, share
    NoUserName,  // {user name}
    NoRoundKey,  // {key as typed}
    NoInstrumentResults, // {instrument id}

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
};

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

    // The path for refusals that have no code yet: English text shown after a
    // translated lead. Convert such call sites to `of(Code, args)`.
    static Refusal notAllowed(QString text) { return uncoded(Kind::NotAllowed, std::move(text)); }
    static Refusal notFound(QString text) { return uncoded(Kind::NotFound, std::move(text)); }
    static Refusal badInput(QString text) { return uncoded(Kind::BadInput, std::move(text)); }
    static Refusal failed(QString text) { return uncoded(Kind::Failed, std::move(text)); }

private:
    static Refusal uncoded(Kind kind, QString text)
    {
        return {kind, Code::Uncoded, {std::move(text)}, {}};
    }
};

Refusal::Kind refusalKindOf(RefusalCode code);
// "bad_input.too_long", "not_allowed.role", ...; stable across releases.
QString refusalCodeId(RefusalCode code);

} // namespace signaali
