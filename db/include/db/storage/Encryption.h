#pragma once

#include "db/Outcome.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace signaali::db {

struct KnownPassword
{
    QString username;
    QString password;
};

struct EncryptionResult;

struct EncryptionRequest
{
    QString path;
    QString username; // an active administrator of the database, who signs in
    QString password;
    // Accounts whose passwords are known too (the first nurse at set-up);
    // every other active account gets a one-time password.
    QList<KnownPassword> others;
    // Called with the recovery key and the one-time passwords before the
    // encrypted file takes the plaintext one's place; a refusal (they could
    // not be kept) stops the conversion with nothing changed.
    std::function<std::optional<Refusal>(const EncryptionResult&)> keep = {};
};

struct OneTimePassword
{
    QString username;
    QString displayName;
    QString password;
};

struct EncryptionResult
{
    QString recoveryKey; // the recovery sheet's key: shown once, stored nowhere
    QList<OneTimePassword> oneTimePasswords;
};

// Converts a plaintext database into an encrypted one (docs/encryption.md):
// written to "<db>.encrypting", checked in full and against the original's
// row counts, swapped in with one rename, and the plaintext file then
// overwritten and removed. Killed at any point, the path holds either the whole
// plaintext file or the whole encrypted one; the next open tidies up.
class Encryption
{
public:
    static Outcome<EncryptionResult> encrypt(const EncryptionRequest& request);
    // With the recovery sheet's key: gives the active administrator `username`
    // the password `newPassword` (and so a key slot again); audited.
    static Outcome<Done> recover(const QString& path, const QString& recoveryKey,
                                 const QString& username, const QString& newPassword);
    // What an interrupted conversion left beside `path`: the half-written copy
    // is removed, a plaintext file already replaced is overwritten and removed.
    static void finishInterrupted(const QString& path);
};

} // namespace signaali::db
