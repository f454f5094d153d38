#pragma once

#include "core/ScoreResult.h"

#include <QJsonObject>

namespace signaali {

// The JSON form of a result, as `signaali-cli score` prints it and as results are stored.
QJsonObject resultToJson(const ScoreResult& result);

} // namespace signaali
