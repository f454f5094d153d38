#include "db/sql/SqlHelpers.h"

#include <QUuid>

namespace signaali::db {

bool execBound(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (query.lastQuery() != sql && !query.prepare(sql))
        return false;
    int index = 0;
    for (const QVariant& value : values)
        query.bindValue(index++, value);
    return query.exec();
}

std::optional<QVariant> scalar(QSqlDatabase& db, const QString& sql,
                               std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    if (!execBound(query, sql, values) || !query.next())
        return std::nullopt;
    return query.value(0);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace signaali::db
