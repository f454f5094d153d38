#pragma once

#include "db/Outcome.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>

// Helpers shared by the workspace queries; not part of the public API.
namespace signaali::db::workspace {

// A list of ids as a JSON array, bound as one value and read in SQL with
// `IN (SELECT value FROM json_each(?))`, so the statement text never changes.
QString idsJson(const QList<qint64>& ids);

// The query's error as a refusal.
Refusal sqlFailure(const QSqlQuery& query);

// Prepares `sql`, binds `values` to :p1, :p2, ... in order and executes. For
// statements that use a value more than once (Qt does not take SQLite's ?NNN).
bool execNumbered(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values);

// A null for an empty string, so optional text columns store NULL.
QVariant textOrNull(const QString& text);
// Never a null, for NOT NULL text columns (Qt binds a null QString as NULL).
QVariant textOrEmpty(const QString& text);

// How rounds are ordered everywhere: by start date, then creation, then id.
inline const QString kRoundOrder = QStringLiteral("coalesce(rd.starts_on, rd.created_at), rd.id");

// A pupil id from a uuid or numeric id (empty when there is none).
std::optional<qint64> pupilIdFromKey(class QSqlDatabase& db, const QString& key);

} // namespace signaali::db::workspace
