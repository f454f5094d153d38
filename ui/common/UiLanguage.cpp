#include "common/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace signaali::ui {

namespace {
QString g_language; // empty: nothing set yet, the source text (English) shows
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
} // namespace

void UiLanguage::set(const QString& language)
{
    // Dates and numbers as the language writes them in Finland (3.12.2026).
    QLocale::setDefault(
        language == QLatin1String("fi")   ? QLocale(QLocale::Finnish, QLocale::Finland)
        : language == QLatin1String("sv") ? QLocale(QLocale::Swedish, QLocale::Finland)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (language == g_language)
        return;
    for (auto* slot : {&g_app, &g_qt})
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    g_language = language;
    // English too: its file holds the plural forms ("1 pupil", "2 pupils").
    g_app = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/signaali_%1.qm").arg(language)))
        QCoreApplication::installTranslator(g_app.get());
    if (language == QLatin1String("en"))
        return;
    // Qt's own texts (Close, Cancel, the file dialog). Debian ships Finnish as
    // qtbase_fi but Swedish only as the older all-in-one qt_sv.
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(language), folder) ||
        g_qt->load(QStringLiteral("qt_%1").arg(language), folder))
        QCoreApplication::installTranslator(g_qt.get());
}

QString UiLanguage::current()
{
    return g_language.isEmpty() ? QStringLiteral("en") : g_language;
}

} // namespace signaali::ui
