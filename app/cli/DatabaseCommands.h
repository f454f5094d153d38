#pragma once

#include "db/storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

namespace signaali::cli {

// Opens --db, creating and migrating it; a refusal ends the command with exit 2.
// Opens --db. Only the commands that make a database (init, setup,
// generate-demo) pass create: elsewhere a mistyped path is refused, not
// answered from a new empty database.
enum class Create { No, Yes };
std::unique_ptr<db::Database> openDatabase(const QCommandLineParser& parser,
                                           Create create = Create::No);

// The master key of an encrypted --db, unlocked with --user's password;
// nullptr for a plaintext one. Refused (exit 3) for a wrong password.
std::shared_ptr<SecureKey> unlockKey(const QCommandLineParser& parser, const QString& command);

// init, backup, restore, check: the database file itself.
int runInit(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runRestore(const QStringList& arguments);
int runCheck(const QStringList& arguments);

} // namespace signaali::cli
