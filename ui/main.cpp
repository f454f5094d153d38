// signaali: the screening kiosk (and, later, the nurse workspace).
#include "AppPaths.h"
#include "Database.h"
#include "InstrumentCatalog.h"
#include "KioskSetupDialog.h"
#include "KioskWindow.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

using namespace signaali;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("signaali"));
    QApplication::setApplicationDisplayName(QStringLiteral("Signaali"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNAALI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Signaali: youth well-being screening for school health care."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file (default: signaali.db in the data folder)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("windowed"),
                      QStringLiteral("Run the kiosk in a window instead of full screen.")});
    parser.addOption(
        {QStringLiteral("startup-probe"),
         QStringLiteral("Quit as soon as the first window is on screen (to time start-up).")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("User interface language: fi (default), sv or en."),
                      QStringLiteral("LANG"), QStringLiteral("fi")});
    parser.process(app);
    ui::UiLanguage::set(parser.value(QStringLiteral("language")));

    const QString path = parser.isSet(QStringLiteral("db"))
                             ? parser.value(QStringLiteral("db"))
                             : QDir(dataDirectory()).filePath(QStringLiteral("signaali.db"));
    db::OpenError error;
    auto database = db::Database::open(path, &error);
    if (!database) {
        QMessageBox::critical(nullptr, QStringLiteral("Signaali"),
                              QApplication::translate("main", "The database cannot be opened:\n%1")
                                  .arg(error.toString()));
        return 2;
    }
    const InstrumentCatalog catalog =
        InstrumentCatalog::load(instrumentsDirectory(), wordingDirectory());

    ui::KioskSetupDialog setup(database.get(), catalog);
    if (parser.isSet(QStringLiteral("startup-probe"))) {
        setup.show();
        QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
        return app.exec();
    }
    if (setup.exec() != QDialog::Accepted)
        return 0;
    ui::KioskFlow flow(setup.config());
    ui::KioskWindow kiosk(&flow);
    if (parser.isSet(QStringLiteral("windowed"))) {
        kiosk.resize(1280, 720);
        kiosk.show();
    } else
        kiosk.showFullScreen();
    return app.exec();
}
