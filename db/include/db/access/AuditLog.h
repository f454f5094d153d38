#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace signaali::db {

// The stable action ids written to audit_log.action.
namespace audit {
inline const QString SignIn = QStringLiteral("sign_in");
// A refused or throttled sign-in: the user name as typed, never the password.
inline const QString SignInFailed = QStringLiteral("sign_in_failed");
inline const QString VerifyAuditLog = QStringLiteral("view.audit_verify");
inline const QString Setup = QStringLiteral("setup");
inline const QString ViewOverview = QStringLiteral("view.class_overview");
inline const QString ViewAttention = QStringLiteral("view.attention");
inline const QString ViewProfile = QStringLiteral("view.profile");
inline const QString ViewCase = QStringLiteral("view.case");
inline const QString ViewShares = QStringLiteral("view.shares");
inline const QString ViewFollowUps = QStringLiteral("view.follow_ups");
inline const QString ViewFlagOutcomes = QStringLiteral("view.flag_outcomes");
inline const QString ViewPupilList = QStringLiteral("view.pupil_list");
inline const QString ViewResults = QStringLiteral("view.results");
inline const QString ViewAccessLog = QStringLiteral("view.access_log");
inline const QString ExportAuditLog = QStringLiteral("export.audit_log");
inline const QString ExportResults = QStringLiteral("export.results");
inline const QString ExportCheckInCodes = QStringLiteral("export.checkin_codes");
inline const QString ExportFigures = QStringLiteral("export.figures"); // aggregates only
inline const QString ExportSummary = QStringLiteral("export.summary"); // a printed visit summary
// a printed list of who in a class has answered (names and status, no results)
inline const QString ExportAnsweredList = QStringLiteral("export.answered_list");
inline const QString FlagHandled = QStringLiteral("change.flag_handled");
inline const QString CaseAction = QStringLiteral("change.case_action");
inline const QString FollowUpDone = QStringLiteral("change.follow_up_done");
inline const QString CaseShared = QStringLiteral("change.case_shared");
inline const QString CaseUnshared = QStringLiteral("change.case_unshared");
inline const QString UserCreated = QStringLiteral("change.user_created");
inline const QString PasswordSet = QStringLiteral("change.password");
inline const QString SchoolsAssigned = QStringLiteral("change.schools_assigned");
inline const QString UserActive = QStringLiteral("change.user_active");
inline const QString UserRenamed = QStringLiteral("change.user_renamed");
inline const QString SchoolCreated = QStringLiteral("change.school_created");
inline const QString RosterImported = QStringLiteral("change.roster_imported");
// A class list named a pupil of a school the importer has no access to; detail: the school imported
// into.
inline const QString RosterNamedElsewhere = QStringLiteral("view.roster_named_elsewhere");
inline const QString RoundCreated = QStringLiteral("change.round_created");
inline const QString AnswersRecorded = QStringLiteral("change.answers_recorded");
inline const QString PupilErased = QStringLiteral("change.pupil_erased");
inline const QString ThresholdChanged = QStringLiteral("change.small_group_threshold");
inline const QString ExportDatabase = QStringLiteral("export.backup");
inline const QString DatabaseRestored = QStringLiteral("change.restored");
// The plaintext file converted to an encrypted one; the recovery key opened it.
inline const QString DatabaseEncrypted = QStringLiteral("change.database_encrypted");
inline const QString RecoveryKeyUsed = QStringLiteral("change.recovery_key_used");
inline const QString ViewKiosk = QStringLiteral("view.kiosk_live"); // the nurse's live view
// Another installation trusted or its trust revoked (detail: its name and key id);
// a bundle made (detail: its id, kind and recipient) or imported (per pupil it
// brought or changed, and once for the bundle).
inline const QString DeviceTrusted = QStringLiteral("change.device_trusted");
inline const QString DeviceRevoked = QStringLiteral("change.device_revoked");
inline const QString BundleExported = QStringLiteral("export.bundle");
inline const QString BundleImported = QStringLiteral("change.bundle_imported");
// An identified bundle named, by identity code, a pupil of a school out of the
// receiving nurse's reach: logged under that pupil although the import is refused.
inline const QString BundleNamedElsewhere = QStringLiteral("view.bundle_named_elsewhere");
inline const QString ViewBundleConflicts = QStringLiteral("view.bundle_conflicts");
// A wrong birthday or code at the kiosk, under the pupil tried; the attempt that
// locked check-in; the nurse unlocking it with her PIN.
// Access to a school's identified data: asked for by the administrator,
// confirmed or refused by a second person; a password set by the
// administrator for someone else; a notice seen.
inline const QString AccessRequested = QStringLiteral("change.access_requested");
inline const QString AccessConfirmed = QStringLiteral("change.access_confirmed");
inline const QString AccessRefused = QStringLiteral("change.access_refused");
inline const QString PasswordReset = QStringLiteral("change.password_reset");
inline const QString NoticeSeen = QStringLiteral("view.notice_seen");
inline const QString CheckInFailed = QStringLiteral("kiosk.checkin_failed");
inline const QString CheckInLocked = QStringLiteral("kiosk.checkin_locked");
inline const QString CheckInUnlocked = QStringLiteral("kiosk.checkin_unlocked");
} // namespace audit

