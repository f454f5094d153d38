// access, password: a second person confirms access to a school's identified
// data; notices of new access and of password resets; one's own password.
#include "cli/AccessCommands.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "db/admin/AccessGrants.h"
#include "db/admin/UserStore.h"

#include <QJsonArray>

namespace signaali::cli {

namespace {
QJsonObject toJson(const db::AccessGrant& grant)
{
    return {{QStringLiteral("id"), grant.id},
            {QStringLiteral("username"), grant.username},
            {QStringLiteral("name"), grant.displayName},
            {QStringLiteral("school"), grant.schoolName},
            {QStringLiteral("requestedBy"), grant.requestedBy},
            {QStringLiteral("requestedAt"), grant.requestedAt},
            {QStringLiteral("status"), grant.status}};
}

QJsonObject toJson(const db::AccessNotice& notice)
{
    QJsonObject json{{QStringLiteral("kind"), db::accessNoticeKindId(notice.kind)},
                     {QStringLiteral("id"), notice.id},
                     {QStringLiteral("account"), notice.account},
                     {QStringLiteral("by"), notice.by},
                     {QStringLiteral("at"), notice.at}};
    if (notice.kind == db::AccessNotice::Kind::Grant) {
        json.insert(QStringLiteral("school"), notice.schoolName);
        json.insert(QStringLiteral("confirmedBy"), notice.confirmedBy);
    } else {
        json.insert(QStringLiteral("yours"), notice.aboutMe);
        if (notice.aboutMe)
            json.insert(QStringLiteral("markedRows"), notice.markedRows);
    }
    return json;
}

qint64 idArgument(const QCommandLineParser& parser, const QString& command)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || id <= 0)
        badInput(
            QStringLiteral("%1: give the id (a number) as listed by access pending").arg(command));
    return id;
}
} // namespace

int runAccess(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Access to a school's identified data takes effect when a second person confirms it:\n"
        "  access pending          the grants you may confirm or refuse (a nurse of the\n"
        "                          school; the coordinator where the school has no nurse)\n"
        "  access confirm ID | access refuse ID\n"
        "  access notices          new accounts with access to your schools, and password\n"
        "                          resets of your own or your schools' accounts\n"
        "  access marked RESET_ID  the log rows made under your account after that reset\n"
        "  access seen             marks the notices seen (your rows are no longer marked)\n"
        "The password comes from SIGNAALI_PASSWORD or the first line of standard input."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QStringLiteral("pending, confirm, refuse, notices, marked, seen"));
    parseOrFail(parser, arguments, QStringLiteral("access"));
    const QString sub = parser.positionalArguments().value(0);
    const QStringList known{QStringLiteral("pending"), QStringLiteral("confirm"),
                            QStringLiteral("refuse"),  QStringLiteral("notices"),
                            QStringLiteral("marked"),  QStringLiteral("seen")};
    if (!known.contains(sub))
        badInput(
            QStringLiteral("access: expected one of: %1").arg(known.join(QStringLiteral(", "))));
    const QString command = QStringLiteral("access ") + sub;
    const bool needsId = sub == QLatin1String("confirm") || sub == QLatin1String("refuse") ||
                         sub == QLatin1String("marked");
    const qint64 id = needsId ? idArgument(parser, command) : 0;
    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, command);
    db::AccessGrants grants(database->connection());
    if (sub == QLatin1String("pending")) {
        QJsonArray list;
        for (const db::AccessGrant& grant : take(grants.pending(user), command))
            list.append(toJson(grant));
        printJson({{QStringLiteral("pending"), list}});
    } else if (sub == QLatin1String("confirm") || sub == QLatin1String("refuse")) {
        take(sub == QLatin1String("confirm") ? grants.confirm(user, id) : grants.refuse(user, id),
             command);
        printJson({{QStringLiteral("grant"), id},
                   {QStringLiteral("status"), sub == QLatin1String("confirm")
                                                  ? QStringLiteral("confirmed")
                                                  : QStringLiteral("refused")}});
    } else if (sub == QLatin1String("notices")) {
        QJsonArray list;
        for (const db::AccessNotice& notice : take(grants.notices(user), command))
            list.append(toJson(notice));
        printJson({{QStringLiteral("notices"), list}});
    } else if (sub == QLatin1String("marked")) {
        QJsonArray list;
        for (const db::AuditEntry& entry : take(grants.markedEntries(user, id), command))
            list.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                    {QStringLiteral("at"), entry.at},
                                    {QStringLiteral("action"), entry.action},
                                    {QStringLiteral("pupil"), entry.pupilUuid},
                                    {QStringLiteral("detail"), entry.detail}});
        printJson({{QStringLiteral("reset"), id}, {QStringLiteral("rows"), list}});
    } else {
        take(grants.markSeen(user), command);
        printJson({{QStringLiteral("notices"), QStringLiteral("seen")}});
    }
    return Ok;
}

int runPassword(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "  password change   sets your own password; a one-time password given by the\n"
        "                    administrator must be changed this way before anything else.\n"
        "The current password comes from SIGNAALI_PASSWORD or the first line of standard\n"
        "input, the new one from SIGNAALI_NEW_PASSWORD or the next line."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("change"));
    parseOrFail(parser, arguments, QStringLiteral("password"));
    if (parser.positionalArguments().value(0) != QLatin1String("change"))
        badInput(QStringLiteral("password: expected: change"));
    const QString command = QStringLiteral("password change");
    if (!parser.isSet(QStringLiteral("user")))
        badInput(QStringLiteral("%1: --user NAME is required").arg(command));
    auto database = openDatabase(parser);
    const QString& current = sessionPassword();
    const QString next = readSecret("SIGNAALI_NEW_PASSWORD", QStringLiteral("new password"));
    db::UserStore users(database->connection());
    const db::SignInResult signedIn = users.signIn(parser.value(QStringLiteral("user")), current);
    if (!signedIn.user)
        throw CliFailure(Refused, QStringLiteral("%1: %2").arg(command, signedIn.message));
    take(users.changeOwnPassword(*signedIn.user, current, next), command);
    printJson({{QStringLiteral("password"), QStringLiteral("changed")}});
    return Ok;
}

} // namespace signaali::cli
