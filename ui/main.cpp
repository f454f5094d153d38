// signaali: the workspace (sign-in, results, follow-up) and the screening kiosk.
#include "common/UiLanguage.h"
#include "core/AppPaths.h"
#include "core/InstrumentCatalog.h"
#include "db/admin/Organisation.h"
#include "db/admin/UserStore.h"
#include "db/storage/Database.h"
#include "db/storage/DatabaseKeys.h"
#include "db/storage/Encryption.h"
#include "workspace/RecoverySheetDialog.h"
#include "workspace/SetupWizard.h"
#include "workspace/WorkspaceSettings.h"
#include "workspace/WorkspaceWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <optional>

using namespace signaali;

namespace {
void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Signaali: youth well-being screening for school health care."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file (default: signaali.db in the data folder)."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("startup-probe"),
         QStringLiteral("Quit as soon as the first window is on screen (to time start-up).")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("User interface language: fi, sv or en (default: the one "
                                     "chosen last in the window, else fi)."),
                      QStringLiteral("LANG")});
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("signaali"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNAALI_VERSION));
}

// --help and --version are answered before QApplication exists, which aborts
// without a display; so does a start with no display at all, with a message
// instead of Qt's abort.
std::optional<int> answerWithoutDisplay(int argc, char* argv[])
{
    QCoreApplication core(argc, argv);
    nameApplication();
    QCommandLineParser parser;
    describeOptions(parser);
    // Qt's own options (-platform, -style ...) are unknown here: only help and
    // version are looked at, everything else is parsed again below.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
#ifdef Q_OS_LINUX
    const bool platformChosen = qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ||
                                QCoreApplication::arguments().contains(QStringLiteral("-platform"));
    if (!platformChosen && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("signaali: no display to open a window on (DISPLAY is not set); "
                   "signaali-cli works without one.\n",
                   stderr);
        return 2;
    }
#endif
    return std::nullopt;
}
} // namespace

int main(int argc, char* argv[])
{
    if (const auto exitCode = answerWithoutDisplay(argc, argv))
        return *exitCode;
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Signaali"));

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    ui::UiLanguage::set(parser.isSet(QStringLiteral("language"))
                            ? parser.value(QStringLiteral("language"))
                            : ui::WorkspaceSettings().language());

    const QString path = parser.isSet(QStringLiteral("db"))
                             ? parser.value(QStringLiteral("db"))
                             : QDir(dataDirectory()).filePath(QStringLiteral("signaali.db"));
    auto cannotOpen = [](const db::OpenError& error) {
        QMessageBox::critical(nullptr, QStringLiteral("Signaali"),
                              QApplication::translate("main", "The database cannot be opened:\n%1")
                                  .arg(error.toString()));
        return 2;
    };
    db::OpenError error;
    // An encrypted database is only looked at here: nothing in it is read
    // until a password on the sign-in screen opens its key slot.
    auto database = db::DatabaseKeys::isEncrypted(path) ? db::Database::openLocked(path, &error)
                                                        : db::Database::open(path, &error);
    if (!database)
        return cannotOpen(error);
    const InstrumentCatalog catalog =
        InstrumentCatalog::load(instrumentsDirectory(), wordingDirectory());

    if (database->isOpen() && db::UserStore(database->connection()).needsSetup() &&
        !parser.isSet(QStringLiteral("startup-probe"))) {
        std::optional<ui::FirstSetupAnswers> answers;
        db::UserStore users(database->connection());
        ui::SetupWizard wizard([&users, &answers](const ui::FirstSetupAnswers& a) {
            const auto done = users.runFirstSetup({a.municipality, a.school, a.adminUsername,
                                                   a.adminName, a.adminPassword, a.nurseUsername,
                                                   a.nurseName, a.nursePassword});
            if (done)
                answers = a;
            return done;
        });
        // A class list imported before set-up (scripts/run.sh's example) names the school.
        const auto schools = db::schoolsBeforeSetup(database->connection());
        if (schools && schools->size() == 1)
            wizard.suggestSchool(schools->first().name);
        if (wizard.exec() != QDialog::Accepted || !answers)
            return 0;
        // Set-up ends by encrypting the file, the example class included.
        database.reset();
        const auto encrypted =
            db::Encryption::encrypt({path,
                                     answers->adminUsername,
                                     answers->adminPassword,
                                     {{answers->nurseUsername, answers->nursePassword}}});
        const QString municipality = answers->municipality;
        answers.reset();
        if (!encrypted) {
            QMessageBox::critical(nullptr, QStringLiteral("Signaali"), encrypted.error());
            return 2;
        }
        ui::RecoverySheetDialog sheet(municipality, path, encrypted->recoveryKey);
        sheet.exec();
        database = db::Database::openLocked(path, &error);
        if (!database)
            return cannotOpen(error);
    }

    ui::WorkspaceWindow window(database.get(), catalog);
    window.show();
    if (parser.isSet(QStringLiteral("startup-probe")))
        QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
    return app.exec();
}
