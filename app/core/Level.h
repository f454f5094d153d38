#pragma once

#include <QString>
#include <optional>

namespace signaali {

// Ordered: a higher value is more serious, so levels combine with std::max.
enum class Level { Ok = 0, Watch = 1, Concern = 2 };

QString levelId(Level level);
std::optional<Level> levelFromId(const QString& id);

} // namespace signaali
