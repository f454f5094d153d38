// init, backup, restore, check: the database file as a whole.
#include "cli/DatabaseCommands.h"

#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "db/admin/Organisation.h"
#include "db/storage/Backup.h"

#include <QFileInfo>

namespace signaali::cli {

std::unique_ptr<db::Database> openDatabase(const QCommandLineParser& parser)
{
    db::OpenError error;
    auto database = db::Database::open(databasePath(parser), &error);
    if (!database)
        badInput(error.toString());
    return database;
}

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Creates the database, or migrates it to this version's schema."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("municipality"), QStringLiteral("Name of the municipality."),
                      QStringLiteral("NAME")});
    parseOrFail(parser, arguments, QStringLiteral("init"));
    auto database = openDatabase(parser);
    if (parser.isSet(QStringLiteral("municipality")))
        take(db::municipalityBeforeSetup(database->connection(),
                                         parser.value(QStringLiteral("municipality"))),
             QStringLiteral("init: --municipality"));
    printLine(QStringLiteral("%1: Signaali database, schema version %2")
                  .arg(database->path())
                  .arg(database->schemaVersion()));
    return Ok;
}

int runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a consistent copy of the database while it is in use\n"
                       "(an administrator; audited)."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Backup file to write."));
    parseOrFail(parser, arguments, QStringLiteral("backup"));
    if (parser.positionalArguments().size() != 1)
        badInput(QStringLiteral("backup: expected exactly one FILE"));
    auto database = openDatabase(parser);
    take(db::Backup::createAs(*database,
                              signInOrFirstStart(parser, *database, QStringLiteral("backup")),
                              parser.positionalArguments().first()),
         QStringLiteral("backup"));
    printLine(QStringLiteral("%1: backup written").arg(parser.positionalArguments().first()));
    return Ok;
}

int runRestore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Replaces the database with a backup that passes its integrity check.\n"
                       "The replaced file is kept beside it as *.before-restore-<time>.\n"
                       "An administrator of the database being replaced; audited."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Backup file to restore."));
    parseOrFail(parser, arguments, QStringLiteral("restore"));
    if (parser.positionalArguments().size() != 1)
        badInput(QStringLiteral("restore: expected exactly one FILE"));
    // The administrator of the database being replaced signs in to it; a damaged
    // one (which cannot be opened) has none to ask.
    db::SignedInUser user;
    if (QFileInfo::exists(databasePath(parser)) &&
        !db::Database::inspect(databasePath(parser), false)) {
        auto current = openDatabase(parser);
        user = signInOrFirstStart(parser, *current, QStringLiteral("restore"));
    }
    take(db::Backup::restoreAs(parser.positionalArguments().first(), databasePath(parser), user),
         QStringLiteral("restore"));
    printLine(QStringLiteral("%1: restored from %2")
                  .arg(databasePath(parser), parser.positionalArguments().first()));
    return Ok;
}

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks the database file without changing it."));
    addDatabaseOption(parser);
    parseOrFail(parser, arguments, QStringLiteral("check"));
    if (auto problem = db::Database::inspect(databasePath(parser), true))
        badInput(problem->toString());
    printLine(QStringLiteral("%1: ok").arg(databasePath(parser)));
    return Ok;
}

} // namespace signaali::cli
