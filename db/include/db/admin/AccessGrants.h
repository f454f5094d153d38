#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/AuditLog.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>

namespace signaali::db {

// A school given to an account by the administrator, and what became of it.
struct AccessGrant
{
    qint64 id = 0;
    qint64 userId = 0;
    QString username;
    QString displayName;
    qint64 schoolId = 0;
    QString schoolName;
    QString requestedBy; // display name; empty at first set-up
    QString requestedAt;
    QString status; // pending, confirmed, refused, withdrawn
    QString decidedBy;
    QString decidedAt;
    bool firstSetup = false; // the first nurse's, which nobody could confirm
};

// Something an account should know about its schools or itself: a new
// account given access to one of its schools, or a password reset (its own,
// or of an account in one of its schools).
struct AccessNotice
{
    enum class Kind { Grant, Reset };
    Kind kind = Kind::Grant;
    qint64 id = 0;        // the grant's or the reset's
    QString account;      // "Display Name (username)"
    QString schoolName;   // a grant's school
    QString by;           // who asked for the grant or reset the password
    QString at;           // when (UTC ISO 8601)
    QString confirmedBy;  // a grant's second person; empty at first set-up
    bool aboutMe = false; // the reset of the reader's own password
    int markedRows = 0;   // aboutMe: audit rows made under the account since the reset
};
QString accessNoticeKindId(AccessNotice::Kind kind); // grant, reset

// The four-eyes principle for identified data: access the administrator gives
// to a school's pupils takes effect when a second person confirms it, a nurse
// of that school or, where it has none, the coordinator. Notices tell the
// nurses of a school who gained access to it and whose password was reset.
class AccessGrants
{
public:
    explicit AccessGrants(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // The pending grants this user may confirm or refuse.
    Outcome<QList<AccessGrant>> pending(const SignedInUser& user);
    // Confirming puts the school among the account's schools at once; both are
    // audited. A grant out of the user's reach reads as one that does not exist.
    Outcome<Done> confirm(const SignedInUser& user, qint64 grantId);
    Outcome<Done> refuse(const SignedInUser& user, qint64 grantId);
    // The notices the user has not yet marked seen, oldest first.
    Outcome<QList<AccessNotice>> notices(const SignedInUser& user);
    // The rows of the log made under the user's own account after a reset of
    // their password (the ones marked "[after password reset N]").
    Outcome<QList<AuditEntry>> markedEntries(const SignedInUser& user, qint64 resetId);
    // Marks every notice shown by notices() seen; from then on the account's
    // rows are no longer marked.
    Outcome<Done> markSeen(const SignedInUser& user);

private:
    Outcome<Done> decide(const SignedInUser& user, qint64 grantId, bool confirm);

    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
