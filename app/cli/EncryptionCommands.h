#pragma once

#include <QStringList>

namespace signaali::cli {

// encrypt, recover: the database's encryption (docs/encryption.md).
int runEncrypt(const QStringList& arguments);
int runRecover(const QStringList& arguments);

// Writes the recovery sheet (owner-only, never over an existing file): the
// key that opens the database when every password is lost.
void writeRecoverySheet(const QString& file, const QString& databasePath,
                        const QString& recoveryKey, const QString& command);

} // namespace signaali::cli
