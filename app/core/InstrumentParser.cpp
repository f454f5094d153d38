#include "core/InstrumentParser.h"

#include <QRegularExpression>
#include <QSet>

namespace signaali {

namespace {
const QStringList kYesNoFallback[2] = {
    {QStringLiteral("Ei"), QStringLiteral("Nej"), QStringLiteral("No")},
    {QStringLiteral("Kyllä"), QStringLiteral("Ja"), QStringLiteral("Yes")}};

LocalizedText yesNoLabel(int code, const QStringList& languages)
{
    LocalizedText label;
    for (const QString& language : languages)
        label.set(language, kYesNoFallback[code][supportedLanguages().indexOf(language)]);
    return label;
}
} // namespace

Instrument InstrumentParser::parse()
{
    const JsonCursor& root = m_root;
    root.allowOnly({QStringLiteral("$schema"), QStringLiteral("comment"), QStringLiteral("format"),
                    QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("languages"),
                    QStringLiteral("title"), QStringLiteral("instructions"),
                    QStringLiteral("source"), QStringLiteral("requiresOfficialWording"),
                    QStringLiteral("scales"), QStringLiteral("items"), QStringLiteral("domains"),
                    QStringLiteral("primaryDomain"), QStringLiteral("critical"),
                    QStringLiteral("accumulation")});
    Instrument& in = m_instrument;
    in.format = root.require(QStringLiteral("format")).integer();
    if (in.format != 1)
        root.field(QStringLiteral("format"))
            .fail(QStringLiteral("unsupported format %1 (this Signaali reads format 1)")
                      .arg(in.format));

    const JsonCursor idNode = root.require(QStringLiteral("id"));
    in.id = idNode.string();
    if (!QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]*$")).match(in.id).hasMatch())
        idNode.fail(QStringLiteral("'%1' is not a valid instrument id (a-z, 0-9, '-')").arg(in.id));
    in.version = root.require(QStringLiteral("version")).string();
    if (in.version.trimmed().isEmpty())
        root.field(QStringLiteral("version")).fail(QStringLiteral("empty version"));

    const JsonCursor languages = root.require(QStringLiteral("languages"));
    in.languages = languages.stringList();
    if (in.languages.isEmpty())
        languages.fail(QStringLiteral("at least one language is needed"));
    for (int i = 0; i < in.languages.size(); ++i) {
        if (!supportedLanguages().contains(in.languages[i]))
            languages.at(i).fail(
                QStringLiteral("unsupported language '%1' (fi, sv, en)").arg(in.languages[i]));
        if (in.languages.indexOf(in.languages[i]) != i)
            languages.at(i).fail(QStringLiteral("language '%1' listed twice").arg(in.languages[i]));
    }
    in.title = root.require(QStringLiteral("title")).text(in.languages);
    in.instructions = root.require(QStringLiteral("instructions")).text(in.languages);
    in.source = root.require(QStringLiteral("source")).text(in.languages);
    in.requiresOfficialWording = root.booleanOr(QStringLiteral("requiresOfficialWording"), false);

    const JsonCursor scales = root.require(QStringLiteral("scales"));
    for (int i = 0, n = scales.size(); i < n; ++i) {
        Scale scale = parseScale(scales.at(i));
        if (in.scale(scale.id))
            scales.at(i)
                .field(QStringLiteral("id"))
                .fail(QStringLiteral("duplicate scale id '%1'").arg(scale.id));
        in.scales << scale;
    }

    const JsonCursor items = root.require(QStringLiteral("items"));
    if (items.size() == 0)
        items.fail(QStringLiteral("an instrument needs at least one item"));
    for (int i = 0, n = items.size(); i < n; ++i) {
        Item item = parseItem(items.at(i), i);
        if (in.item(item.id))
            items.at(i)
                .field(QStringLiteral("id"))
                .fail(QStringLiteral("duplicate item id '%1'").arg(item.id));
        in.addItem(std::move(item));
    }

    const JsonCursor domains = root.require(QStringLiteral("domains"));
    for (int i = 0, n = domains.size(); i < n; ++i) {
        Domain domain = parseDomain(domains.at(i));
        if (in.domain(domain.id))
            domains.at(i)
                .field(QStringLiteral("id"))
                .fail(QStringLiteral("duplicate domain id '%1'").arg(domain.id));
        in.domains << domain;
    }

    in.primaryDomain = root.stringOr(QStringLiteral("primaryDomain"), QString());
    if (!in.primaryDomain.isEmpty() && !in.domain(in.primaryDomain))
        root.field(QStringLiteral("primaryDomain"))
            .fail(QStringLiteral("unknown domain '%1'").arg(in.primaryDomain));

    const JsonCursor critical = root.field(QStringLiteral("critical"));
    if (!critical.isNull())
        for (int i = 0, n = critical.size(); i < n; ++i)
            in.critical << parseCritical(critical.at(i));

    const JsonCursor accumulation = root.field(QStringLiteral("accumulation"));
    if (!accumulation.isNull()) {
        accumulation.allowOnly({QStringLiteral("minWatchDomains")});
        const JsonCursor min = accumulation.require(QStringLiteral("minWatchDomains"));
        const int value = min.integer();
        if (value < 2 || value > in.domains.size())
            min.fail(QStringLiteral("must be between 2 and the number of domains (%1)")
                         .arg(in.domains.size()));
        in.accumulationMinWatch = value;
    }
    return in;
}

Scale InstrumentParser::parseScale(const JsonCursor& node) const
{
    node.allowOnly({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("options"),
                    QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("step"),
                    QStringLiteral("unit"), QStringLiteral("points")});
    Scale scale;
    scale.id = node.require(QStringLiteral("id")).identifier();
    const JsonCursor typeNode = node.require(QStringLiteral("type"));
    const QString type = typeNode.string();
    if (type == QLatin1String("likert"))
        scale.type = Scale::Type::Likert;
    else if (type == QLatin1String("choice"))
        scale.type = Scale::Type::Choice;
    else if (type == QLatin1String("yesno"))
        scale.type = Scale::Type::YesNo;
    else if (type == QLatin1String("number"))
        scale.type = Scale::Type::Number;
    else
        typeNode.fail(
            QStringLiteral("unknown scale type '%1' (likert, choice, yesno, number)").arg(type));

    if (scale.type == Scale::Type::Number) {
        scale.min = node.require(QStringLiteral("min")).number();
        scale.max = node.require(QStringLiteral("max")).number();
        scale.step = node.numberOr(QStringLiteral("step"), 1.0);
        if (scale.max <= scale.min)
            node.field(QStringLiteral("max")).fail(QStringLiteral("max must be greater than min"));
        if (scale.step <= 0)
            node.field(QStringLiteral("step")).fail(QStringLiteral("step must be positive"));
        if (!node.field(QStringLiteral("unit")).isNull())
            scale.unit = node.field(QStringLiteral("unit")).text(m_instrument.languages);
        if (!node.field(QStringLiteral("points")).isNull())
            parsePoints(node.field(QStringLiteral("points")), scale);
        if (!node.field(QStringLiteral("options")).isNull())
            node.field(QStringLiteral("options"))
                .fail(QStringLiteral("a number scale has no options"));
        return scale;
    }
    const JsonCursor options = node.field(QStringLiteral("options"));
    if (scale.type == Scale::Type::YesNo && options.isNull()) {
        scale.options = {{0, yesNoLabel(0, m_instrument.languages)},
                         {1, yesNoLabel(1, m_instrument.languages)}};
        return scale;
    }
    if (options.isNull())
        node.require(QStringLiteral("options"));
    parseOptions(options, scale);
    if (scale.type == Scale::Type::YesNo) {
        QSet<int> codes;
        for (const ScaleOption& option : scale.options)
            codes.insert(option.code);
        if (codes != QSet<int>{0, 1})
            options.fail(QStringLiteral("a yes/no scale has exactly the codes 0 and 1"));
    }
    return scale;
}

void InstrumentParser::parseOptions(const JsonCursor& options, Scale& scale) const
{
    const int count = options.size();
    if (count < 2)
        options.fail(QStringLiteral("a scale needs at least 2 options"));
    for (int i = 0; i < count; ++i) {
        const JsonCursor option = options.at(i);
        option.allowOnly({QStringLiteral("code"), QStringLiteral("label")});
        ScaleOption parsed;
        parsed.code = option.require(QStringLiteral("code")).integer();
        parsed.label = option.require(QStringLiteral("label")).text(m_instrument.languages);
        for (const ScaleOption& earlier : scale.options)
            if (earlier.code == parsed.code)
                option.field(QStringLiteral("code"))
                    .fail(QStringLiteral("duplicate option code %1").arg(parsed.code));
        scale.options << parsed;
    }
}

void InstrumentParser::parsePoints(const JsonCursor& node, Scale& scale) const
{
    const int count = node.size();
    if (count == 0)
        node.fail(QStringLiteral("points needs at least one range"));
    for (int i = 0; i < count; ++i) {
        const JsonCursor range = node.at(i);
        range.allowOnly({QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("points")});
        PointsRange parsed{range.require(QStringLiteral("min")).number(),
                           range.require(QStringLiteral("max")).number(),
                           range.require(QStringLiteral("points")).number()};
        if (parsed.max < parsed.min)
            range.fail(QStringLiteral("max %1 is below min %2").arg(parsed.max).arg(parsed.min));
        if (i == 0 && parsed.min != scale.min)
            range.field(QStringLiteral("min"))
                .fail(QStringLiteral("the first range must start at the scale's min %1")
                          .arg(scale.min));
        if (i > 0 && parsed.min <= scale.points.last().max)
            range.fail(QStringLiteral("range %1-%2 overlaps the previous range")
                           .arg(parsed.min)
                           .arg(parsed.max));
        if (i == count - 1 && parsed.max != scale.max)
            range.field(QStringLiteral("max"))
                .fail(
                    QStringLiteral("the last range must end at the scale's max %1").arg(scale.max));
        scale.points << parsed;
    }
}

Item InstrumentParser::parseItem(const JsonCursor& node, int index) const
{
    node.allowOnly({QStringLiteral("id"), QStringLiteral("scale"), QStringLiteral("text"),
                    QStringLiteral("required"), QStringLiteral("showIf"),
                    QStringLiteral("leadIn")});
    Item item;
    item.id = node.require(QStringLiteral("id")).identifier();
    const JsonCursor scaleNode = node.require(QStringLiteral("scale"));
    item.scaleId = scaleNode.string();
    if (!m_instrument.scale(item.scaleId))
        scaleNode.fail(QStringLiteral("unknown scale '%1'").arg(item.scaleId));
    item.text = node.require(QStringLiteral("text")).text(m_instrument.languages);
    item.required = node.booleanOr(QStringLiteral("required"), false);
    const JsonCursor showIf = node.field(QStringLiteral("showIf"));
    if (!showIf.isNull())
        item.showIf = parseCondition(showIf, index);
    const JsonCursor leadIn = node.field(QStringLiteral("leadIn"));
    if (!leadIn.isNull())
        item.leadIn = leadIn.text(m_instrument.languages);
    return item;
}

Condition InstrumentParser::parseCondition(const JsonCursor& node, int ownerIndex) const
{
    for (const QString& combinator : {QStringLiteral("all"), QStringLiteral("any")}) {
        const JsonCursor parts = node.field(combinator);
        if (parts.isNull())
            continue;
        node.allowOnly({combinator});
        Condition condition;
        condition.kind =
            combinator == QLatin1String("all") ? Condition::Kind::All : Condition::Kind::Any;
        if (parts.size() == 0)
            parts.fail(QStringLiteral("needs at least one condition"));
        for (int i = 0, n = parts.size(); i < n; ++i)
            condition.parts << parseCondition(parts.at(i), ownerIndex);
        return condition;
    }
    node.allowOnly({QStringLiteral("item"), QStringLiteral("op"), QStringLiteral("value")});
    const JsonCursor itemNode = node.require(QStringLiteral("item"));
    const QString itemId = itemNode.string();
    const int referenced = m_instrument.itemIndex(itemId);
    if (referenced < 0) {
        bool later = false;
        for (int i = 0, n = m_root.field(QStringLiteral("items")).size(); i < n; ++i)
            later = later || m_root.field(QStringLiteral("items"))
                                     .at(i)
                                     .value()[QStringLiteral("id")]
                                     .toString() == itemId;
        if (later)
            itemNode.fail(QStringLiteral("condition refers to item '%1', which comes later; "
                                         "a condition may only refer to earlier items")
                              .arg(itemId));
        itemNode.fail(QStringLiteral("condition refers to unknown item '%1'").arg(itemId));
    }
    if (referenced >= ownerIndex)
        itemNode.fail(
            QStringLiteral("condition refers to item '%1', which is not earlier").arg(itemId));
    Condition condition = parseComparison(node, m_instrument.scaleOfItem(itemId));
    condition.item = itemId;
    return condition;
}

Condition InstrumentParser::parseComparison(const JsonCursor& node, const Scale* scale) const
{
    Condition condition;
    const JsonCursor opNode = node.require(QStringLiteral("op"));
    if (!conditionOpFromId(opNode.string(), &condition.op))
        opNode.fail(QStringLiteral("unknown operator '%1' (eq, ne, gt, ge, lt, le, in, answered)")
                        .arg(opNode.string()));
    const JsonCursor value = node.field(QStringLiteral("value"));
    if (condition.op == Condition::Op::Answered) {
        if (!value.isNull())
            value.fail(QStringLiteral("'answered' takes no value"));
        return condition;
    }
    if (value.value().isUndefined())
        node.require(QStringLiteral("value"));
    if (condition.op == Condition::Op::In) {
        for (int i = 0, n = value.size(); i < n; ++i)
            condition.values << value.at(i).number();
        if (condition.values.isEmpty())
            value.fail(QStringLiteral("'in' needs at least one value"));
    } else {
        condition.values << value.number();
    }
    if (scale && !scale->isNumber())
        for (double v : condition.values)
            if (v < scale->lowestAnswer() - 1 || v > scale->highestAnswer() + 1)
                value.fail(QStringLiteral("value %1 is outside the item's answer codes (%2)")
                               .arg(v)
                               .arg(scale->describeAccepted()));
    return condition;
}

} // namespace signaali
