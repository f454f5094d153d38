#pragma once

#include "db/storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

namespace signaali::cli {

// Opens --db, creating and migrating it; a refusal ends the command with exit 2.
std::unique_ptr<db::Database> openDatabase(const QCommandLineParser& parser);

// init, backup, restore, check: the database file itself.
int runInit(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runRestore(const QStringList& arguments);
int runCheck(const QStringList& arguments);

} // namespace signaali::cli
