// A critical answer in the kiosk is the nurse's the moment it is saved: a
// pupil who gives one and walks away is still on the check-in notice and the
// live view after the kiosk restarts, until the nurse has handled it.
#include "KioskFixture.h"
#include "db/workspace/AttentionList.h"
#include "kiosk/LiveViewDialog.h"

#include <QLabel>
#include <QTableWidget>

using namespace signaali;
using namespace signaali::ui;

namespace {
// Answers calmly through the session until the first critical item, then gives
// the critical answer there. Returns the response.
qint64 answerCriticalAndStop(KioskFixture& k)
{
    const Instrument& youth = TestDb::instrument("signaali-youth");
    const CriticalRule& rule = youth.critical.first();
    QuestionnaireSession* session = k.session();
    while (session->current() && session->current()->id != rule.item) {
        const Scale* scale = youth.scale(session->current()->scaleId);
        session->answer(scale->isNumber() ? scale->min : scale->options.first().code);
        session->next();
    }
    if (!session->current())
        return 0;
    const Scale* scale = youth.scale(youth.item(rule.item)->scaleId);
    for (const ScaleOption& option : scale->options)
        if (rule.when.matches(option.code)) {
            session->answer(option.code);
            break;
        }
    return k.responseId();
}

bool criticalRow(LiveViewDialog& live, const QString& name)
{
    for (int row = 0; row < live.table()->rowCount(); ++row)
        if (live.table()->item(row, 0)->text() == name)
            return live.table()->item(row, 0)->background().color() == QColor(0xb3, 0x26, 0x1e);
    return false;
}
} // namespace

class TestKioskCritical : public QObject
{
    Q_OBJECT

private slots:
    void survivesAKioskRestartUntilHandled()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        const qint64 response = answerCriticalAndStop(k);
        QVERIFY(response);
        // The pupil walks away: the idle timeout returns the kiosk to check-in.
        k.clock.advanceMs(200'000);
        k.window->checkIdle();
        QVERIFY(k.onPage("checkInPage"));

        // The kiosk is closed and started again (a new flow and window on the same file).
        QVERIFY(k.start());
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(k.find<QLabel>("nurseNotice")->isVisibleTo(k.window.get()));
        QCOMPARE(k.flow->criticalAlerts().size(), 1);
        {
            LiveViewDialog live(k.flow.get(), k.window.get());
            QVERIFY(live.alerts()->isVisibleTo(&live));
            QVERIFY(live.alerts()->text().contains(QStringLiteral("Oppilas0 Testinen")));
            QVERIFY(criticalRow(live, QStringLiteral("Oppilas0 Testinen")));
            QVERIFY(!criticalRow(live, QStringLiteral("Oppilas1 Testinen")));
        }

        // The nurse handles it in her workspace: the next kiosk start no longer shows it.
        const qint64 school =
            db::OrganisationStore(k.t.db->connection()).school(QStringLiteral("Testikoulu"))->id;
        const db::SignedInUser nurse = k.t.account(db::Role::Nurse, {school});
        QVERIFY(db::markFlagsHandled(k.t.db->connection(), nurse, response, {}, {}, k.clock));
        QVERIFY(k.start());
        QVERIFY(!k.find<QLabel>("nurseNotice")->isVisibleTo(k.window.get()));
        QVERIFY(k.flow->criticalAlerts().isEmpty());
        LiveViewDialog live(k.flow.get(), k.window.get());
        QVERIFY(!criticalRow(live, QStringLiteral("Oppilas0 Testinen")));
    }
};

QTEST_MAIN(TestKioskCritical)
#include "tst_kioskcritical.moc"
