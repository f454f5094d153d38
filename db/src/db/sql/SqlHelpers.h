#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>

namespace signaali::db {

// Prepares `sql`, binds `values` in order and executes; false on any error.
bool execBound(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values);
// The first column of the first row, if any.
std::optional<QVariant> scalar(QSqlDatabase& db, const QString& sql,
                               std::initializer_list<QVariant> values = {});
QString newUuid();
// Column `index` of the current row, or null when `found` is false: a refusal
// for a missing row is then decided in the same place as for one out of reach.
inline QVariant valueIf(bool found, const QSqlQuery& query, int index)
{
    return found ? query.value(index) : QVariant();
}

} // namespace signaali::db
