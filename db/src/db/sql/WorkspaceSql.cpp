#include "db/sql/WorkspaceSql.h"

#include "db/sql/SqlHelpers.h"

#include <QSqlError>
#include <QStringList>

namespace signaali::db::workspace {

QString idsJson(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

Refusal sqlFailure(const QSqlQuery& query)
{
    return Refusal::databaseFailed(query.lastError().text());
}

bool execNumbered(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (query.lastQuery() != sql && !query.prepare(sql))
        return false;
    int index = 0;
    for (const QVariant& value : values)
        query.bindValue(QStringLiteral(":p%1").arg(++index), value);
    return query.exec();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant textOrEmpty(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

std::optional<qint64> pupilIdFromKey(QSqlDatabase& db, const QString& key)
{
    bool numeric = false;
    const qint64 number = key.trimmed().toLongLong(&numeric);
    const auto id =
        numeric
            ? scalar(db, QStringLiteral("SELECT id FROM pupil WHERE id = ?"), {number})
            : scalar(db, QStringLiteral("SELECT id FROM pupil WHERE uuid = ?"), {key.trimmed()});
    if (!id)
        return std::nullopt;
    return id->toLongLong();
}

} // namespace signaali::db::workspace
