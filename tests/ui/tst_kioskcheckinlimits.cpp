// Guessing a classmate's birthday at the kiosk, through the real widgets: the
// wait counts down on screen without freezing the window, the lock shows the
// nurse's unlock button, a wrong PIN leaves it locked, the right one opens
// check-in again, and a pupil coming back must check in before their answers show.
#include "KioskFixture.h"
#include "db/access/AuditLog.h"

#include <QLabel>
#include <QRegularExpression>

using namespace signaali;
using namespace signaali::ui;

namespace {
QString problem(const KioskFixture& k)
{
    return k.find<QLabel>("problem")->text();
}

// The whole seconds the message on screen asks the pupil to wait.
int secondsShown(const KioskFixture& k)
{
    const auto m = QRegularExpression(QStringLiteral("(\\d+)")).match(problem(k));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
} // namespace

class TestKioskCheckInLimits : public QObject
{
    Q_OBJECT

private slots:
    void wrongBirthdaysWaitThenTheNurseUnlocks()
    {
        KioskFixture k;
        QVERIFY(k.start());
        for (int i = 0; i < 3; ++i) {
            k.checkIn(1, 15 + i, 6);
            QVERIFY(k.onPage("checkInPage"));
            QCOMPARE(secondsShown(k), -1); // "does not match", no wait yet
        }
        k.checkIn(1, 20, 6);
        QCOMPARE(secondsShown(k), 30);
        // The countdown runs on the clock while the window keeps answering.
        k.clock.advanceMs(12000);
        k.window->refreshCheckInBlock();
        QCOMPARE(secondsShown(k), 18);
        QVERIFY(k.find<QPushButton>("start")->isEnabled());
        // Even the right birthday waits.
        k.checkIn(1, 2, 1);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.flow->isActive());
        k.clock.advanceMs(18000);
        k.window->refreshCheckInBlock();
        QVERIFY(problem(k).isEmpty());

        k.checkIn(1, 21, 6);
        QCOMPARE(secondsShown(k), 60);
        k.clock.advanceMs(60000);
        k.window->refreshCheckInBlock();
        k.checkIn(1, 22, 6);
        // Locked for this pupil: the nurse's button shows; classmates go on.
        auto* unlock = k.find<QPushButton>("unlockCheckIn");
        QVERIFY(unlock->isVisible());
        QVERIFY(k.find<QPushButton>("start")->isEnabled());
        QVERIFY(!problem(k).isEmpty());
        k.checkIn(1, 2, 1);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.flow->isActive());
        k.clock.advanceMs(3600 * 1000);
        k.window->refreshCheckInBlock();
        QVERIFY(unlock->isVisible()); // time does not open it

        k.pinAnswer = QStringLiteral("0000");
        QTest::mouseClick(unlock, Qt::LeftButton);
        QCOMPARE(k.pinPrompts, 1);
        QVERIFY(unlock->isVisible());
        k.pinAnswer = QStringLiteral("1234");
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(!unlock->isVisible());
        QVERIFY(k.find<QPushButton>("start")->isEnabled());
        QVERIFY(problem(k).isEmpty());
        k.checkIn(1, 2, 1);
        QVERIFY(k.onPage("messagePage"));
        QVERIFY(k.flow->isActive());

        const auto logged = [&](const QString& action) {
            return db::scalar(k.t.db->connection(),
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                              {action})
                ->toInt();
        };
        QCOMPARE(logged(db::audit::CheckInFailed), 6);
        QCOMPARE(logged(db::audit::CheckInLocked), 1);
        QCOMPARE(logged(db::audit::CheckInUnlocked), 1);
    }

    void guessingTheWholeClassStopsEveryone()
    {
        KioskFixture k;
        QVERIFY(k.start());
        for (int i = 0; i < 15; ++i) {
            k.clock.advanceMs(301000);
            k.checkIn(i % 3, 10 + i, 7);
        }
        QVERIFY(k.find<QPushButton>("unlockCheckIn")->isVisible());
        QVERIFY(!k.find<QPushButton>("start")->isEnabled());
        k.checkIn(0, 1, 1); // the button is off: nothing happens
        QVERIFY(!k.flow->isActive());
        QVERIFY(k.window->requestUnlockCheckIn());
        QVERIFY(k.find<QPushButton>("start")->isEnabled());
        QVERIFY(k.checkInAndBegin(0));
    }

    void aLockOutlastsTheWindow()
    {
        KioskFixture k;
        QVERIFY(k.start());
        for (int i = 0; i < 6; ++i) {
            k.clock.advanceMs(120000);
            k.checkIn(2, 10 + i, 7);
        }
        QVERIFY(k.find<QPushButton>("unlockCheckIn")->isVisible());
        QVERIFY(k.start()); // the kiosk closed and opened again on the same file
        k.checkIn(2, 3, 1);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.flow->isActive());
        QVERIFY(k.find<QPushButton>("unlockCheckIn")->isVisible());
    }

    void comingBackNeedsTheBirthdayAgain()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        answerByKeyboard(k.questionPage(), k.session());
        QVERIFY(k.answersOf(0) > 0);
        // Idle: back at check-in, the answers kept but closed.
        k.clock.advanceMs(200000);
        k.window->checkIdle();
        k.clock.advanceMs(200000);
        k.window->checkIdle();
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.flow->isActive());
        QVERIFY(k.flow->session() == nullptr);
        k.checkIn(0, 5, 5);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(k.flow->session() == nullptr);
        k.checkIn(0, 1, 1);
        QVERIFY(k.onPage("questionPage")); // resumed where it stopped
        QVERIFY(!k.session()->answers().isEmpty());
    }
};

QTEST_MAIN(TestKioskCheckInLimits)
#include "tst_kioskcheckinlimits.moc"
