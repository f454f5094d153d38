#pragma once

#include "db/exchange/BundleContent.h"
#include "db/exchange/Bundles.h"

#include <QSqlDatabase>
#include <optional>

namespace signaali::db::bundle {

// Merges a summary bundle inside the caller's transaction: its schools,
// classes and rounds by uuid, alias or name, and per school and round its
// counts, which replace those of an older summary (docs/bundles.md).
std::optional<Refusal> mergeSummary(QSqlDatabase& db, const Content& content, qint64 deviceId,
                                    const QString& madeAt, BundleImported& result);

} // namespace signaali::db::bundle
