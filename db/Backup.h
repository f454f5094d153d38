#pragma once

#include "Database.h"

#include <QString>
#include <optional>

namespace signaali::db {

// Online backup and restore of a Signaali database file.
class Backup
{
public:
    // Writes a consistent copy of the open database to `target` (VACUUM INTO a
    // temporary file, then renamed), while the database stays in use.
    static std::optional<QString> create(Database& database, const QString& target);
    // Replaces the database at `databasePath` with `backupFile` after the backup
    // passes a full integrity check and the version checks of Database::open().
    // The replaced files are kept beside it as *.before-restore. The database
    // must not be open.
    static std::optional<QString> restore(const QString& backupFile, const QString& databasePath);
};

} // namespace signaali::db
