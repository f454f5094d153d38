#pragma once

#include "core/Refusal.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace signaali::db::bundle {

// One record as read, with its place in the bundle for messages.
struct Record
{
    qint64 index = 0;
    QJsonObject fields;
};

// A bundle's records by type ("pupil", "response", ...), in bundle order.
struct Content
{
    QString file; // as shown in messages
    QString bundleId;
    QString senderName;
    QHash<QString, QList<Record>> byType;
    const QList<Record>& of(const QString& type) const
    {
        static const QList<Record> none;
        const auto it = byType.constFind(type);
        return it == byType.constEnd() ? none : *it;
    }
    Refusal invalid(qint64 index, const char* what, const QString& detail = {}) const
    {
        return Refusal::of(RefusalCode::BundleRecordInvalid,
                           {file, QString::number(index), QString::fromLatin1(what)}, detail);
    }
};

// Reads a record's fields, remembering whether any was missing or of the
// wrong type, so a merge checks once per record.
class Fields
{
public:
    explicit Fields(const QJsonObject& object) : m_o(object) {}
    bool ok() const { return m_ok; }

    // A string that must be there and not empty.
    QString text(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty())
            m_ok = false;
        return v.toString();
    }
    // A string that may be empty.
    QString anyText(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString())
            m_ok = false;
        return v.toString();
    }
    // A string or null (a null QVariant for SQL).
    QVariant textOrNull(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return QVariant();
        if (!v.isString())
            m_ok = false;
        return v.toString();
    }
    QVariant numberOrNull(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return QVariant();
        if (!v.isDouble())
            m_ok = false;
        return v.toDouble();
    }
    qint64 integer(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
            m_ok = false;
        return v.toInteger();
    }
    QVariant integerOrNull(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return QVariant();
        return integer(key);
    }
    QJsonObject object(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isObject())
            m_ok = false;
        return v.toObject();
    }
    QJsonArray array(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            m_ok = false;
        return v.toArray();
    }
    bool isNull(const char* key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return v.isNull() || v.isUndefined();
    }
    // One of `allowed`.
    QString oneOf(const char* key, std::initializer_list<const char*> allowed)
    {
        const QString value = text(key);
        for (const char* a : allowed)
            if (value == QLatin1String(a))
                return value;
        m_ok = false;
        return value;
    }

private:
    QJsonObject m_o;
    bool m_ok = true;
};

} // namespace signaali::db::bundle
