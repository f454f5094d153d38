#include "workspace/LevelStyle.h"

#include <QCoreApplication>

namespace signaali::ui {

QColor LevelStyle::background(const QString& level)
{
    if (level == QLatin1String("concern"))
        return QColor(0xf4, 0xc7, 0xc3);
    if (level == QLatin1String("watch"))
        return QColor(0xff, 0xe8, 0xa3);
    if (level == QLatin1String("ok"))
        return QColor(0xd4, 0xed, 0xda);
    return QColor(0xee, 0xee, 0xee);
}

QColor LevelStyle::foreground(const QString&)
{
    return QColor(0x11, 0x11, 0x11);
}

QString LevelStyle::name(const QString& level)
{
    if (level == QLatin1String("concern"))
        return QCoreApplication::translate("LevelStyle", "Concern");
    if (level == QLatin1String("watch"))
        return QCoreApplication::translate("LevelStyle", "Watch");
    if (level == QLatin1String("ok"))
        return QCoreApplication::translate("LevelStyle", "OK");
    return {};
}

QString LevelStyle::name(const db::DomainView& domain)
{
    if (!domain.critical)
        return name(domain.level);
    return QCoreApplication::translate("LevelStyle", "%1, critical answer").arg(name(domain.level));
}

int LevelStyle::rank(const QString& level)
{
    if (level == QLatin1String("concern"))
        return 3;
    if (level == QLatin1String("watch"))
        return 2;
    if (level == QLatin1String("ok"))
        return 1;
    return 0;
}

} // namespace signaali::ui
