#pragma once

#include "core/LoadError.h"
#include "core/LocalizedText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <functional>

namespace signaali {

// A position in a JSON document that knows its own path, so every
// complaint names the file and the exact place ("$.items[3].scale").
class JsonCursor
{
public:
    JsonCursor(QJsonValue value, QString file, QString path = QStringLiteral("$"));

    const QString& path() const { return m_path; }
    const QJsonValue& value() const { return m_value; }
    bool isNull() const { return m_value.isUndefined() || m_value.isNull(); }

    [[noreturn]] void fail(const QString& message) const;

    JsonCursor field(const QString& name) const; // may be undefined
    JsonCursor require(const QString& name) const;
    JsonCursor at(int index) const;
    // Refuses fields other than `allowed`, to catch misspellings.
    void allowOnly(const QStringList& allowed) const;

    QString string() const;
    QString identifier() const; // letters, digits, '-' and '_'
    double number() const;
    int integer() const;
    bool boolean() const;
    int size() const; // array length
    QStringList keys() const;
    QStringList stringList() const;
    // A text with exactly one entry per language in `languages`.
    LocalizedText text(const QStringList& languages) const;

    QString stringOr(const QString& name, const QString& fallback) const;
    double numberOr(const QString& name, double fallback) const;
    bool booleanOr(const QString& name, bool fallback) const;

private:
    QJsonValue m_value;
    QString m_file;
    QString m_path;
};

} // namespace signaali
