// Domains, bands and critical rules: the scoring half of the instrument format.
#include "core/InstrumentParser.h"

#include <cmath>

namespace signaali {

Domain InstrumentParser::parseDomain(const JsonCursor& node) const
{
    node.allowOnly({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("items"),
                    QStringLiteral("scoring"), QStringLiteral("higherIsWorse"),
                    QStringLiteral("percentageFactor"), QStringLiteral("bandsOn"),
                    QStringLiteral("bands"), QStringLiteral("reliableChange")});
    Domain domain;
    domain.id = node.require(QStringLiteral("id")).identifier();
    domain.title = node.require(QStringLiteral("title")).text(m_instrument.languages);

    const JsonCursor items = node.require(QStringLiteral("items"));
    if (items.size() == 0)
        items.fail(QStringLiteral("a domain needs at least one item"));
    QSet<QString> listed; // a set, so a domain of thousands of items is not checked in O(n²)
    for (int i = 0, n = items.size(); i < n; ++i) {
        const QString itemId = items.at(i).string();
        const Scale* scale = m_instrument.scaleOfItem(itemId);
        if (!scale)
            items.at(i).fail(
                QStringLiteral("unknown item '%1' in domain '%2'").arg(itemId, domain.id));
        if (listed.contains(itemId))
            items.at(i).fail(QStringLiteral("item '%1' listed twice").arg(itemId));
        listed.insert(itemId);
        if (scale->isNumber() && scale->points.isEmpty())
            items.at(i).fail(
                QStringLiteral("item '%1' is a number without 'points', so it cannot be scored")
                    .arg(itemId));
        domain.items << itemId;
    }

    parseScoring(node.require(QStringLiteral("scoring")), domain, listed);
    domain.higherIsWorse = node.booleanOr(QStringLiteral("higherIsWorse"), true);

    const JsonCursor factor = node.field(QStringLiteral("percentageFactor"));
    if (!factor.isNull()) {
        domain.percentageFactor = factor.number();
        if (*domain.percentageFactor <= 0)
            factor.fail(QStringLiteral("must be positive"));
    }
    const QString bandsOn = node.stringOr(QStringLiteral("bandsOn"), QStringLiteral("score"));
    if (bandsOn != QLatin1String("score") && bandsOn != QLatin1String("percentage"))
        node.field(QStringLiteral("bandsOn"))
            .fail(QStringLiteral("must be 'score' or 'percentage'"));
    domain.bandsOnPercentage = bandsOn == QLatin1String("percentage");
    if (domain.bandsOnPercentage && !domain.percentageFactor)
        node.field(QStringLiteral("bandsOn"))
            .fail(QStringLiteral("bands on 'percentage' need a percentageFactor"));

    parseBands(node.require(QStringLiteral("bands")), domain);

    const JsonCursor change = node.field(QStringLiteral("reliableChange"));
    if (!change.isNull()) {
        change.allowOnly({QStringLiteral("sd"), QStringLiteral("reliability")});
        ReliableChange rc{change.require(QStringLiteral("sd")).number(),
                          change.require(QStringLiteral("reliability")).number()};
        if (rc.sd <= 0)
            change.field(QStringLiteral("sd")).fail(QStringLiteral("must be positive"));
        if (rc.reliability <= 0 || rc.reliability >= 1)
            change.field(QStringLiteral("reliability"))
                .fail(QStringLiteral("must be between 0 and 1"));
        domain.reliableChange = rc;
    }
    return domain;
}

void InstrumentParser::parseScoring(const JsonCursor& node, Domain& domain,
                                    const QSet<QString>& listed) const
{
    node.allowOnly({QStringLiteral("method"), QStringLiteral("reverse"), QStringLiteral("weights"),
                    QStringLiteral("maxMissing"), QStringLiteral("prorate")});
    const JsonCursor method = node.require(QStringLiteral("method"));
    if (method.string() == QLatin1String("sum"))
        domain.method = Domain::Method::Sum;
    else if (method.string() == QLatin1String("mean"))
        domain.method = Domain::Method::Mean;
    else
        method.fail(QStringLiteral("unknown method '%1' (sum, mean)").arg(method.string()));

    const JsonCursor reverse = node.field(QStringLiteral("reverse"));
    if (!reverse.isNull())
        for (int i = 0, n = reverse.size(); i < n; ++i) {
            const QString itemId = reverse.at(i).string();
            if (!listed.contains(itemId))
                reverse.at(i).fail(QStringLiteral("reversed item '%1' is not in domain '%2'")
                                       .arg(itemId, domain.id));
            domain.reverse.insert(itemId);
        }
    const JsonCursor weights = node.field(QStringLiteral("weights"));
    if (!weights.isNull())
        for (const QString& itemId : weights.keys()) {
            if (!listed.contains(itemId))
                weights.field(itemId).fail(
                    QStringLiteral("weighted item '%1' is not in domain '%2'")
                        .arg(itemId, domain.id));
            const double w = weights.field(itemId).number();
            if (w <= 0)
                weights.field(itemId).fail(QStringLiteral("a weight must be positive"));
            domain.weights.insert(itemId, w);
        }
    const JsonCursor maxMissing = node.field(QStringLiteral("maxMissing"));
    if (!maxMissing.isNull()) {
        domain.maxMissing = maxMissing.integer();
        if (domain.maxMissing < 0 || domain.maxMissing >= domain.items.size())
            maxMissing.fail(
                QStringLiteral("must be between 0 and %1 (one less than the domain's items)")
                    .arg(domain.items.size() - 1));
    }
    domain.prorate = node.booleanOr(QStringLiteral("prorate"), false);
}

void InstrumentParser::parseBands(const JsonCursor& node, Domain& domain) const
{
    auto [low, high] = m_instrument.possibleRange(domain);
    if (domain.bandsOnPercentage) {
        low *= *domain.percentageFactor;
        high *= *domain.percentageFactor;
    }
    const int count = node.size();
    if (count == 0)
        node.fail(QStringLiteral("a domain needs at least one band"));
    for (int i = 0; i < count; ++i) {
        const JsonCursor bandNode = node.at(i);
        bandNode.allowOnly({QStringLiteral("id"), QStringLiteral("min"), QStringLiteral("max"),
                            QStringLiteral("level"), QStringLiteral("label")});
        Band band;
        band.id = bandNode.require(QStringLiteral("id")).identifier();
        band.min = bandNode.require(QStringLiteral("min")).number();
        band.max = bandNode.require(QStringLiteral("max")).number();
        const JsonCursor level = bandNode.require(QStringLiteral("level"));
        const auto parsedLevel = levelFromId(level.string());
        if (!parsedLevel)
            level.fail(
                QStringLiteral("unknown level '%1' (ok, watch, concern)").arg(level.string()));
        band.level = *parsedLevel;
        band.label = bandNode.require(QStringLiteral("label")).text(m_instrument.languages);

        if (band.max < band.min)
            bandNode.fail(QStringLiteral("band '%1' has max %2 below min %3")
                              .arg(band.id)
                              .arg(band.max)
                              .arg(band.min));
        if (band.min < low - 1e-9 || band.max > high + 1e-9)
            bandNode.fail(
                QStringLiteral("band '%1' (%2-%3) has a cut-off outside the possible range %4-%5")
                    .arg(band.id)
                    .arg(band.min)
                    .arg(band.max)
                    .arg(low)
                    .arg(high));
        if (i > 0) {
            const Band& previous = domain.bands.last();
            if (band.min <= previous.max)
                bandNode.fail(QStringLiteral("band '%1' (%2-%3) overlaps band '%4' (%5-%6)")
                                  .arg(band.id)
                                  .arg(band.min)
                                  .arg(band.max)
                                  .arg(previous.id)
                                  .arg(previous.min)
                                  .arg(previous.max));
        }
        for (const Band& earlier : domain.bands)
            if (earlier.id == band.id)
                bandNode.field(QStringLiteral("id"))
                    .fail(QStringLiteral("duplicate band id '%1'").arg(band.id));
        domain.bands << band;
    }
    if (std::abs(domain.bands.first().min - low) > 1e-9)
        node.at(0)
            .field(QStringLiteral("min"))
            .fail(QStringLiteral("the first band must start at the lowest possible value %1")
                      .arg(low));
    if (std::abs(domain.bands.last().max - high) > 1e-9)
        node.at(count - 1)
            .field(QStringLiteral("max"))
            .fail(QStringLiteral("the last band must end at the highest possible value %1")
                      .arg(high));
}

CriticalRule InstrumentParser::parseCritical(const JsonCursor& node) const
{
    node.allowOnly({QStringLiteral("item"), QStringLiteral("when"), QStringLiteral("topic")});
    CriticalRule rule;
    const JsonCursor itemNode = node.require(QStringLiteral("item"));
    rule.item = itemNode.string();
    const Scale* scale = m_instrument.scaleOfItem(rule.item);
    if (!scale)
        itemNode.fail(QStringLiteral("unknown item '%1'").arg(rule.item));
    const JsonCursor when = node.require(QStringLiteral("when"));
    when.allowOnly({QStringLiteral("op"), QStringLiteral("value")});
    rule.when = parseComparison(when, scale);
    rule.when.item = rule.item;
    rule.topic = node.require(QStringLiteral("topic")).text(m_instrument.languages);
    return rule;
}

} // namespace signaali
