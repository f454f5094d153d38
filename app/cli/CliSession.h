#pragma once

#include "cli/CliCommon.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/storage/Database.h"

#include <QCommandLineParser>

namespace signaali::cli {

// --user NAME: identified commands run as a signed-in user.
void addUserOption(QCommandLineParser& parser);

// A secret from the environment variable `variable` when it is set, else the
// next line of standard input. Secrets are never command-line arguments, where
// other users of the machine could read them.
QString readSecret(const char* variable, const QString& what);

// The signed-in user's password: SIGNAALI_PASSWORD or the first line of
// standard input, read once (opening an encrypted database and signing in to
// it both need it).
const QString& sessionPassword();

// Signs in --user with the password from SIGNAALI_PASSWORD or the first line
// of standard input; a refusal ends the command with exit 3 and the wait, if any.
db::SignedInUser signIn(const QCommandLineParser& parser, db::Database& database,
                        const QString& command);

// A benchmark's account (`username`, made on first use with a random password
// nobody knows, so it cannot sign in), with `role` and exactly `schools`. The
// benchmarks query as it, so they pass the same access rules as a real user.
// Refused (exit 2) on a database with other accounts: benchmarks are for demo
// databases, not for one that real people use.
db::SignedInUser benchAccount(QSqlDatabase& connection, const QString& username, db::Role role,
                              const QList<qint64>& schools);

// As signIn when --user is given. Without it, on a database that has no
// accounts yet (a new one being filled before its first start), nobody (id 0),
// whom AccessRules lets do the first-start steps only; otherwise --user is required.
db::SignedInUser signInOrFirstStart(const QCommandLineParser& parser, db::Database& database,
                                    const QString& command);

// Ends the command: not allowed exits 3, bad input and not found 2, failures 1.
[[noreturn]] void refuse(const db::Refusal& refusal, const QString& command);

template <typename T> T take(db::Outcome<T> outcome, const QString& command)
{
    if (!outcome)
        refuse(outcome.refusal, command);
    return std::move(*outcome.value);
}

// A date option (yyyy-MM-dd); invalid QDate when not given.
QDate dateOption(const QCommandLineParser& parser, const QString& name, const QString& command);

} // namespace signaali::cli
