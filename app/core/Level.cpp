#include "core/Level.h"

namespace signaali {

QString levelId(Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Watch:
        return QStringLiteral("watch");
    case Level::Concern:
        return QStringLiteral("concern");
    }
    return {};
}

std::optional<Level> levelFromId(const QString& id)
{
    if (id == QLatin1String("ok"))
        return Level::Ok;
    if (id == QLatin1String("watch"))
        return Level::Watch;
    if (id == QLatin1String("concern"))
        return Level::Concern;
    return std::nullopt;
}

} // namespace signaali
