#pragma once

#include "core/Instrument.h"

#include <QJsonObject>

namespace signaali::cli {

// Commits `answers` single answers and bulk-imports `questionnaires` on a scratch
// database beside `databaseFile`, then reports the size of `databaseFile`.
QJsonObject benchStorage(const QString& databaseFile, const Instrument& instrument, int answers,
                         int questionnaires);

} // namespace signaali::cli
