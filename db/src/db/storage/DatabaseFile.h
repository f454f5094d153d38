#pragma once

#include "core/SecureKey.h"
#include "db/storage/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

struct sqlite3;

namespace signaali::db::detail {

// The pieces of opening a database file that Database, its checks and its
// unlocking share: connections (through the crypt VFS with a key token) and
// the refusals a file earns before and after SQLite looks at it.

enum class Depth { None, Quick, Full };

QVariant pragma(QSqlDatabase& db, const QString& name);
// The sqlite3 connection behind a QSQLITE connection; nullptr when there is none.
sqlite3* sqliteHandle(QSqlDatabase& db);
bool hasSqliteHeader(const QString& path);
// SQLite's process-wide settings, made before its first use: called before
// anything opens a connection or registers a VFS.
void configureSqlite();
QSqlDatabase openConnection(const QString& path, bool readOnly, const QString& keyToken = {});
// A new encrypted file: SQLite's page size and reserved bytes must be the
// ones the crypt VFS stores the nonce and tag in, before anything is written.
bool reserveForEncryption(QSqlDatabase& db);
void closeConnection(QSqlDatabase& db);
bool isBusy(const QString& sqlError);
// The refusals, checked on an open connection; `auditChainVersion` and newer
// files have their audit chain verified by a full check.
std::optional<OpenError> check(QSqlDatabase& db, const QString& path, Depth depth,
                               int auditChainVersion);
// Whether the file's first bytes fit what the caller holds; the refusal if not.
std::optional<OpenError> headerRefusal(const QString& path, const SecureKey* key);

} // namespace signaali::db::detail
