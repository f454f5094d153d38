#pragma once

#include "db/Outcome.h"
#include "db/storage/Database.h"

#include <QString>

// The file work of a backup and a restore, unchecked: Backup::createAs and
// restoreAs check the user and log what was done.
namespace signaali::db::backupfile {

// Writes a consistent copy of the open database to `target` (VACUUM INTO an
// owner-only file beside it, checked, then renamed over it), while the
// database stays in use. The target is checked as core/OutputFile does: never
// one of the database's own files, an existing file only with `replace`.
Outcome<Done> copyInto(Database& database, const QString& target, bool replace = false);
// Replaces the database at `databasePath` with `backupFile` after the backup
// passes a full integrity check and the version checks of Database::open().
// The replaced files are kept beside it as *.before-restore-*. The database
// must not be open.
Outcome<Done> replace(const QString& backupFile, const QString& databasePath);

// The two halves of replace(): a checked owner-only copy of the backup beside
// the database (its path), and moving it into the database's place.
Outcome<QString> stage(const QString& backupFile, const QString& databasePath,
                       std::shared_ptr<SecureKey> key = nullptr);
Outcome<Done> swapIn(const QString& staging, const QString& databasePath);
// Removes a staged copy that will not be used, with its -wal, -shm and -lock.
void discard(const QString& staging);

} // namespace signaali::db::backupfile
