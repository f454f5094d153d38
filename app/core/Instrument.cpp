#include "core/Instrument.h"

#include <QLocale>
#include <cmath>

namespace signaali {

namespace {
bool onStepGrid(double value, double min, double step)
{
    if (step <= 0)
        return true;
    const double steps = (value - min) / step;
    return std::abs(steps - std::round(steps)) < 1e-9;
}
} // namespace

bool Scale::accepts(double value) const
{
    if (!std::isfinite(value))
        return false;
    if (type == Type::Number)
        return value >= min && value <= max && onStepGrid(value, min, step);
    for (const ScaleOption& option : options)
        if (option.code == value)
            return true;
    return false;
}

double Scale::lowestAnswer() const
{
    if (type == Type::Number)
        return min;
    double lowest = options.isEmpty() ? 0 : options.first().code;
    for (const ScaleOption& option : options)
        lowest = std::min<double>(lowest, option.code);
    return lowest;
}

double Scale::highestAnswer() const
{
    if (type == Type::Number)
        return max;
    double highest = options.isEmpty() ? 0 : options.first().code;
    for (const ScaleOption& option : options)
        highest = std::max<double>(highest, option.code);
    return highest;
}

std::optional<double> Scale::pointsFor(double answer) const
{
    if (type != Type::Number)
        return answer;
    // Ranges are ascending; a value between two ranges scores with the lower one.
    const PointsRange* match = nullptr;
    for (const PointsRange& range : points)
        if (answer >= range.min)
            match = &range;
    if (!match)
        return std::nullopt;
    return match->points;
}

double Scale::lowestPoints() const
{
    if (type != Type::Number)
        return lowestAnswer();
    double lowest = points.isEmpty() ? 0 : points.first().points;
    for (const PointsRange& range : points)
        lowest = std::min(lowest, range.points);
    return lowest;
}

double Scale::highestPoints() const
{
    if (type != Type::Number)
        return highestAnswer();
    double highest = points.isEmpty() ? 0 : points.first().points;
    for (const PointsRange& range : points)
        highest = std::max(highest, range.points);
    return highest;
}

QString Scale::describeAccepted() const
{
    if (type == Type::Number)
        return QStringLiteral("a number from %1 to %2 in steps of %3").arg(min).arg(max).arg(step);
    QStringList codes;
    for (const ScaleOption& option : options)
        codes << QString::number(option.code);
    return QStringLiteral("one of %1").arg(codes.join(QStringLiteral(", ")));
}

double ReliableChange::threshold() const
{
    const double standardError = sd * std::sqrt(1.0 - reliability);
    return 1.96 * std::sqrt(2.0) * standardError;
}

double Domain::bandValue(double score) const
{
    return (bandsOnPercentage && percentageFactor) ? score * *percentageFactor : score;
}

const Band* Domain::bandFor(double value) const
{
    const Band* match = nullptr;
    for (const Band& band : bands)
        if (value >= band.min - 1e-9)
            match = &band;
    return match;
}

std::optional<double> Domain::cutOff(Level level) const
{
    // For a scale where higher is better, the cut-off is the upper edge of the band.
    std::optional<double> cut;
    for (const Band& band : bands) {
        if (band.level != level)
            continue;
        if (higherIsWorse)
            cut = cut ? std::min(*cut, band.min) : band.min;
        else
            cut = cut ? std::max(*cut, band.max) : band.max;
    }
    return cut;
}

const Scale* Instrument::scale(const QString& scaleId) const
{
    for (const Scale& s : scales)
        if (s.id == scaleId)
            return &s;
    return nullptr;
}

void Instrument::addItem(Item item)
{
    if (itemPositions.size() == items.size())
        itemPositions.insert(item.id, static_cast<int>(items.size()));
    items << std::move(item);
}

const Item* Instrument::item(const QString& itemId) const
{
    const int index = itemIndex(itemId);
    return index < 0 ? nullptr : &items[index];
}

const Domain* Instrument::domain(const QString& domainId) const
{
    for (const Domain& d : domains)
        if (d.id == domainId)
            return &d;
    return nullptr;
}

int Instrument::itemIndex(const QString& itemId) const
{
    if (itemPositions.size() == items.size()) {
        const auto it = itemPositions.constFind(itemId);
        if (it == itemPositions.constEnd())
            return -1;
        if (*it < items.size() && items[*it].id == itemId)
            return *it;
    }
    for (int i = 0; i < items.size(); ++i)
        if (items[i].id == itemId)
            return i;
    return -1;
}

const Scale* Instrument::scaleOfItem(const QString& itemId) const
{
    const Item* i = item(itemId);
    return i ? scale(i->scaleId) : nullptr;
}

std::pair<double, double> Instrument::possibleRange(const Domain& domain) const
{
    double low = 0, high = 0;
    bool first = true;
    for (const QString& itemId : domain.items) {
        const Scale* s = scaleOfItem(itemId);
        if (!s)
            continue;
        const double w = domain.weight(itemId);
        const double lo = s->lowestPoints() * w, hi = s->highestPoints() * w;
        if (domain.method == Domain::Method::Sum) {
            low += lo;
            high += hi;
        } else {
            low = first ? s->lowestPoints() : std::min(low, s->lowestPoints());
            high = first ? s->highestPoints() : std::max(high, s->highestPoints());
        }
        first = false;
    }
    return {low, high};
}

bool Instrument::canAdminister(const QString& language) const
{
    return languages.contains(language) &&
           (!requiresOfficialWording || officialWordingLanguages.contains(language));
}

QStringList Instrument::visibleItems(const Answers& answers) const
{
    QStringList visible;
    effectiveAnswers(answers, &visible);
    return visible;
}

Answers Instrument::effectiveAnswers(const Answers& answers, QStringList* visible) const
{
    // Conditions only look back, so one pass in order sees every answer that counts;
    // an answer to a hidden item never makes a later item visible.
    Answers effective;
    for (const Item& i : items) {
        if (i.showIf && !i.showIf->holds(effective))
            continue;
        if (visible)
            *visible << i.id;
        if (const auto it = answers.constFind(i.id); it != answers.constEnd())
            effective.insert(i.id, *it);
    }
    return effective;
}

} // namespace signaali