// One row of the audit log. The pupil is recorded by uuid only, so erasing the
// pupil leaves no name behind in the log.
struct AuditEntry
{
    qint64 id = 0;
    QString at; // UTC ISO 8601 with milliseconds
    qint64 userId = 0;
    QString username;
    QString role; // roleId() at the time
    QString action;
    QString pupilUuid; // empty when no single pupil was concerned
    QString detail;    // what was seen or changed; never names
};

// A view of one of a nurse's pupils, for "who has seen my pupils' data".
struct PupilAccess
{
    AuditEntry entry;
    QString lastName; // the pupil's, for the nurse's own list
    QString firstName;
};

// What walking the hash chain found: every row whole and linked to the one
// before it, or the first row where the chain breaks.
struct AuditChainCheck
{
    enum class Problem {
        None,
        Changed,  // the row's content is not what was hashed when it was written
        Inserted, // the row does not link to the row before it (added, or that row changed)
        Removed,  // rows are missing before this id (or after the last row)
    };
    int rows = 0;
    Problem problem = Problem::None;
    qint64 firstBadId = 0; // the first row where the chain breaks
    qint64 headId = 0;     // the last row that checks out, and its hash
    QString head;
    bool ok() const { return problem == Problem::None; }
};
QString auditChainProblemId(AuditChainCheck::Problem problem); // none, changed, inserted, removed

struct AuditFilter
{
    QDateTime from; // invalid: no lower bound
    QDateTime to;   // invalid: no upper bound (exclusive)
    QString pupilUuid;
    bool othersOnly = false; // accessToMyPupils: leave out the nurse's own views
    int limit = 1000;        // 0: no limit; exportCsv writes every matching row
};

// The append-only audit log (audit_log; triggers refuse UPDATE and DELETE).
// Every view of identified data, every export and every change is written by
// the same function that reads or changes the data.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // One row, chained to the one before it (a hash chain: AuditChainCheck);
    // refused (audit_log_failed) when it could not be written.
    Outcome<Done> append(const SignedInUser& user, const QString& action,
                         const QString& pupilUuid = {}, const QString& detail = {});
    // One row per pupil, all in one transaction (a class overview, a list).
    Outcome<Done> appendForPupils(const SignedInUser& user, const QString& action,
                                  const QStringList& pupilUuids, const QString& detail = {});

    // The rows made under the account after password reset `resetId` and before
    // its owner saw it: those whose detail ends in " [after password reset N]".
    // The caller decides who may read them (AccessGrants::markedEntries).
    Outcome<QList<AuditEntry>> markedAfterReset(qint64 userId, qint64 resetId);
    // A sign-in that was refused or throttled, under the user name as typed.
    Outcome<Done> appendFailedSignIn(const QString& typedUsername, const QString& detail);

    // Walks the whole chain (administrator); itself logged.
    Outcome<AuditChainCheck> verify(const SignedInUser& admin);
    // The same for signaali-cli check, which reads the file without signing
    // in: the chain holds no identified data, only whether it is whole.
    static Outcome<AuditChainCheck> verifyFile(QSqlDatabase& db);

    // Views and changes of the nurse's pupils' data by anyone, newest first.
    // Itself logged (view.access_log).
    Outcome<QList<PupilAccess>> accessToMyPupils(const SignedInUser& nurse,
                                                 const AuditFilter& filter = {});
    // The whole log (admin), oldest first.
    Outcome<QList<AuditEntry>> entries(const SignedInUser& admin, const AuditFilter& filter = {});
    // Writes the log as CSV (at,username,role,action,pupil_uuid,detail) to `path`
    // (admin); returns the number of rows. The export is itself logged. The
    // file is owner-only; an existing one is replaced only with `replace`, and
    // the database's own files never (core/OutputFile).
    Outcome<int> exportCsv(const SignedInUser& admin, const QString& path,
                           const AuditFilter& filter = {}, bool replace = false);

private:
    // The mark appended to every row under an account while it has a password
    // reset its owner has not seen; empty otherwise.
    QString resetMark(qint64 userId);
    static QString resetMarkText(qint64 resetId);
    // The rows `filter` chooses, oldest first (limit 0: all of them).
    bool selectEntries(QSqlQuery& query, const AuditFilter& filter);

    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
