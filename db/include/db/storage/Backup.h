#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/storage/Database.h"

#include <QString>

namespace signaali::db {

// Online backup and restore of a Signaali database file.
class Backup
{
public:
    // Writes a consistent copy of the open database to `target`, checked, while
    // the database stays in use; replaces a database with a backup that passes
    // a full integrity check, keeping the replaced files beside it.
    // The user: an administrator (or nobody before set-up, see
    // AccessRules). A backup is logged (export.backup) once it is made; a
    // restore is logged in the restored database (change.restored), since it
    // replaces the log with the backup's. Only a damaged database is replaced
    // without asking its administrator.
    static Outcome<Done> createAs(Database& database, const SignedInUser& user,
                                  const QString& target, const Clock& clock = Clock::system());
    static Outcome<Done> restoreAs(const QString& backupFile, const QString& databasePath,
                                   const SignedInUser& user, const Clock& clock = Clock::system());
};

} // namespace signaali::db
