#include "db/sql/SqlScript.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace signaali::db {

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString pending;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (pending.isEmpty() &&
            (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        pending += line + QLatin1Char('\n');
        if (sqlite3_complete(pending.toUtf8().constData())) {
            statements << pending.trimmed();
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements << pending.trimmed();
    return statements;
}

QString runScriptInTransaction(QSqlDatabase& db, const QString& resourcePath,
                               const QStringList& epilogue,
                               const std::function<QString()>& afterScript)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(resourcePath);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return query.lastError().text();
    const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
    for (qsizetype i = 0; i < statements.size() + epilogue.size(); ++i) {
        if (i == statements.size() && afterScript) {
            if (const QString problem = afterScript(); !problem.isEmpty()) {
                query.exec(QStringLiteral("ROLLBACK"));
                return problem;
            }
        }
        const QString& statement =
            i < statements.size() ? statements[i] : epilogue[i - statements.size()];
        if (!query.exec(statement)) {
            const QString problem =
                QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), statement.left(80));
            query.exec(QStringLiteral("ROLLBACK"));
            return problem;
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString problem = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return problem;
    }
    return {};
}

} // namespace signaali::db
