#pragma once

#include "db/storage/Database.h"

#include <QJsonObject>
#include <QString>

namespace signaali::cli {

// bench dashboard: each dashboard query's time on the database at `path`.
QJsonObject benchDashboard(const QString& path, int repeats);
QJsonObject benchDashboard(db::Database& database, int repeats);

} // namespace signaali::cli
