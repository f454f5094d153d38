#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>
#include <optional>

namespace signaali::db {

struct NewUser
{
    QString username; // 2-64 of a-z 0-9 . _ - ; stored in lower case
    QString displayName;
    Role role = Role::Nurse;
    QString password;        // at least kMinimumPasswordLength characters
    QList<qint64> schoolIds; // nurse and welfare group only
};

// What the administrator changes in an existing account; unset: left as it is.
struct UserChanges
{
    std::optional<QString> displayName;
    std::optional<QList<qint64>> schoolIds; // replaces the schools
    std::optional<bool> active;
};

struct UserInfo
{
    qint64 id = 0;
    QString uuid;
    QString username;
    QString displayName;
    Role role = Role::Nurse;
    bool active = true;
    QList<qint64> schoolIds;
    QStringList schoolNames; // in the order of schoolIds
    // Schools given by the administrator that wait for a second person's confirmation.
    QList<qint64> pendingSchoolIds;
    QStringList pendingSchoolNames;
    bool mustChangePassword = false; // a one-time password not yet changed
    QString createdAt;
};

// The administrator's work on accounts and schools. Every call checks the
// signed-in user's permission in db/ and audits each change.
class UserAdmin
{
public:
    explicit UserAdmin(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // A nurse's schools wait for a second person's confirmation (AccessGrants).
    Outcome<qint64> createUser(const SignedInUser& admin, const NewUser& user);
    // For another account the password is one-time: it must be changed at the
    // next sign-in, and the reset is shown to the account and its schools' nurses.
    Outcome<Done> setPassword(const SignedInUser& admin, qint64 userId, const QString& password);
    // Changes the name, schools and whether the account is active, all or
    // nothing after every part has been checked; each part that changes is
    // audited. A nurse or welfare group keeps at least one school.
    Outcome<Done> updateUser(const SignedInUser& admin, qint64 userId, const UserChanges& changes);
    // Replaces the user's schools (updateUser).
    Outcome<Done> assignSchools(const SignedInUser& admin, qint64 userId,
                                const QList<qint64>& schoolIds);
    // A deactivated account cannot sign in; its history stays (updateUser).
    Outcome<Done> setActive(const SignedInUser& admin, qint64 userId, bool active);
    Outcome<QList<UserInfo>> users(const SignedInUser& admin);
    // By user name (admin).
    Outcome<UserInfo> user(const SignedInUser& admin, const QString& username);
    Outcome<qint64> createSchool(const SignedInUser& admin, const QString& name);

private:
    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
