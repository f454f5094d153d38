// The nurse's side of the screening kiosk: her set-up, her PIN, the live view
// and the code sheet in her language whatever the pupil on screen speaks.
#include "KioskFixture.h"
#include "common/UiLanguage.h"
#include "kiosk/KioskSetupDialog.h"
#include "kiosk/LiveViewDialog.h"
#include "kiosk/PinGuard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLibraryInfo>
#include <QScreen>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>

using namespace signaali;
using namespace signaali::ui;

class TestKioskNurse : public QObject
{
    Q_OBJECT

private slots:
    void setUpTellsTheNurseAboutReadAloud()
    {
        KioskFixture k;
        QVERIFY(k.start());
        const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
        KioskSetupDialog setup(k.t.db.get(), catalog, k.nurse);
        auto* info = setup.findChild<QLabel*>(QStringLiteral("readAloudInfo"));
        QVERIFY(info);
        QVERIFY(!info->text().isEmpty());
        QCOMPARE(info->text(), KioskSetupDialog::readAloudInfo());
        auto* language = setup.findChild<QComboBox*>(QStringLiteral("nurseLanguage"));
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QStringLiteral("fi"));
    }

    // With a Swedish pupil on screen the nurse reads her views in her own language;
    // the live view covers the screen and ends the pupil's turn.
    void liveViewIsTheNursesAndCoversThePupilsPage()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.setPupilLanguage(0, QStringLiteral("sv")));
        QVERIFY(k.checkInAndBegin(0));
        answerByKeyboard(k.questionPage(), k.session());
        const qint64 response = k.responseId();
        QCOMPARE(UiLanguage::current(), QStringLiteral("sv"));
        QTranslator finnish;
        QVERIFY(finnish.load(QStringLiteral(":/i18n/signaali_fi.qm")));

        bool seen = false;
        QString language, header, heading, close;
        QRect covered, screen;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* live = qobject_cast<LiveViewDialog*>(QApplication::activeModalWidget());
            if (!live)
                return;
            poll.stop();
            seen = true;
            language = UiLanguage::current();
            header = live->table()->horizontalHeaderItem(0)->text();
            const auto sheet = live->codeSheet(nullptr);
            heading = sheet ? sheet->html() : QString();
            close = live->findChild<QPushButton*>(QStringLiteral("closeLiveView"))->text();
            covered = live->geometry();
            screen = live->screen()->geometry();
            QVERIFY(live->isFullScreen());
            live->accept();
        });
        poll.start(10);
        QVERIFY(k.window->requestLiveView());
        QVERIFY(seen);
        QCOMPARE(language, QStringLiteral("fi"));
        QCOMPARE(header, finnish.translate("signaali::ui::LiveViewDialog", "Pupil"));
        const QString title =
            finnish.translate("signaali::ui::CheckInCodeSheet", "Check-in codes: class %1, %2");
        if (!title.isEmpty())
            QVERIFY(heading.contains(title.section(QLatin1Char(':'), 0, 0)));
        QVERIFY(!close.isEmpty());
        QVERIFY2(covered.contains(screen), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                          .arg(covered.x())
                                                          .arg(covered.y())
                                                          .arg(covered.width())
                                                          .arg(covered.height())));
        // Closed: back at check-in, the pupil's turn over and their answers kept.
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.flow->isActive());
        QCOMPARE(responseStatus(k, response), QStringLiteral("in_progress"));
        QCOMPARE(k.answersOf(0), 1);
    }

    void nurseLanguageIsChosenAtSetUp()
    {
        KioskFixture k;
        k.nurseLanguage = QStringLiteral("en");
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        QString language;
        QTimer::singleShot(0, this, [&] {
            language = UiLanguage::current();
            if (auto* live = qobject_cast<LiveViewDialog*>(QApplication::activeModalWidget())) {
                QCOMPARE(live->table()->horizontalHeaderItem(0)->text(), QStringLiteral("Pupil"));
                live->accept();
            }
        });
        QVERIFY(k.window->requestLiveView());
        QCOMPARE(language, QStringLiteral("en"));
        QCOMPARE(UiLanguage::current(), QStringLiteral("fi")); // check-in speaks Finnish
    }

    void wrongPinSaysSoAndBacksOffWithoutFreezing()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        auto* notice = k.find<QLabel>("pinNotice");
        QVERIFY(notice->isHidden());
        k.pinAnswer = QStringLiteral("0000");
        QVERIFY(!k.window->requestExit());
        QVERIFY(notice->isVisible()); // "Wrong PIN"
        const QString wrong = notice->text();
        QVERIFY(!wrong.isEmpty());
        QVERIFY(k.onPage("questionPage"));
        QCOMPARE(UiLanguage::current(), QStringLiteral("fi"));
        // A right PIN clears the error.
        k.pinAnswer = QStringLiteral("1234");
        QTimer::singleShot(0, this, [] {
            if (QWidget* live = QApplication::activeModalWidget())
                qobject_cast<QDialog*>(live)->accept();
        });
        QVERIFY(k.window->requestLiveView());
        QVERIFY(notice->isHidden());

        k.pinAnswer = QStringLiteral("0000");
        for (int i = 0; i < PinGuard::freeAttempts; ++i)
            QVERIFY(!k.window->requestExit());
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text() != wrong);
        QVERIFY(notice->text().contains(QStringLiteral("30")));
        // While the wait lasts the prompt is not even shown, the right PIN neither.
        k.pinAnswer = QStringLiteral("1234");
        const int prompts = k.pinPrompts;
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(!k.window->requestExit());
        QVERIFY(elapsed.elapsed() < 1000); // refused at once: nothing sleeps
        QCOMPARE(k.pinPrompts, prompts);
        QVERIFY(k.window->isVisible());
        k.clock.advanceMs(10'000);
        k.window->refreshPinNotice();
        QVERIFY(notice->text().contains(QStringLiteral("20")));
        QVERIFY(!k.window->requestExit());
        k.clock.advanceMs(20'000);
        k.window->refreshPinNotice();
        QVERIFY(notice->isHidden());
        QVERIFY(k.window->requestExit());
        QCOMPARE(k.pinPrompts, prompts + 1);
        QVERIFY(!k.window->isVisible());
    }

    void qtsOwnTextsFollowTheKiosksLanguage()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.setPupilLanguage(0, QStringLiteral("sv")));
        QVERIFY(k.checkInAndBegin(0));
        // Qt's file dialog and the like: Debian has Swedish only in the older qt_sv.
        QTranslator swedish;
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (swedish.load(QStringLiteral("qtbase_sv"), folder) ||
            swedish.load(QStringLiteral("qt_sv"), folder))
            QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"),
                     swedish.translate("QFileDialog", "File &name:"));
        // At check-in Finnish again, Qt's standard buttons too.
        k.clock.advanceMs(200'000);
        k.window->checkIdle();
        QVERIFY(k.onPage("checkInPage"));
        QTranslator finnish;
        if (finnish.load(QStringLiteral("qtbase_fi"), folder)) {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(),
                     finnish.translate("QPlatformTheme", "Cancel"));
        }
        // The kiosk's own dialogs name their buttons themselves.
        LiveViewDialog live(k.flow.get(), k.window.get());
        QCOMPARE(live.findChild<QPushButton*>(QStringLiteral("closeLiveView"))->text(),
                 LiveViewDialog::tr("Close"));
    }
};

QTEST_MAIN(TestKioskNurse)
#include "tst_kiosknurse.moc"
