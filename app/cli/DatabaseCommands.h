#pragma once

#include "db/storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

namespace signaali::cli {

// Opens --db, creating and migrating it; a refusal ends the command with exit 2.
std::unique_ptr<db::Database> openDatabase(const QCommandLineParser& parser);

int runInit(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runRestore(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runImportRoster(const QStringList& arguments);
int runPupils(const QStringList& arguments);
int runErase(const QStringList& arguments);
int runRounds(const QStringList& arguments);
int runRecord(const QStringList& arguments);
int runResults(const QStringList& arguments);
int runGenerateDemo(const QStringList& arguments);

} // namespace signaali::cli
