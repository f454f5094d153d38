#pragma once

#include "core/Clock.h"
#include "core/SecureKey.h"
#include "db/Outcome.h"
#include "db/admin/UserStore.h"

#include <QString>
#include <memory>

namespace signaali::db {

class Database;

// Unlocking an encrypted database (docs/encryption.md): an account's password
// opens its key slot, the recovery sheet's key opens the recovery slot. Either
// gives the master key that Database::unlock() takes; a wrong one is refused
// without saying whether the user name has a slot.
class DatabaseKeys
{
public:
    static bool isEncrypted(const QString& path);
    static Outcome<std::shared_ptr<SecureKey>> unlock(const QString& path, const QString& username,
                                                      const QString& password);
    static Outcome<std::shared_ptr<SecureKey>> unlockWithRecoveryKey(const QString& path,
                                                                     const QString& recoveryKey);
    // Signs in to `database`, unlocking it first when it is encrypted and
    // locked: the password opens the account's key slot, then the account is
    // checked as always (UserStore::signIn). A password that opens no slot is
    // refused like any wrong password; Argon2id's cost is what slows guessing,
    // since nothing can be recorded in a file that cannot be read yet.
    static SignInResult signIn(Database& database, const QString& username, const QString& password,
                               const Clock& clock = Clock::system());
};

} // namespace signaali::db
