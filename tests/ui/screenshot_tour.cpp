// Drives the real kiosk window under Xvfb through its main states and takes a
// screenshot of the screen at each with ImageMagick's `import -window root`.
// Run by scripts/screenshots.sh; writes PNGs into the folder given.
#include "KioskFixture.h"
#include "Screenshot.h"
#include "kiosk/LiveViewDialog.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>

using namespace signaali;
using namespace signaali::ui;

namespace {
QString g_folder;

bool shoot(const char* name)
{
    return shootScreen(g_folder, name, 300);
}

// The first option (8 in a number field), and past a lead-in or critical message.
void answerFirstOption(KioskFixture& k)
{
    answerByKeyboard(k.questionPage(), k.session());
    if (k.onPage("messagePage"))
        QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    g_folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    KioskFixture k;
    if (!k.t.seed(0))
        return 1;
    // A class with believable names for the pictures.
    Roster roster;
    const QStringList names{QStringLiteral("Aino Mäkinen"),    QStringLiteral("Väinö Törmälä"),
                            QStringLiteral("Sälli Åkerlund"),  QStringLiteral("Eero Nieminen"),
                            QStringLiteral("Linnea Lindholm"), QStringLiteral("Onni Koskinen"),
                            QStringLiteral("Helmi Salo"),      QStringLiteral("Leo Virtanen")};
    for (int i = 0; i < names.size(); ++i) {
        RosterPupil p;
        p.line = i + 2;
        p.firstName = names[i].section(QLatin1Char(' '), 0, 0);
        p.lastName = names[i].section(QLatin1Char(' '), 1);
        p.dateOfBirth = QDate(2012, 1, 1).addDays(i);
        p.className = QStringLiteral("8A");
        roster.pupils << p;
    }
    db::PupilStore(k.t.db->connection()).importRoster(roster, QStringLiteral("Testikoulu"), false);
    if (!k.start())
        return 1;
    k.window->resize(1366, 768);
    k.window->move(0, 0);
    bool ok = shoot("kiosk-checkin");

    k.checkIn(0, 1, 1); // Aino, born 1.1.
    if (!k.onPage("messagePage"))
        return 1;
    ok &= shoot("kiosk-instructions");
    QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
    QTest::keyClick(k.questionPage(), Qt::Key_2);
    ok &= shoot("kiosk-question-fi");
    QTest::keyClick(k.questionPage(), Qt::Key_Return);
    QTest::mouseClick(k.find<QPushButton>("language_sv"), Qt::LeftButton);
    ok &= shoot("kiosk-question-sv");
    QTest::mouseClick(k.find<QPushButton>("language_en"), Qt::LeftButton);
    ok &= shoot("kiosk-question-en");
    QTest::mouseClick(k.find<QPushButton>("language_fi"), Qt::LeftButton);
    // On to the first critical item, and a critical answer.
    const CriticalRule& rule = k.session()->instrument().critical.first();
    while (k.session()->current() && k.session()->current()->id != rule.item)
        answerFirstOption(k);
    ok &= shoot("kiosk-critical-item");
    const Scale* scale = k.session()->instrument().scale(k.session()->current()->scaleId);
    for (const ScaleOption& option : scale->options)
        if (rule.when.matches(option.code)) {
            QTest::mouseClick(
                k.find<QPushButton>(qPrintable(QStringLiteral("option_%1").arg(option.code))),
                Qt::LeftButton);
            break;
        }
    ok &= shoot("kiosk-critical-message");
    QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
    // To the end; the thank-you page comes when the pupil is no longer answering.
    while (k.onPage("questionPage")) {
        answerByKeyboard(k.questionPage(), k.session());
        if (k.onPage("messagePage") && k.flow->isActive())
            QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
    }
    ok &= shoot("kiosk-thank-you");
    QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
    // Väinö (born 2.1.) starts too, so the live view has someone in progress.
    auto* list = k.find<QListWidget>("pupilList");
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(QStringLiteral("Väinö")))
            k.checkIn(row, 2, 1);
    if (!k.onPage("messagePage"))
        return 1;
    QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
    for (int i = 0; i < 7; ++i)
        answerFirstOption(k);
    k.flow->leave();
    // As the kiosk opens it: over the whole screen, so no pupil's page shows behind it.
    auto* live = new LiveViewDialog(k.flow.get(), k.window.get());
    live->setGeometry(0, 0, 1366, 768);
    live->setWindowState(live->windowState() | Qt::WindowFullScreen);
    live->show();
    ok &= shoot("kiosk-live-view");
    live->close();
    // The kiosk opened again; someone guesses Eero's birthday: the wait counts
    // down, then the lock.
    if (!k.start())
        return 1;
    k.window->resize(1366, 768);
    k.window->move(0, 0);
    list = k.find<QListWidget>("pupilList");
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(QStringLiteral("Eero")))
            for (int i = 0; i < 6; ++i) {
                k.clock.advanceMs(120000);
                k.checkIn(row, 10 + i, 6);
                if (i == 3)
                    ok &= shoot("kiosk-checkin-wait");
            }
    ok &= shoot("kiosk-checkin-locked");
    return ok ? 0 : 1;
}
