#include "cli/CliSession.h"

#include "db/access/AccessRules.h"
#include "db/admin/UserStore.h"
#include "db/storage/BenchFixtures.h"

#include <QFile>
#include <QTextStream>

namespace signaali::cli {

void addUserOption(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("user"),
         QStringLiteral("Sign in as this user; the password is read from SIGNAALI_PASSWORD or "
                        "from the first line of standard input."),
         QStringLiteral("NAME")});
}

QString readSecret(const char* variable, const QString& what)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    QByteArray line = standardInput().readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        badInput(QStringLiteral("%1: missing (set %2 or give it as a line on standard input)")
                     .arg(what, QString::fromLatin1(variable)));
    return QString::fromUtf8(line);
}

const QString& sessionPassword()
{
    static const QString password = readSecret("SIGNAALI_PASSWORD", QStringLiteral("password"));
    return password;
}

db::SignedInUser signIn(const QCommandLineParser& parser, db::Database& database,
                        const QString& command)
{
    if (!parser.isSet(QStringLiteral("user")))
        badInput(QStringLiteral("%1: --user NAME is required (pupils' data and group figures "
                                "need a signed-in user)")
                     .arg(command));
    const QString& password = sessionPassword();
    const db::SignInResult result =
        db::UserStore(database.connection()).signIn(parser.value(QStringLiteral("user")), password);
    if (result.status == db::SignInResult::Status::Failed)
        throw CliFailure(Failure,
                         QStringLiteral("%1: sign-in failed: %2").arg(command, result.message));
    if (!result.user)
        throw CliFailure(Refused, QStringLiteral("%1: %2").arg(command, result.message));
    if (result.passwordChangeRequired)
        throw CliFailure(Refused,
                         QStringLiteral("%1: the administrator reset this password; set your own "
                                        "first: signaali-cli password change --user NAME")
                             .arg(command));
    return *result.user;
}

db::SignedInUser signInOrFirstStart(const QCommandLineParser& parser, db::Database& database,
                                    const QString& command)
{
    if (!parser.isSet(QStringLiteral("user")) &&
        db::AccessRules(database.connection()).beforeSetup())
        return {};
    return signIn(parser, database, command);
}

db::SignedInUser benchAccount(QSqlDatabase& connection, const QString& username, db::Role role,
                              const QList<qint64>& schools)
{
    const auto account = db::BenchFixtures(connection).account(username, role, schools);
    if (!account && account.refusal.kind != db::Refusal::Kind::Failed)
        badInput(QStringLiteral("bench: ") + account.error());
    return take(account, QStringLiteral("bench"));
}

void refuse(const db::Refusal& refusal, const QString& command)
{
    const QString text = QStringLiteral("%1: %2").arg(command, RefusalText::message(refusal));
    switch (refusal.kind) {
    case db::Refusal::Kind::NotAllowed:
        throw CliFailure(Refused, text);
    case db::Refusal::Kind::NotFound:
    case db::Refusal::Kind::BadInput:
        throw CliFailure(BadInput, text);
    case db::Refusal::Kind::Failed:
        break;
    }
    throw CliFailure(Failure, text);
}

QDate dateOption(const QCommandLineParser& parser, const QString& name, const QString& command)
{
    if (!parser.isSet(name))
        return {};
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid())
        badInput(QStringLiteral("%1: --%2 '%3' is not a date (yyyy-MM-dd)")
                     .arg(command, name, parser.value(name)));
    return date;
}

} // namespace signaali::cli
