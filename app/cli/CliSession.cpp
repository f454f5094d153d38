#include "cli/CliSession.h"

#include "core/Secret.h"
#include "db/access/AccessRules.h"
#include "db/admin/UserStore.h"
#include "db/admin/UserValidation.h"
#include "db/sql/SqlHelpers.h"

#include <QFile>
#include <QRandomGenerator>
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
    static QFile input;
    if (!input.isOpen() && !input.open(stdin, QIODevice::ReadOnly))
        badInput(QStringLiteral("cannot read %1 from standard input").arg(what));
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        badInput(QStringLiteral("%1: missing (set %2 or give it as a line on standard input)")
                     .arg(what, QString::fromLatin1(variable)));
    return QString::fromUtf8(line);
}

db::SignedInUser signIn(const QCommandLineParser& parser, db::Database& database,
                        const QString& command)
{
    if (!parser.isSet(QStringLiteral("user")))
        badInput(QStringLiteral("%1: --user NAME is required (pupils' data and group figures "
                                "need a signed-in user)")
                     .arg(command));
    const QString password = readSecret("SIGNAALI_PASSWORD", QStringLiteral("password"));
    const db::SignInResult result =
        db::UserStore(database.connection()).signIn(parser.value(QStringLiteral("user")), password);
    if (result.status == db::SignInResult::Status::Failed)
        throw CliFailure(Failure,
                         QStringLiteral("%1: sign-in failed: %2").arg(command, result.message));
    if (!result.user)
        throw CliFailure(Refused, QStringLiteral("%1: %2").arg(command, result.message));
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
    // Benchmarks add and change their own accounts without signing in: fine on a
    // demo database, never on one that real people use.
    if (db::scalar(
            connection,
            QStringLiteral("SELECT count(*) FROM app_user WHERE username NOT LIKE 'bench.%'"))
            .value_or(0)
            .toInt() > 0)
        badInput(QStringLiteral("bench: runs on demo databases (made by signaali-cli "
                                "generate-demo) only; this one has user accounts"));
    const QString name = QStringLiteral("Benchmark ") + db::roleId(role);
    auto id = db::scalar(connection, QStringLiteral("SELECT id FROM app_user WHERE username = ?"),
                         {username});
    if (!id) {
        const auto hash = Secret::hash(QString::number(QRandomGenerator::system()->generate64()));
        const auto created =
            db::users::insertUser(connection, username, name, role, hash.value_or(QString()),
                                  isoUtc(QDateTime::currentDateTimeUtc()));
        if (!created)
            throw CliFailure(Failure, QStringLiteral("bench: ") + created.error());
        id = *created;
    }
    if (const auto problem = db::users::replaceSchools(connection, id->toLongLong(), schools))
        throw CliFailure(Failure, QStringLiteral("bench: ") + RefusalText::message(*problem));
    return {id->toLongLong(), username, name, role, schools};
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
