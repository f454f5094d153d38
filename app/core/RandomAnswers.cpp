#include "core/RandomAnswers.h"

#include <QSet>
#include <cmath>

namespace signaali {

double typicalBurden(QRandomGenerator& rng)
{
    return 0.04 + 0.5 * std::pow(rng.generateDouble(), 3.0);
}

Answers randomAnswers(const Instrument& instrument, QRandomGenerator& rng, double burden,
                      double skipChance)
{
    QSet<QString> critical, healthyHigh;
    for (const CriticalRule& rule : instrument.critical)
        critical.insert(rule.item);
    // Where a high code is the healthy answer: reversed items, and higher-is-better scales.
    for (const Domain& domain : instrument.domains)
        for (const QString& itemId : domain.items)
            if (domain.reverse.contains(itemId) != !domain.higherIsWorse)
                healthyHigh.insert(itemId);
    Answers answers;
    for (const Item& item : instrument.items) {
        if (item.showIf && !item.showIf->holds(answers))
            continue;
        if (!item.required && rng.generateDouble() < skipChance)
            continue;
        const Scale* scale = instrument.scale(item.scaleId);
        // Skewing a uniform draw towards 0 with burden < 1 keeps most answers healthy;
        // critical answers are much rarer than other symptoms.
        const double skew = (critical.contains(item.id) ? 8.0 : 1.0) / std::max(burden, 0.05);
        const double u = std::pow(rng.generateDouble(), skew);
        if (scale->isNumber() && !scale->points.isEmpty()) {
            // The healthy end of a number is where it scores fewest points (8+ hours of sleep).
            QList<PointsRange> ranges = scale->points;
            std::stable_sort(
                ranges.begin(), ranges.end(),
                [](const PointsRange& a, const PointsRange& b) { return a.points < b.points; });
            const PointsRange& range = ranges[std::min<qsizetype>(
                static_cast<qsizetype>(u * ranges.size()), ranges.size() - 1)];
            const qint64 steps = std::llround((range.max - range.min) / scale->step);
            answers.insert(item.id,
                           range.min + scale->step * rng.bounded(static_cast<int>(steps) + 1));
        } else if (scale->isNumber()) {
            const qint64 steps = std::llround((scale->max - scale->min) / scale->step);
            answers.insert(item.id, scale->min + scale->step * std::llround(u * steps));
        } else {
            QList<int> codes;
            for (const ScaleOption& option : scale->options)
                codes << option.code;
            std::sort(codes.begin(), codes.end());
            if (healthyHigh.contains(item.id))
                std::reverse(codes.begin(), codes.end());
            const auto index =
                std::min<qsizetype>(static_cast<qsizetype>(u * codes.size()), codes.size() - 1);
            answers.insert(item.id, codes[index]);
        }
    }
    return answers;
}

} // namespace signaali
