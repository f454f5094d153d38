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

} // namespace signaali::db
