#pragma once

#include "core/Level.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace signaali {

struct DomainResult
{
    QString id;
    std::optional<double> score;      // empty when invalid
    std::optional<double> percentage; // when the domain defines a percentage
    QString band;
    std::optional<Level> level;
    int asked = 0; // items shown, after display conditions
    int answered = 0;
    bool valid = false;
};

// A weak signal: always says why, in words a nurse can read aloud.
struct Flag
{
    QString code; // threshold.<domain>, critical.<item>, accumulation, change.<domain>
    Level level = Level::Watch;
    bool critical = false;
    QString reason;
};

struct ScoreResult
{
    QString instrumentId;
    QString version;
    QString language;
    bool valid = false;
    QStringList invalidReasons;
    std::optional<double> total; // the primary domain's score
    QString band;
    std::optional<double> percentage;
    std::optional<Level> level; // empty when nothing could be scored and nothing is critical
    QList<DomainResult> domains;
    QList<Flag> flags;

    const DomainResult* domain(const QString& id) const;
    bool hasCritical() const;
};

} // namespace signaali
