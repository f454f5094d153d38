#pragma once

#include "db/workspace/ClassOverview.h"

#include <QColor>
#include <QString>

namespace signaali::ui {

// One look for levels everywhere in the workspace and the charts. The colours
// carry a word as well, so the level does not depend on seeing colour.
struct LevelStyle
{
    static QColor background(const QString& level);
    static QColor foreground(const QString& level);
    // "OK", "Watch", "Concern" in the user's language; "" for no level.
    static QString name(const QString& level);
    // A domain's level in words: "Concern, critical answer" when it holds one.
    static QString name(const db::DomainView& domain);
    // Sort key: concern first.
    static int rank(const QString& level);
};

} // namespace signaali::ui
