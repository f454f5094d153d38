#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/storage/Database.h"

#include <QString>

namespace signaali::db {

// What a restore needs: the backup, the database it replaces, and the
// credentials of an administrator, checked against the backup (and against the
// database being replaced, when that one can still be read).
struct RestoreRequest
{
    QString backupFile;
    QString databasePath;
    QString username;
    QString password;
    // Restore a backup made before set-up, or one of another municipality.
    bool confirmReplace = false;
};

// Online backup and restore of a Signaali database file.
class Backup
{
public:
    // Writes a consistent copy of the open database to `target`, checked and
    // owner-only, while the database stays in use. The user: an administrator
    // (or nobody before set-up, see AccessRules); logged (export.backup) once
    // made. `replace`: an existing file at `target` may be replaced (never one
    // of the database's own files).
    static Outcome<Done> createAs(Database& database, const SignedInUser& user,
                                  const QString& target, bool replace = false,
                                  const Clock& clock = Clock::system());
    // Replaces a database with a backup that passes a full integrity check,
    // keeping the replaced files beside it (*.before-restore-<time>). Refused:
    // a database another Signaali program has open, or one that is busy,
    // read-only, newer or not Signaali's (a damaged one may be replaced); a
    // backup before set-up or of another municipality unless confirmed; and
    // anyone but an administrator of the backup (and of the replaced database
    // while it can be read). Logged in the restored database
    // (change.restored), since the backup's log replaces the old one.
    static Outcome<Done> restoreAs(const RestoreRequest& request,
                                   const Clock& clock = Clock::system());
};

} // namespace signaali::db
