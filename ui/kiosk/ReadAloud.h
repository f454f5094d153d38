#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTextToSpeech;

namespace signaali::ui {

// Reads text aloud with Qt TextToSpeech in the pupil's language. Says why when
// it cannot (no speech engine, or no voice for the language) instead of failing silently.
class ReadAloud : public QObject
{
    Q_OBJECT

public:
    explicit ReadAloud(QObject* parent = nullptr);
    // An empty string when speaking started, else the reason it could not, for the screen.
    QString say(const QString& text, const QString& language);
    // Of fi, sv and en, those a voice is installed for (for the nurse's set-up).
    QStringList languagesWithVoices() const;

private:
    QTextToSpeech* m_speech = nullptr;
};

} // namespace signaali::ui
