#include "RandomAnswers.h"

#include <cmath>

namespace signaali {

Answers randomAnswers(const Instrument& instrument, QRandomGenerator& rng, double burden,
                      double skipChance)
{
    Answers answers;
    for (const Item& item : instrument.items) {
        if (item.showIf && !item.showIf->holds(answers))
            continue;
        if (!item.required && rng.generateDouble() < skipChance)
            continue;
        const Scale* scale = instrument.scale(item.scaleId);
        // Skewing a uniform draw towards 0 with burden < 1 keeps most answers healthy.
        const double u = std::pow(rng.generateDouble(), 1.0 / std::max(burden, 0.05));
        if (scale->isNumber()) {
            const qint64 steps = std::llround((scale->max - scale->min) / scale->step);
            answers.insert(item.id, scale->min + scale->step * std::llround(u * steps));
        } else {
            const auto index = std::min<qsizetype>(
                static_cast<qsizetype>(u * scale->options.size()), scale->options.size() - 1);
            answers.insert(item.id, scale->options[index].code);
        }
    }
    return answers;
}

} // namespace signaali
