#include "core/RefusalText.h"

#include <QHash>

namespace signaali {

namespace {
QString at(const QStringList& args, int index)
{
    return index < args.size() ? args[index] : QString();
}

int number(const QStringList& args, int index)
{
    return at(args, index).toInt();
}

// The English words db/ puts in arguments, marked for translation here because
// lupdate does not read db/. Unknown words are shown as they are.
const char* const kWords[] = {
    // fields
    QT_TRANSLATE_NOOP("RefusalText", "municipality"),
    QT_TRANSLATE_NOOP("RefusalText", "school"),
    QT_TRANSLATE_NOOP("RefusalText", "administrator user name"),
    QT_TRANSLATE_NOOP("RefusalText", "administrator name"),
    QT_TRANSLATE_NOOP("RefusalText", "administrator password"),
    QT_TRANSLATE_NOOP("RefusalText", "nurse user name"),
    QT_TRANSLATE_NOOP("RefusalText", "nurse name"),
    QT_TRANSLATE_NOOP("RefusalText", "nurse password"),
    QT_TRANSLATE_NOOP("RefusalText", "new password"),
    QT_TRANSLATE_NOOP("RefusalText", "user name"),
    QT_TRANSLATE_NOOP("RefusalText", "name"),
    QT_TRANSLATE_NOOP("RefusalText", "password"),
    QT_TRANSLATE_NOOP("RefusalText", "class"),
    QT_TRANSLATE_NOOP("RefusalText", "round"),
    QT_TRANSLATE_NOOP("RefusalText", "instrument"),
    QT_TRANSLATE_NOOP("RefusalText", "pupil"),
    QT_TRANSLATE_NOOP("RefusalText", "note"),
    QT_TRANSLATE_NOOP("RefusalText", "follow-up date"),
    QT_TRANSLATE_NOOP("RefusalText", "consent date"),
    QT_TRANSLATE_NOOP("RefusalText", "today"),
    QT_TRANSLATE_NOOP("RefusalText", "within days"),
    // roles
    QT_TRANSLATE_NOOP("RefusalText", "a nurse"),
    QT_TRANSLATE_NOOP("RefusalText", "a case team member"),
    QT_TRANSLATE_NOOP("RefusalText", "the welfare group"),
    QT_TRANSLATE_NOOP("RefusalText", "a coordinator"),
    QT_TRANSLATE_NOOP("RefusalText", "an administrator"),
    // permissions
    QT_TRANSLATE_NOOP("RefusalText", "see a pupil's identified data"),
    QT_TRANSLATE_NOOP("RefusalText", "see the identified data of a school's pupils"),
    QT_TRANSLATE_NOOP("RefusalText", "mark a pupil's flags handled"),
    QT_TRANSLATE_NOOP("RefusalText", "record actions on a pupil's case"),
    QT_TRANSLATE_NOOP("RefusalText", "share a pupil's case"),
    QT_TRANSLATE_NOOP("RefusalText", "see who has viewed pupils' data"),
    QT_TRANSLATE_NOOP("RefusalText", "manage users"),
    QT_TRANSLATE_NOOP("RefusalText", "manage schools"),
    QT_TRANSLATE_NOOP("RefusalText", "manage instruments"),
    QT_TRANSLATE_NOOP("RefusalText", "export the audit log"),
    QT_TRANSLATE_NOOP("RefusalText", "see group figures"),
    QT_TRANSLATE_NOOP("RefusalText", "import class lists"),
    QT_TRANSLATE_NOOP("RefusalText", "create screening rounds"),
    QT_TRANSLATE_NOOP("RefusalText", "record a pupil's answers"),
    QT_TRANSLATE_NOOP("RefusalText", "erase a pupil"),
    QT_TRANSLATE_NOOP("RefusalText", "back up or restore the database"),
    QT_TRANSLATE_NOOP("RefusalText", "see the cases shared with them"),
    QT_TRANSLATE_NOOP("RefusalText", "see the figures of the whole municipality"),
    QT_TRANSLATE_NOOP("RefusalText", "confirm access to a school"),
    QT_TRANSLATE_NOOP("RefusalText", "trust other installations"),
    QT_TRANSLATE_NOOP("RefusalText", "send pupils' results to another installation"),
    QT_TRANSLATE_NOOP("RefusalText", "receive pupils' results from another installation"),
    QT_TRANSLATE_NOOP("RefusalText", "send group counts to the coordinator"),
    QT_TRANSLATE_NOOP("RefusalText", "receive group counts from schools"),
    // bundle records
    QT_TRANSLATE_NOOP("RefusalText", "a field is missing or has the wrong type"),
    QT_TRANSLATE_NOOP("RefusalText", "unknown record type"),
    QT_TRANSLATE_NOOP("RefusalText", "unknown instrument version"),
    QT_TRANSLATE_NOOP("RefusalText", "the instrument definition cannot be read"),
    QT_TRANSLATE_NOOP("RefusalText", "a reference that the bundle does not resolve"),
    QT_TRANSLATE_NOOP("RefusalText", "an answer outside its scale"),
    QT_TRANSLATE_NOOP("RefusalText", "an identity code of a pupil of another school"),
};
} // namespace

QString RefusalText::word(const QString& english)
{
    static const QHash<QString, const char*> known = [] {
        QHash<QString, const char*> words;
        for (const char* source : kWords)
            words.insert(QString::fromUtf8(source), source);
        return words;
    }();
    const auto it = known.constFind(english);
    return it == known.constEnd() ? english : tr(*it);
}

QString RefusalText::message(const Refusal& refusal)
{
    return coded(refusal);
}

QString RefusalText::noSuchId(const QString& thing, const QString& id)
{
    static const QHash<QString, const char*> sentences = {
        {QStringLiteral("user"), QT_TR_NOOP("user: no user with id %1")},
        {QStringLiteral("member"), QT_TR_NOOP("member: no user with id %1")},
        {QStringLiteral("school"), QT_TR_NOOP("schools: no school with id %1")},
        {QStringLiteral("class"), QT_TR_NOOP("class: no class with id %1")},
        {QStringLiteral("round"), QT_TR_NOOP("round: no round with id %1")},
        {QStringLiteral("action"), QT_TR_NOOP("action: no action with id %1")},
        {QStringLiteral("result"), QT_TR_NOOP("result: no result with id %1")},
        {QStringLiteral("share"), QT_TR_NOOP("share: no share with id %1")},
        {QStringLiteral("response"), QT_TR_NOOP("response: no response with id %1")},
        {QStringLiteral("pupil"), QT_TR_NOOP("pupil: no pupil with id %1")},
        {QStringLiteral("roundIds"), QT_TR_NOOP("roundIds: no round with id %1")},
        {QStringLiteral("schoolIds"), QT_TR_NOOP("schoolIds: no school with id %1")},
        {QStringLiteral("bundle"), QT_TR_NOOP("since: no bundle %1 was sent to that installation")},
    };
    const auto it = sentences.constFind(thing);
    if (it == sentences.constEnd())
        return tr("%1: nothing with id %2").arg(thing, id);
    return tr(*it).arg(id);
}

QString RefusalText::coded(const Refusal& refusal)
{
    using C = Refusal::Code;
    const QStringList& a = refusal.args;
    const QString field = word(at(a, 0));
    switch (refusal.code) {
    case C::FieldMissing:
        return tr("%1: missing").arg(field);
    case C::NameMissing:
        return tr("%1: the name is missing").arg(field);
    case C::TooLong:
        return tr("%1: at most %n characters", nullptr, number(a, 1)).arg(field);
    case C::TooShort:
        return tr("%1: at least %n characters", nullptr, number(a, 1)).arg(field);
    case C::OnlySpaces:
        return tr("%1: only spaces").arg(field);
    case C::NotADate:
        return tr("%1: not a date").arg(field);
    case C::Negative:
        return tr("%1: must not be negative").arg(field);
    case C::RequiredDate:
        return tr("%1: required").arg(field);
    case C::DateInFuture:
        return tr("%1: in the future").arg(field);
    case C::UserNameForm:
        return tr("%1: use 2 to 64 letters a-z, digits, '.', '_' or '-'").arg(field);
    case C::UserNameTaken:
        return tr("user name: '%1' is already in use").arg(at(a, 0));
    case C::NurseNameSame:
        return tr("nurse user name: must differ from the administrator's");
    case C::WrongPassword:
        return tr("old password: wrong password");
    case C::SchoolsNeeded:
        return tr("schools: a nurse or a welfare group needs at least one school (without one "
                  "the account sees nothing)");
    case C::SchoolsNotForRole:
        return tr("schools: only a nurse or a welfare group is assigned schools");
    case C::OwnAccount:
        return tr("user: an administrator cannot deactivate their own account");
    case C::SchoolExists:
        return tr("school: '%1' already exists").arg(at(a, 0));
    case C::RoundNameMissing:
        return tr("name: the round needs a name");
    case C::FollowUpDateRequired:
        return tr("follow-up date: required for a booked follow-up");
    case C::FollowUpDateNotBooked:
        return tr("follow-up date: only a booked follow-up has a date");
    case C::ResultNotOfPupil:
        return tr("result: not a result of this pupil");
    case C::NotAFollowUp:
        return tr("action: not a booked follow-up");
    case C::SearchTooShort:
        return tr("search: at least two letters of a name");
    case C::NoFlags:
        return tr("codes: the result has no flags");
    case C::NoSuchFlag:
        return tr("codes: the result has no flag '%1'").arg(at(a, 0));
    case C::OutputMissing:
        return tr("out: the file to write is missing");
    case C::FileNotWritten:
    case C::FileNotSaved:
        return tr("%1: cannot write the file (%2)").arg(at(a, 0), at(a, 1));
    case C::NotCaseTeamMember:
        return tr("member: a case is shared only with an active case team member");
    case C::AlreadyShared:
        return tr("member: the case is already shared with %1").arg(at(a, 0));
    case C::RoundsNotChosen:
        return tr("roundIds: choose at least one round");
    case C::NotAGrade:
        return tr("grades: %1 is not a grade (0 is \"not recorded\")").arg(at(a, 0));
    case C::NotAGender:
        return tr("genders: '%1' is not one of \"\" (all), female, male, other").arg(at(a, 0));
    case C::InstrumentNotChosen:
        return tr("instrumentId: choose an instrument");
    case C::NoSuchDomain:
        return tr("domainIds: instrument '%1' has no domain '%2'").arg(at(a, 0), at(a, 1));
    case C::FunnelBreakdown:
        return tr("breakdown: funnel plots compare classes, grades or schools");
    case C::FunnelReference:
        return tr("reference: schools are compared with the municipality, not with a school");
    case C::ThresholdTooLow:
        return tr("threshold: %1 is below the minimum %2; smaller groups could identify pupils")
            .arg(at(a, 0), at(a, 1));
    case C::NotOneOfYourSchools:
        return tr("schoolIds: school %1 is not one of your schools").arg(at(a, 0));
    case C::ThresholdAdminOnly:
        return tr("threshold: only an administrator may change the small-group threshold");
    case C::RoleMayNot:
        return tr("not allowed: %1 may not %2").arg(field, word(at(a, 1)));
    case C::SignedOut:
        return tr("not allowed: the account is not signed in or no longer active");
    case C::CaseNotShared:
        return tr("not allowed: this pupil's case has not been shared with you, or the share "
                  "has been withdrawn");
    case C::PupilNotInYourSchool:
        return tr("not allowed: the pupil is not in a school assigned to you");
    case C::WholeMunicipality:
        return tr("not allowed: only a coordinator sees the whole municipality");
    case C::SchoolNotYours:
        return a.isEmpty() ? tr("not allowed: the school is not assigned to you")
                           : tr("not allowed: the school '%1' is not assigned to you").arg(a[0]);
    case C::NoSuchSchoolToUse:
        return tr("school: there is no school '%1' (only an administrator adds schools)")
            .arg(at(a, 0));
    case C::SetupDone:
        return tr("set-up has already been done");
    case C::NotTheRecorder:
        return tr("not allowed: only the one who recorded an action can change it");
    case C::NotSameDay:
        return tr("not allowed: an action can be corrected or removed only on the day it was "
                  "recorded; record a new action instead");
    case C::NoPupilInYourSchools:
        return tr("not allowed: no such pupil in a school assigned to you");
    case C::CheckInWait:
        return tr("not allowed: too many wrong check-ins; try again in %n second(s)", nullptr,
                  number(a, 0));
    case C::CheckInLocked:
        return tr("not allowed: too many wrong check-ins; the nurse unlocks check-in with her PIN");
    case C::NotCheckedIn:
        return tr("not allowed: the pupil of this questionnaire has not checked in on this kiosk");
    case C::PasswordChangeRequired:
        return tr("not allowed: the password was reset; change it before anything else");
    case C::OwnGrant:
        return tr("not allowed: access to a school is confirmed by someone else than the one "
                  "who gets it");
    case C::SamePassword:
        return tr("new password: choose a password of your own, not the one you were given");
    case C::GrantDecided:
        return tr("this access has already been confirmed, refused or withdrawn");
    case C::BundleUnreadable:
        return tr("%1: not a Signaali bundle, or its header cannot be read").arg(at(a, 0));
    case C::BundleFormatTooNew:
        return tr("%1: the bundle has format version %2, newer than this Signaali reads; update "
                  "Signaali")
            .arg(at(a, 0), at(a, 1));
    case C::BundleSignatureBad:
        return tr("%1: the bundle's signature does not hold; it was changed after it was made")
            .arg(at(a, 0));
    case C::BundleNotForThisDevice:
        return tr("%1: the bundle is addressed to another installation").arg(at(a, 0));
    case C::BundleSchemaTooNew:
        return tr("%1: the bundle comes from a newer database (schema %2); update Signaali")
            .arg(at(a, 0), at(a, 1));
    case C::BundleAlreadyImported:
        return tr("%1: bundle %2 has already been imported; nothing changed")
            .arg(at(a, 0), at(a, 1));
    case C::BundleTruncated:
        return tr("%1: the bundle ends early (the file is incomplete)").arg(at(a, 0));
    case C::BundleDamaged:
        return tr("%1: the bundle's content is damaged or was changed").arg(at(a, 0));
    case C::BundleRecordInvalid:
        return tr("%1: record %2: %3").arg(at(a, 0), at(a, 1), word(at(a, 2)));
    case C::BundleSummaryIdentified:
        return tr("%1: record %2: a summary bundle may not carry data about a single pupil")
            .arg(at(a, 0), at(a, 1));
    case C::BundleKindMismatch:
        return tr("%1: the bundle's content does not match its signed header").arg(at(a, 0));
    case C::DeviceLineInvalid:
        return tr("%1:%2: not a Signaali device line (signaali-device ...)")
            .arg(at(a, 0), at(a, 1));
    case C::DeviceNameTaken:
        return tr("a device named '%1' is already trusted").arg(at(a, 0));
    case C::DeviceKnown:
        return tr("this installation is already trusted as '%1'").arg(at(a, 0));
    case C::DeviceIsThisOne:
        return tr("that is this installation's own device line");
    case C::SummaryOfOwnSchool:
        return tr("%1: this installation holds the school's own results; a summary of it is not "
                  "imported")
            .arg(at(a, 0));
    case C::BundleSenderUnknown:
        return tr("not allowed: %1 was made by an installation this one does not trust")
            .arg(at(a, 0));
    case C::BundleSenderRevoked:
        return tr("not allowed: %1 was made by '%2', whose trust has been revoked")
            .arg(at(a, 0), at(a, 1));
    case C::BundleTooIdentified:
        return tr("not allowed: pupils' identified data goes only to a nurse of their school");
    case C::NoDeviceName:
        return tr("no trusted device '%1'").arg(at(a, 0));
    case C::NoSuchPupil:
        return a.isEmpty() ? tr("no such pupil") : tr("pupil: no such pupil");
    case C::NoPupilKey:
        return tr("pupil: no pupil '%1'").arg(at(a, 0));
    case C::NoSuchId:
        return noSuchId(at(a, 0), at(a, 1));
    case C::NoUserName:
        return tr("user: no user '%1'").arg(at(a, 0));
    case C::NoRoundKey:
        return tr("no round '%1'").arg(at(a, 0));
    case C::NoInstrumentResults:
        return tr("instrument: no results of '%1' are stored").arg(at(a, 0));
    case C::DatabaseFailed:
        return tr("the database could not do this; nothing was changed");
    case C::AuditLogFailed:
        return tr("cannot write the audit log, so nothing was done");
    case C::PasswordHashFailed:
        return tr("cannot hash the password (out of memory?)");
    case C::EarlierVersionNotKept:
        return tr("cannot keep the version before the correction");
    case C::RemovedVersionNotKept:
        return tr("cannot keep the removed version");
    case C::TeamUnreadable:
        return tr("case team members could not be read");
    case C::DefinitionUnreadable:
        return tr("the stored definition of '%1' %2 cannot be read").arg(at(a, 0), at(a, 1));
    case C::RestoredWithoutLog:
        return tr("restored, but the audit log could not be written");
    case C::RoundExists:
        return tr("round: a round named '%1' already exists").arg(at(a, 0));
    case C::NotInProgress:
        return tr("response %1 is not in progress").arg(at(a, 0));
    case C::AlreadyCompleted:
        return tr("the pupil has already completed this screening");
    case C::BenchAccountName:
        return tr("a benchmark account's name starts with bench.");
    case C::NotADatabase:
        return tr("%1: not a Signaali database").arg(at(a, 0));
    case C::DatabaseTooNew:
        return tr("%1: made by a newer version of Signaali").arg(at(a, 0));
    case C::DatabaseDamaged:
        return tr("%1: the database is damaged").arg(at(a, 0));
    case C::DatabasePageDamaged:
        return tr("%1: page %2 of the database is damaged or has been changed")
            .arg(at(a, 0), at(a, 1));
    case C::DatabaseEncrypted:
        return tr("%1: the database is encrypted; sign in to open it").arg(at(a, 0));
    case C::AlreadyEncrypted:
        return tr("%1: the database is already encrypted").arg(at(a, 0));
    case C::DatabaseWrongKey:
        return tr("%1: the user name and password, or the recovery key, do not open this "
                  "database")
            .arg(at(a, 0));
    case C::OutputIsDatabase:
        return tr("%1: this is the database or one of its files; choose another file")
            .arg(at(a, 0));
    case C::OutputExists:
        return tr("%1: the file exists; give --force to replace it").arg(at(a, 0));
    case C::AuditChainBroken:
        if (at(a, 2) == QLatin1String("changed"))
            return tr("%1: the audit log has been tampered with: row %2 was changed")
                .arg(at(a, 0), at(a, 1));
        if (at(a, 2) == QLatin1String("inserted"))
            return tr("%1: the audit log has been tampered with: row %2 does not follow the row "
                      "before it")
                .arg(at(a, 0), at(a, 1));
        return tr("%1: the audit log has been tampered with: rows are missing at row %2")
            .arg(at(a, 0), at(a, 1));
    case C::BackupBeforeSetup:
        return tr("%1: the backup was made before set-up (it has no accounts); confirm the "
                  "replacement to restore it anyway")
            .arg(at(a, 0));
    case C::BackupOtherMunicipality:
        return tr("%1: the backup is of another municipality; confirm the replacement to "
                  "restore it anyway")
            .arg(at(a, 0));
    case C::BenchDemoOnly:
        return tr("benchmarks run on demo databases only (signaali-cli generate-demo); this one "
                  "has user accounts");
    case C::NoSchoolName:
        return tr("no school '%1'").arg(at(a, 0));
    case C::NoCheckInMatch:
        return tr("no pupil of the group has this code");
    case C::DatabaseCannotOpen:
        return tr("%1: the database cannot be opened").arg(at(a, 0));
    case C::DatabaseMissing:
        return tr("%1: no such database").arg(at(a, 0));
    case C::DatabaseBusy:
        return tr("%1: the database is busy (another program holds it); try again in a moment")
            .arg(at(a, 0));
    case C::DatabaseReadOnly:
        return tr("%1: the database file cannot be written (read-only)").arg(at(a, 0));
    case C::DatabaseInUse:
        return tr("%1: another Signaali program has the database open; close it first")
            .arg(at(a, 0));
    case C::DatabaseNotMigrated:
        return tr("%1: the database could not be brought up to date").arg(at(a, 0));
    case C::BackupNotWritten:
        return tr("%1: the backup could not be written").arg(at(a, 0));
    case C::BackupUnsound:
        return tr("%1: the backup did not pass its integrity check").arg(at(a, 0));
    case C::FileNotMoved:
        return tr("%1: the file could not be moved into place").arg(at(a, 0));
    }
    return tr("the database could not do this; nothing was changed");
}

} // namespace signaali
