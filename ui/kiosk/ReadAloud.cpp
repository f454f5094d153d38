#include "ReadAloud.h"

#include <QTextToSpeech>

namespace signaali::ui {

ReadAloud::ReadAloud(QObject* parent) : QObject(parent)
{
    if (!QTextToSpeech::availableEngines().isEmpty())
        m_speech = new QTextToSpeech(this);
}

QString ReadAloud::say(const QString& text, const QString& language)
{
    if (!m_speech || m_speech->state() == QTextToSpeech::Error)
        return tr("Read aloud is not available on this computer: no speech engine is installed.");
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
        return tr("Read aloud is not available in this language: no voice is installed for it.");
    m_speech->setLocale(chosen);
    m_speech->say(text);
    return {};
}

} // namespace signaali::ui
