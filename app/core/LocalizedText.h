#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace signaali {

// The languages Signaali speaks; Finnish is the primary one.
inline const QStringList& supportedLanguages()
{
    static const QStringList languages{QStringLiteral("fi"), QStringLiteral("sv"),
                                       QStringLiteral("en")};
    return languages;
}

// A text given once per language, e.g. {"fi": "Mieliala", "sv": "Humör", "en": "Mood"}.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QMap<QString, QString> byLanguage) : m_text(std::move(byLanguage)) {}

    // Falls back to Finnish, then to any language, so a caller never shows an empty label.
    QString text(const QString& language) const;
    bool has(const QString& language) const { return m_text.contains(language); }
    void set(const QString& language, const QString& text) { m_text.insert(language, text); }
    bool isEmpty() const { return m_text.isEmpty(); }
    const QMap<QString, QString>& all() const { return m_text; }

private:
    QMap<QString, QString> m_text;
};

} // namespace signaali
