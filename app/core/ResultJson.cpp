#include "core/ResultJson.h"

#include <QJsonArray>

namespace signaali {

namespace {
QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalLevel(const std::optional<Level>& level)
{
    return level ? QJsonValue(levelId(*level)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject resultToJson(const ScoreResult& result)
{
    QJsonArray domains;
    for (const DomainResult& d : result.domains) {
        QJsonObject domain{{QStringLiteral("id"), d.id},
                           {QStringLiteral("score"), optionalNumber(d.score)},
                           {QStringLiteral("band"), optionalString(d.band)},
                           {QStringLiteral("level"), optionalLevel(d.level)},
                           {QStringLiteral("valid"), d.valid},
                           {QStringLiteral("asked"), d.asked},
                           {QStringLiteral("answered"), d.answered}};
        if (d.percentage)
            domain.insert(QStringLiteral("percentage"), *d.percentage);
        domains.append(domain);
    }
    QJsonArray flags;
    for (const Flag& f : result.flags)
        flags.append(QJsonObject{{QStringLiteral("code"), f.code},
                                 {QStringLiteral("level"), levelId(f.level)},
                                 {QStringLiteral("critical"), f.critical},
                                 {QStringLiteral("reason"), f.reason}});
    QJsonObject json{
        {QStringLiteral("instrument"), result.instrumentId},
        {QStringLiteral("version"), result.version},
        {QStringLiteral("language"), result.language},
        {QStringLiteral("valid"), result.valid},
        {QStringLiteral("invalidReasons"), QJsonArray::fromStringList(result.invalidReasons)},
        {QStringLiteral("total"), optionalNumber(result.total)},
        {QStringLiteral("band"), optionalString(result.band)},
        {QStringLiteral("level"), optionalLevel(result.level)},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("flags"), flags}};
    if (result.percentage)
        json.insert(QStringLiteral("percentage"), *result.percentage);
    return json;
}

} // namespace signaali
