#include "core/FlagCode.h"

namespace signaali {

QString FlagCode::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Threshold:
        return QStringLiteral("threshold");
    case Kind::Change:
        return QStringLiteral("change");
    case Kind::Critical:
        return QStringLiteral("critical");
    case Kind::Accumulation:
        return QStringLiteral("accumulation");
    }
    return {};
}

std::optional<FlagCode::Kind> FlagCode::kindFromId(const QString& id)
{
    for (Kind kind : {Kind::Threshold, Kind::Change, Kind::Critical, Kind::Accumulation})
        if (kindId(kind) == id)
            return kind;
    return std::nullopt;
}

std::optional<FlagCode> FlagCode::parse(const QString& code)
{
    const qsizetype dot = code.indexOf(QLatin1Char('.'));
    const auto kind = kindFromId(dot < 0 ? code : code.left(dot));
    if (!kind)
        return std::nullopt;
    if (*kind == Kind::Accumulation)
        return dot < 0 ? std::optional(accumulation()) : std::nullopt;
    const QString subject = dot < 0 ? QString() : code.mid(dot + 1);
    if (subject.isEmpty())
        return std::nullopt;
    return FlagCode(*kind, subject);
}

QString FlagCode::storedKind(const QString& code)
{
    const auto parsed = parse(code);
    return parsed ? kindId(parsed->kind()) : QString();
}

QString FlagCode::toString() const
{
    return m_kind == Kind::Accumulation ? kindId(m_kind)
                                        : kindId(m_kind) + QLatin1Char('.') + m_subject;
}

} // namespace signaali
