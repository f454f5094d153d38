// setup, user, audit: first set-up, accounts and the audit log.
#include "cli/UserCommands.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "cli/EncryptionCommands.h"
#include "cli/WorkspaceJson.h"
#include "core/OutputFile.h"
#include "db/admin/Organisation.h"
#include "db/admin/UserAdmin.h"
#include "db/admin/UserStore.h"
#include "db/storage/DatabaseKeys.h"
#include "db/storage/Encryption.h"

namespace signaali::cli {

namespace {
// The subcommand (first positional argument) and the arguments without it.
QString subcommand(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                   const QStringList& allowed)
{
    parseOrFail(parser, arguments, command);
    const QString name = parser.positionalArguments().value(0);
    if (!allowed.contains(name))
        badInput(QStringLiteral("%1: expected one of: %2")
                     .arg(command, allowed.join(QStringLiteral(", "))));
    return name;
}

QList<qint64> schoolIds(db::Database& database, const db::SignedInUser& admin,
                        const QStringList& names, const QString& command)
{
    QList<qint64> ids;
    for (const QString& name : names)
        ids << take(db::schoolFor(database.connection(), admin, name),
                    command + QStringLiteral(": --school"))
                   .id;
    return ids;
}
} // namespace

int runSetup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "First start: creates the municipality, the first school, the administrator and a\n"
        "nurse assigned to the school, all or nothing. The passwords are read from\n"
        "SIGNAALI_ADMIN_PASSWORD and SIGNAALI_NURSE_PASSWORD, or else from the first two\n"
        "lines of standard input (administrator first). The database is then encrypted\n"
        "(a class list imported before set-up included) and the recovery sheet written\n"
        "to --recovery-sheet."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("recovery-sheet"),
                      QStringLiteral("Where to write the recovery sheet (a new file)."),
                      QStringLiteral("FILE")});
    for (const auto& [name, text] : {std::pair{"municipality", "Name of the municipality."},
                                     std::pair{"school", "Name of the first school."},
                                     std::pair{"admin", "The administrator's user name."},
                                     std::pair{"admin-name", "The administrator's full name."},
                                     std::pair{"nurse", "The nurse's user name."},
                                     std::pair{"nurse-name", "The nurse's full name."}})
        parser.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(text), QStringLiteral("TEXT")});
    parseOrFail(parser, arguments, QStringLiteral("setup"));
    for (const char* required :
         {"municipality", "school", "admin", "admin-name", "nurse", "nurse-name", "recovery-sheet"})
        if (!parser.isSet(QString::fromLatin1(required)))
            badInput(QStringLiteral("setup: --%1 is required").arg(QString::fromLatin1(required)));
    const QString sheet = parser.value(QStringLiteral("recovery-sheet"));
    if (const auto refusal = OutputFile::check(
            sheet, {false, true, OutputFile::databaseFiles(databasePath(parser))}))
        refuse(*refusal, QStringLiteral("setup"));
    if (db::DatabaseKeys::isEncrypted(databasePath(parser)))
        throw CliFailure(Refused, QStringLiteral("setup: set-up has already been done"));
    auto database = openDatabase(parser, Create::Yes);
    db::UserStore users(database->connection());
    if (!users.needsSetup())
        throw CliFailure(Refused, QStringLiteral("setup: set-up has already been done"));
    db::FirstSetup setup;
    setup.municipality = parser.value(QStringLiteral("municipality"));
    setup.school = parser.value(QStringLiteral("school"));
    setup.adminUsername = parser.value(QStringLiteral("admin"));
    setup.adminDisplayName = parser.value(QStringLiteral("admin-name"));
    setup.nurseUsername = parser.value(QStringLiteral("nurse"));
    setup.nurseDisplayName = parser.value(QStringLiteral("nurse-name"));
    setup.adminPassword =
        readSecret("SIGNAALI_ADMIN_PASSWORD", QStringLiteral("administrator password"));
    setup.nursePassword = readSecret("SIGNAALI_NURSE_PASSWORD", QStringLiteral("nurse password"));
    take(users.runFirstSetup(setup), QStringLiteral("setup"));
    database.reset();
    db::EncryptionRequest request{databasePath(parser),
                                  setup.adminUsername,
                                  setup.adminPassword,
                                  {{setup.nurseUsername, setup.nursePassword}}};
    // The sheet is written before the plaintext file is replaced.
    request.keep = [&](const db::EncryptionResult& result) {
        return writeRecoverySheet(sheet, databasePath(parser), result.recoveryKey);
    };
    take(db::Encryption::encrypt(request), QStringLiteral("setup"));
    printJson({{QStringLiteral("setup"), QStringLiteral("done")},
               {QStringLiteral("encrypted"), true},
               {QStringLiteral("school"), setup.school.trimmed()},
               {QStringLiteral("admin"), setup.adminUsername.trimmed().toLower()},
               {QStringLiteral("nurse"), setup.nurseUsername.trimmed().toLower()}});
    return Ok;
}

