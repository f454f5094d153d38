#pragma once

#include "db/Outcome.h"
#include "db/storage/Database.h"

#include <QString>

// The file work of a backup and a restore, unchecked: Backup::createAs and
// restoreAs check the user and log what was done.
namespace signaali::db::backupfile {

// Writes a consistent copy of the open database to `target` (VACUUM INTO a
// temporary file, checked, then renamed), while the database stays in use.
Outcome<Done> copyInto(Database& database, const QString& target);
// Replaces the database at `databasePath` with `backupFile` after the backup
// passes a full integrity check and the version checks of Database::open().
// The replaced files are kept beside it as *.before-restore-*. The database
// must not be open.
Outcome<Done> replace(const QString& backupFile, const QString& databasePath);

} // namespace signaali::db::backupfile
