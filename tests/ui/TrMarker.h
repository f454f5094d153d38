#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QTranslator>

// Installed over the real translations, it marks every text the window's own
// classes pass through tr(), so a test can tell a translatable text from one
// that came from db/ in English, before the .ts files have the new texts.
class TrMarker : public QTranslator
{
public:
    static constexpr const char16_t* open = u"\u27e6";
    static constexpr const char16_t* close = u"\u27e7";

    TrMarker() { QCoreApplication::installTranslator(this); }
    ~TrMarker() override { QCoreApplication::removeTranslator(this); }

    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        if (!QByteArray(context).startsWith("signaali::ui::"))
            return {};
        return QString::fromUtf16(open) + QString::fromUtf8(source) + QString::fromUtf16(close);
    }

    static bool marked(const QString& text)
    {
        return text.startsWith(QString::fromUtf16(open)) &&
               text.endsWith(QString::fromUtf16(close));
    }
};