int runUser(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manages accounts (administrator only):\n"
        "  user list\n"
        "  user add NAME --name FULL --role ROLE [--school S]...\n"
        "  user password NAME\n"
        "  user assign NAME --school S [--school S]...   (replaces the schools)\n"
        "  user activate NAME | user deactivate NAME\n"
        "  user edit NAME [--name FULL] [--school S]... [--active yes|no]\n"
        "A nurse or a welfare group needs at least one school.\n"
        "Roles: nurse, case_team, welfare_group, coordinator, admin. The administrator's\n"
        "password comes from SIGNAALI_PASSWORD or the first line of standard input; a new\n"
        "password from SIGNAALI_NEW_PASSWORD or the next line."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        QStringLiteral("list, add, password, assign, activate, deactivate, edit"));
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("Full name (add, edit)."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("Role (add)."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("school"),
                      QStringLiteral("A school of a nurse or welfare group (repeatable)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("active"),
                      QStringLiteral("Whether the account may sign in (edit): yes or no."),
                      QStringLiteral("yes|no")});
    const QString sub =
        subcommand(parser, arguments, QStringLiteral("user"),
                   {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("password"),
                    QStringLiteral("assign"), QStringLiteral("activate"),
                    QStringLiteral("deactivate"), QStringLiteral("edit")});
    const QString command = QStringLiteral("user ") + sub;
    const QString target = parser.positionalArguments().value(1);
    if (sub != QLatin1String("list") && target.isEmpty())
        badInput(QStringLiteral("%1: the user name is missing").arg(command));
    std::optional<db::Role> role;
    if (sub == QLatin1String("add")) {
        role = db::roleFromId(parser.value(QStringLiteral("role")));
        if (!role)
            badInput(QStringLiteral("%1: --role must be one of nurse, case_team, welfare_group, "
                                    "coordinator, admin")
                         .arg(command));
    }
    db::UserChanges changes;
    if (sub == QLatin1String("edit")) {
        if (parser.isSet(QStringLiteral("name")))
            changes.displayName = parser.value(QStringLiteral("name"));
        if (parser.isSet(QStringLiteral("active"))) {
            const QString active = parser.value(QStringLiteral("active"));
            if (active != QLatin1String("yes") && active != QLatin1String("no"))
                badInput(QStringLiteral("%1: --active must be yes or no").arg(command));
            changes.active = active == QLatin1String("yes");
        }
        if (!changes.displayName && !changes.active && !parser.isSet(QStringLiteral("school")))
            badInput(
                QStringLiteral("%1: nothing to change (--name, --school, --active)").arg(command));
    }
    auto database = openDatabase(parser);
    const db::SignedInUser admin = signIn(parser, *database, command);
    db::UserAdmin users(database->connection());
    if (sub == QLatin1String("list")) {
        printJson({{QStringLiteral("users"), toJsonArray(take(users.users(admin), command))}});
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        db::NewUser user;
        user.username = target;
        user.displayName = parser.value(QStringLiteral("name"));
        user.role = *role;
        user.schoolIds =
            schoolIds(*database, admin, parser.values(QStringLiteral("school")), command);
        user.password = readSecret("SIGNAALI_NEW_PASSWORD", QStringLiteral("new password"));
        take(users.createUser(admin, user), command);
    } else {
        const db::UserInfo user = take(users.user(admin, target), command);
        if (sub == QLatin1String("password"))
            take(users.setPassword(
                     admin, user.id,
                     readSecret("SIGNAALI_NEW_PASSWORD", QStringLiteral("new password"))),
                 command);
        else if (sub == QLatin1String("assign"))
            take(users.assignSchools(
                     admin, user.id,
                     schoolIds(*database, admin, parser.values(QStringLiteral("school")), command)),
                 command);
        else if (sub == QLatin1String("edit")) {
            if (parser.isSet(QStringLiteral("school")))
                changes.schoolIds =
                    schoolIds(*database, admin, parser.values(QStringLiteral("school")), command);
            take(users.updateUser(admin, user.id, changes), command);
        } else
            take(users.setActive(admin, user.id, sub == QLatin1String("activate")), command);
    }
    printJson({{QStringLiteral("user"), toJson(take(users.user(admin, target), command))}});
    return Ok;
}

