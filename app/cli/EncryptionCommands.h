#pragma once

#include "core/Refusal.h"

#include <QStringList>
#include <optional>

namespace signaali::cli {

// encrypt, recover: the database's encryption (docs/encryption.md).
int runEncrypt(const QStringList& arguments);
int runRecover(const QStringList& arguments);

// Writes the recovery sheet (owner-only, never over an existing file): the
// key that opens the database when every password is lost. Called before the
// encrypted file takes the plaintext one's place, so a sheet that cannot be
// written stops the conversion.
std::optional<Refusal> writeRecoverySheet(const QString& file, const QString& databasePath,
                                          const QString& recoveryKey);

} // namespace signaali::cli
