#include "db/storage/DatabaseKeys.h"

#include "core/RecoveryKey.h"
#include "db/storage/Database.h"
#include "db/storage/KeyArea.h"

#include <QFileInfo>

namespace signaali::db {

namespace {
Outcome<KeyHeader> headerOf(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Refusal::of(Refusal::Code::DatabaseMissing, {path});
    if (!keyarea::looksEncrypted(path))
        return Refusal::of(Refusal::Code::NotADatabase, {path}, QStringLiteral("not encrypted"));
    auto header = keyarea::read(path);
    if (!header)
        return Refusal::of(Refusal::Code::DatabaseDamaged, {path},
                           QStringLiteral("the key area cannot be read"));
    return *header;
}
} // namespace

bool DatabaseKeys::isEncrypted(const QString& path)
{
    return keyarea::looksEncrypted(path);
}

Outcome<std::shared_ptr<SecureKey>>
DatabaseKeys::unlock(const QString& path, const QString& username, const QString& password)
{
    const auto header = headerOf(path);
    if (!header)
        return header.refusal;
    if (auto key = header->unlockAccount(username, password))
        return key;
    return Refusal::of(Refusal::Code::DatabaseWrongKey, {path});
}

Outcome<std::shared_ptr<SecureKey>> DatabaseKeys::unlockWithRecoveryKey(const QString& path,
                                                                        const QString& recoveryKey)
{
    const auto header = headerOf(path);
    if (!header)
        return header.refusal;
    const auto secret = RecoveryKey::parseSecret(recoveryKey);
    if (!secret)
        return Refusal::of(
            Refusal::Code::DatabaseWrongKey, {path},
            QStringLiteral("not a recovery key (a character or the check is wrong)"));
    if (auto key = header->unlockRecovery(*secret))
        return key;
    return Refusal::of(Refusal::Code::DatabaseWrongKey, {path});
}

SignInResult DatabaseKeys::signIn(Database& database, const QString& username,
                                  const QString& password, const Clock& clock)
{
    const bool wasLocked = !database.isOpen();
    if (wasLocked) {
        const auto key = unlock(database.path(), username, password);
        if (!key) {
            SignInResult refused;
            refused.status = key.refusal.code == Refusal::Code::DatabaseWrongKey
                                 ? SignInResult::Status::Refused
                                 : SignInResult::Status::Failed;
            refused.message = refused.status == SignInResult::Status::Refused
                                  ? QStringLiteral("Wrong user name or password.")
                                  : key.error();
            return refused;
        }
        if (const auto problem = database.unlock(*key)) {
            SignInResult failed;
            failed.status = SignInResult::Status::Failed;
            failed.message = problem->toString();
            return failed;
        }
    }
    SignInResult result = UserStore(database.connection(), clock).signIn(username, password);
    // Opened for this sign-in and then refused (a deactivated account, a wait):
    // the file closes again and the key goes.
    if (wasLocked && result.status != SignInResult::Status::SignedIn)
        database.lock();
    return result;
}

} // namespace signaali::db
