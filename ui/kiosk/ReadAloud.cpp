#include "kiosk/ReadAloud.h"

#include <QTextToSpeech>
#include <algorithm>

namespace signaali::ui {

ReadAloud::ReadAloud(QObject* parent) : QObject(parent)
{
    if (!QTextToSpeech::availableEngines().isEmpty())
        m_speech = new QTextToSpeech(this);
}

QStringList ReadAloud::languagesWithVoices() const
{
    QStringList languages;
    if (!m_speech || m_speech->state() == QTextToSpeech::Error)
        return languages;
    const QList<QLocale> locales = m_speech->availableLocales();
    for (const QString& code : {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")})
        if (std::any_of(locales.begin(), locales.end(), [&](const QLocale& locale) {
                return locale.language() == QLocale(code).language();
            }))
            languages << code;
    return languages;
}

QString ReadAloud::say(const QString& text, const QString& language)
{
    if (!m_speech || m_speech->state() == QTextToSpeech::Error)
        return tr("Reading aloud does not work on this computer. If you need help with "
                  "reading, ask the nurse.");
    const QLocale wanted(language);
    QLocale chosen;
    bool found = false;
    for (const QLocale& locale : m_speech->availableLocales())
        if (locale.language() == wanted.language()) {
            chosen = locale;
            found = true;
            break;
        }
    if (!found)
        return tr("Reading aloud does not work in this language on this computer. If you need "
                  "help with reading, ask the nurse.");
    m_speech->setLocale(chosen);
    m_speech->say(text);
    return {};
}

} // namespace signaali::ui