int runAudit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The audit log:\n"
        "  audit export --out FILE [--force] [--from DATE] [--to DATE]   whole log as CSV\n"
        "      (administrator; an existing FILE only with --force, never the database)\n"
        "  audit views [--pupil UUID] [--others]   who has seen your pupils' data (nurse)\n"
        "  audit verify   walks the log's hash chain and names the first row that does not\n"
        "      hold: changed, inserted or removed (administrator; exit 2 when broken)"));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QStringLiteral("export, views or verify"));
    parser.addOption({QStringLiteral("out"), QStringLiteral("CSV file to write (export)."),
                      QStringLiteral("FILE")});
    addForceOption(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("From this day (yyyy-MM-dd, UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Up to and including this day (yyyy-MM-dd, UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("pupil"), QStringLiteral("Only this pupil (views)."),
                      QStringLiteral("UUID")});
    parser.addOption({QStringLiteral("others"), QStringLiteral("Leave out your own views.")});
    const QString sub =
        subcommand(parser, arguments, QStringLiteral("audit"),
                   {QStringLiteral("export"), QStringLiteral("views"), QStringLiteral("verify")});
    const QString command = QStringLiteral("audit ") + sub;
    db::AuditFilter filter;
    if (const QDate from = dateOption(parser, QStringLiteral("from"), command); from.isValid())
        filter.from = from.startOfDay(Qt::UTC);
    if (const QDate to = dateOption(parser, QStringLiteral("to"), command); to.isValid())
        filter.to = to.addDays(1).startOfDay(Qt::UTC);
    if (sub == QLatin1String("export") && !parser.isSet(QStringLiteral("out")))
        badInput(QStringLiteral("%1: --out FILE is required").arg(command));
    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, command);
    db::AuditLog log(database->connection());
    if (sub == QLatin1String("verify")) {
        const db::AuditChainCheck check = take(log.verify(user), command);
        printJson({{QStringLiteral("rows"), check.rows},
                   {QStringLiteral("ok"), check.ok()},
                   {QStringLiteral("problem"), db::auditChainProblemId(check.problem)},
                   {QStringLiteral("firstBadRow"), check.firstBadId},
                   {QStringLiteral("headRow"), check.headId},
                   {QStringLiteral("head"), check.head}});
        return check.ok() ? Ok : BadInput;
    }
    if (sub == QLatin1String("export")) {
        const int rows = take(log.exportCsv(user, parser.value(QStringLiteral("out")), filter,
                                            parser.isSet(QStringLiteral("force"))),
                              command);
        printJson({{QStringLiteral("file"), parser.value(QStringLiteral("out"))},
                   {QStringLiteral("rows"), rows}});
        return Ok;
    }
    filter.pupilUuid = parser.value(QStringLiteral("pupil"));
    filter.othersOnly = parser.isSet(QStringLiteral("others"));
    printJson({{QStringLiteral("views"),
                toJsonArray(take(log.accessToMyPupils(user, filter), command))}});
    return Ok;
}

} // namespace signaali::cli
