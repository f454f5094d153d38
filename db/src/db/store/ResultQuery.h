#pragma once

#include "db/workspace/StoredResult.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace signaali::db {

// Stored results per pupil and round, pseudonymised unless `identified`.
QList<StoredResult> storedResults(QSqlDatabase& db, const QString& round, const QString& school,
                                  bool identified);

} // namespace signaali::db
