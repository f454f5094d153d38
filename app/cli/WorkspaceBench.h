#pragma once

#include "db/storage/Database.h"

#include <QJsonObject>
#include <QStringList>

namespace signaali::cli {

// bench workspace: class overview, attention list and profile timings.
int runWorkspaceBench(const QStringList& arguments);
// The same on an open database; `schoolName` empty: the first school by name.
QJsonObject benchWorkspace(db::Database& database, const QString& schoolName, int runs);

} // namespace signaali::cli
