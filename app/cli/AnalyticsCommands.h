#pragma once

#include <QJsonObject>
#include <QStringList>

namespace signaali::cli {

// figures: the protected group figures of a round, exported to CSV or XLSX.
int runFigures(const QStringList& arguments);
int runThreshold(const QStringList& arguments);
// bench dashboard: each dashboard query's time on the database at `path`.
QJsonObject benchDashboard(const QString& path, int repeats);

} // namespace signaali::cli
