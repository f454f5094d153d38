// init, backup, restore, check: the database file as a whole.
#include "cli/DatabaseCommands.h"

#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "db/admin/Organisation.h"
#include "db/storage/Backup.h"
#include "db/storage/DatabaseKeys.h"

#include <QFileInfo>

namespace signaali::cli {

std::shared_ptr<SecureKey> unlockKey(const QCommandLineParser& parser, const QString& command)
{
    const QString path = databasePath(parser);
    if (!db::DatabaseKeys::isEncrypted(path))
        return nullptr;
    if (!parser.optionNames().contains(QStringLiteral("user")))
        badInput(QStringLiteral("%1: %2 is encrypted: give --user NAME (the password from "
                                "SIGNAALI_PASSWORD or standard input)")
                     .arg(command, path));
    return take(
        db::DatabaseKeys::unlock(path, parser.value(QStringLiteral("user")), sessionPassword()),
        command);
}

std::unique_ptr<db::Database> openDatabase(const QCommandLineParser& parser, Create create)
{
    db::OpenError error;
    db::Database::Options options;
    options.create = create == Create::Yes;
    options.key = unlockKey(parser, QStringLiteral("open"));
    auto database = db::Database::open(databasePath(parser), options, &error);
    if (!database) {
        if (error.kind == db::OpenError::Kind::Missing)
            badInput(QStringLiteral("%1: no such database (signaali-cli init creates one)")
                         .arg(error.path));
        badInput(error.toString());
    }
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
    auto database = openDatabase(parser, Create::Yes);
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
                       "(an administrator; audited). The file is readable by its owner only;\n"
                       "an existing FILE is replaced only with --force, and never the\n"
                       "database or its -wal, -shm or -journal file."));
    addDatabaseOption(parser);
    addUserOption(parser);
    addForceOption(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Backup file to write."));
    parseOrFail(parser, arguments, QStringLiteral("backup"));
    if (parser.positionalArguments().size() != 1)
        badInput(QStringLiteral("backup: expected exactly one FILE"));
    auto database = openDatabase(parser);
    take(db::Backup::createAs(
             *database, signInOrFirstStart(parser, *database, QStringLiteral("backup")),
             parser.positionalArguments().first(), parser.isSet(QStringLiteral("force"))),
         QStringLiteral("backup"));
    printLine(QStringLiteral("%1: backup written").arg(parser.positionalArguments().first()));
    return Ok;
}

int runRestore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Replaces the database with a backup that passes its integrity check.\n"
        "The replaced file is kept beside it as *.before-restore-<time>.\n"
        "--user must be an administrator of the backup, and of the database being\n"
        "replaced while it can still be read; the password comes from SIGNAALI_PASSWORD\n"
        "or the first line of standard input. Refused while another Signaali program\n"
        "has the database open, and for a busy, read-only or newer file. A backup\n"
        "made before set-up or of another municipality needs --confirm-replace.\n"
        "Audited in the restored database."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addOption({QStringLiteral("confirm-replace"),
                      QStringLiteral("Restore a backup made before set-up or of another "
                                     "municipality.")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Backup file to restore."));
    parseOrFail(parser, arguments, QStringLiteral("restore"));
    if (parser.positionalArguments().size() != 1)
        badInput(QStringLiteral("restore: expected exactly one FILE"));
    if (!parser.isSet(QStringLiteral("user")))
        badInput(QStringLiteral("restore: --user NAME is required (an administrator)"));
    db::RestoreRequest request;
    request.backupFile = parser.positionalArguments().first();
    request.databasePath = databasePath(parser);
    request.username = parser.value(QStringLiteral("user"));
    request.password = sessionPassword();
    request.confirmReplace = parser.isSet(QStringLiteral("confirm-replace"));
    take(db::Backup::restoreAs(request), QStringLiteral("restore"));
    printLine(QStringLiteral("%1: restored from %2").arg(request.databasePath, request.backupFile));
    return Ok;
}

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks the database file without changing it: every page (an\n"
                       "encrypted page that fails its tag is named), and the audit log's\n"
                       "chain. An encrypted database needs --user."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parseOrFail(parser, arguments, QStringLiteral("check"));
    if (auto problem = db::Database::inspect(databasePath(parser), true,
                                             unlockKey(parser, QStringLiteral("check"))))
        refuse(problem->refusal(), QStringLiteral("check"));
    printLine(QStringLiteral("%1: ok").arg(databasePath(parser)));
    return Ok;
}

} // namespace signaali::cli
