#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/admin/Organisation.h"

#include <QSqlDatabase>
#include <optional>

namespace signaali::db {

// What the first start asks for (one transaction: all of it or nothing).
struct FirstSetup
{
    QString municipality;
    QString school;
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
    QString nurseUsername;
    QString nurseDisplayName;
    QString nursePassword;
};

struct SignInResult
{
    enum class Status {
        SignedIn,
        Refused,   // wrong user name or password, or a deactivated account: never says which
        Throttled, // too many wrong passwords: try again after waitSeconds
        Failed,    // the database failed
    };
    Status status = Status::Refused;
    std::optional<SignedInUser> user;
    int waitSeconds = 0; // Refused or Throttled: how long until the next attempt is heard
    QString message;     // for the user; never says whether the user name exists
    // Signed in with a one-time password: changeOwnPassword before anything else.
    bool passwordChangeRequired = false;
};
QString signInStatusId(SignInResult::Status status); // signed_in, refused, throttled, failed

// First set-up, sign-in with throttling and one's own password; the
// administrator's work on accounts is UserAdmin. Passwords are kept only as Argon2id hashes
// (Secret, libsodium crypto_pwhash_str).
class UserStore
{
public:
    static constexpr int kMinimumPasswordLength = 10;
    static constexpr int kFreeAttempts = 3; // wrong passwords before any wait
    static constexpr int kMaximumWaitSeconds = 300;
    // The wait after `failures` consecutive wrong passwords: 0 for the first
    // three, then 2^(failures-3) seconds, at most five minutes.
    static int waitAfterFailures(int failures);

    // Each sign-in records the audit log's head outside the file (AuditLog);
    // `recordHeads` false for a database not yet in its place (a backup being
    // restored, whose timeline may still be thrown away).
    explicit UserStore(QSqlDatabase& db, const Clock& clock = Clock::system(),
                       bool recordHeads = true)
        : m_db(db), m_clock(clock), m_recordHeads(recordHeads)
    {
    }

    // True while there is no administrator: the first start must run set-up.
    bool needsSetup();
    // Creates the municipality, the first school, the administrator and a nurse
    // assigned to the school, in one transaction. Refused once set-up has run.
    Outcome<Done> runFirstSetup(const FirstSetup& setup);

    // Checks the password; refuses while a wait from earlier wrong passwords
    // runs, without checking the password then.
    SignInResult signIn(const QString& username, const QString& password);
    // The signed-in user changes their own password (the old one is checked).
    Outcome<Done> changeOwnPassword(const SignedInUser& user, const QString& oldPassword,
                                    const QString& newPassword);

    // The schools the user works in (nurse, welfare group), or all schools for
    // the admin and coordinator; not identified data.
    Outcome<QList<SchoolInfo>> schoolsOf(const SignedInUser& user);

private:
    QSqlDatabase& m_db;
    const Clock& m_clock;
    bool m_recordHeads = true;
};

} // namespace signaali::db
