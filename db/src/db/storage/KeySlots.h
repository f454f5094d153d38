#pragma once

#include "core/KeyHeader.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace signaali::db::keyslots {

// The key slots of the database behind a connection, kept in step with its
// accounts: a password set or changed gets a slot wrapped for it, a
// deactivated account loses its slot. On a plaintext database each is a no-op.
//
// Called inside the account's transaction after its first write, so SQLite's
// write lock keeps two processes from rewriting the key area at once.

// Database registers each open connection with its file and master key.
void attach(const QString& connectionName, const QString& path, std::shared_ptr<SecureKey> key);
void detach(const QString& connectionName);
bool isEncrypted(const QSqlDatabase& db);
// How many connections' keys are held here now.
int attachedCount();
// The master key behind an encrypted connection (for its backups); nullptr if plaintext.
std::shared_ptr<SecureKey> keyOf(const QSqlDatabase& db);

// The empty string on success, else why the key area could not be written.
QString setPassword(const QSqlDatabase& db, const QString& username, const QString& password);
QString remove(const QSqlDatabase& db, const QString& username);

// The Argon2id cost of new slots; tests in this process may lower it.
KdfCost cost();
void setCostForTests(const KdfCost& cost);

} // namespace signaali::db::keyslots
