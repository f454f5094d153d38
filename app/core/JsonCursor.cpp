#include "core/JsonCursor.h"

#include <QRegularExpression>
#include <cmath>

namespace signaali {

JsonCursor::JsonCursor(QJsonValue value, QString file, QString path)
    : m_value(std::move(value)), m_file(std::move(file)), m_path(std::move(path))
{
}

void JsonCursor::fail(const QString& message) const
{
    throw LoadFailure({m_file, m_path, message});
}

JsonCursor JsonCursor::field(const QString& name) const
{
    if (!m_value.isObject())
        fail(QStringLiteral("expected an object"));
    return JsonCursor(m_value.toObject().value(name), m_file, m_path + QLatin1Char('.') + name);
}

JsonCursor JsonCursor::require(const QString& name) const
{
    JsonCursor child = field(name);
    if (child.m_value.isUndefined())
        fail(QStringLiteral("missing required field '%1'").arg(name));
    return child;
}

JsonCursor JsonCursor::at(int index) const
{
    return JsonCursor(m_value.toArray().at(index), m_file,
                      m_path + QStringLiteral("[%1]").arg(index));
}

void JsonCursor::allowOnly(const QStringList& allowed) const
{
    if (!m_value.isObject())
        fail(QStringLiteral("expected an object"));
    for (const QString& key : m_value.toObject().keys())
        if (!allowed.contains(key))
            fail(QStringLiteral("unknown field '%1' (allowed: %2)")
                     .arg(key, allowed.join(QStringLiteral(", "))));
}

QString JsonCursor::string() const
{
    if (!m_value.isString())
        fail(QStringLiteral("expected a string"));
    return m_value.toString();
}

QString JsonCursor::identifier() const
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    const QString id = string();
    if (!pattern.match(id).hasMatch())
        fail(QStringLiteral("'%1' is not a valid identifier (letters, digits, '-', '_')").arg(id));
    return id;
}

double JsonCursor::number() const
{
    if (!m_value.isDouble())
        fail(QStringLiteral("expected a number"));
    return m_value.toDouble();
}

int JsonCursor::integer() const
{
    const double v = number();
    if (v != std::floor(v) || std::abs(v) > 1e9)
        fail(QStringLiteral("expected a whole number, got %1").arg(v));
    return static_cast<int>(v);
}

bool JsonCursor::boolean() const
{
    if (!m_value.isBool())
        fail(QStringLiteral("expected true or false"));
    return m_value.toBool();
}

int JsonCursor::size() const
{
    if (!m_value.isArray())
        fail(QStringLiteral("expected an array"));
    return static_cast<int>(m_value.toArray().size());
}

QStringList JsonCursor::keys() const
{
    if (!m_value.isObject())
        fail(QStringLiteral("expected an object"));
    return m_value.toObject().keys();
}

QStringList JsonCursor::stringList() const
{
    QStringList list;
    for (int i = 0, n = size(); i < n; ++i)
        list << at(i).string();
    return list;
}

LocalizedText JsonCursor::text(const QStringList& languages) const
{
    if (!m_value.isObject())
        fail(QStringLiteral("expected a text object with one string per language (%1)")
                 .arg(languages.join(QStringLiteral(", "))));
    LocalizedText text;
    for (const QString& key : keys()) {
        if (!languages.contains(key))
            fail(QStringLiteral("language '%1' is not one of the instrument's languages").arg(key));
        const QString value = field(key).string();
        if (value.trimmed().isEmpty())
            field(key).fail(QStringLiteral("empty text"));
        text.set(key, value);
    }
    for (const QString& language : languages)
        if (!text.has(language))
            fail(QStringLiteral("missing translation for '%1'").arg(language));
    return text;
}

QString JsonCursor::stringOr(const QString& name, const QString& fallback) const
{
    const JsonCursor child = field(name);
    return child.m_value.isUndefined() ? fallback : child.string();
}

double JsonCursor::numberOr(const QString& name, double fallback) const
{
    const JsonCursor child = field(name);
    return child.m_value.isUndefined() ? fallback : child.number();
}

bool JsonCursor::booleanOr(const QString& name, bool fallback) const
{
    const JsonCursor child = field(name);
    return child.m_value.isUndefined() ? fallback : child.boolean();
}

} // namespace signaali
