// A critical answer from a pupil who did not finish, through the nurse's real
// window: on the start page at once, marked "questionnaire not finished", in
// the profile above everything else, and gone from both once handled there.
#include "WorkspaceFixture.h"
#include "workspace/CriticalAnswerBanner.h"
#include "workspace/ProfilePage.h"
#include "workspace/StartPage.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace signaali;
using namespace signaali::ui;

namespace {
// Oppilas3 (who has not answered in the fixture) starts signaali-youth in the
// kiosk, gives the first critical answer and leaves.
qint64 criticalAndLeave(WorkspaceFixture& w)
{
    const Instrument& youth = TestDb::instrument("signaali-youth");
    db::ResponseStore responses(w.t.db->connection(), w.clock);
    const auto started =
        responses.startOrResume(w.t.pupilIds[3], w.t.roundId, youth, QStringLiteral("fi"));
    if (!started)
        return 0;
    const CriticalRule& rule = youth.critical.first();
    const Scale* scale = youth.scale(youth.item(rule.item)->scaleId);
    for (const ScaleOption& option : scale->options)
        if (rule.when.matches(option.code))
            return responses.saveAnswer(started->id, rule.item, option.code, &youth) ? started->id
                                                                                     : 0;
    return 0;
}

int rowOf(StartPage* start, const QString& firstName)
{
    const auto& items = start->attentionItems();
    for (int row = 0; row < start->attentionTable()->rowCount(); ++row) {
        const int index = start->attentionTable()->item(row, 0)->data(Qt::UserRole + 2).toInt();
        if (items[index].firstName == firstName)
            return row;
    }
    return -1;
}
} // namespace

class TestWorkspaceCritical : public QObject
{
    Q_OBJECT

private slots:
    void unfinishedCriticalAnswerReachesTheNurse()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(criticalAndLeave(w));
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* start = w.window->page<StartPage>();
        const int row = rowOf(start, QStringLiteral("Oppilas3"));
        QVERIFY(row >= 0);
        const QString unfinished = QCoreApplication::translate("signaali::ui::StartPage",
                                                               "%1, questionnaire not finished");
        const QString kind = start->attentionTable()->item(row, 0)->text();
        QCOMPARE(kind, unfinished.arg(kind.section(QStringLiteral(", "), 0, 0)));
        QVERIFY(!start->attentionTable()->item(row, 7)->text().isEmpty()); // the reason

        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[3]);
        QVERIFY(profile->isLoaded());
        CriticalAnswerBanner* banner = profile->openCriticalBanner();
        QVERIFY(banner->isVisibleTo(profile));
        auto* text = banner->findChild<QLabel*>(QStringLiteral("openCritical_0"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QCoreApplication::translate(
            "signaali::ui::CriticalAnswerBanner", "questionnaire not finished")));
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("openCriticalHandled_0")),
                          Qt::LeftButton);
        QVERIFY(!banner->isVisibleTo(profile));
        start->refresh();
        QCOMPARE(rowOf(start, QStringLiteral("Oppilas3")), -1);
    }

    void handlingTouchesOnlyWhatTheNurseSaw()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        const qint64 response = criticalAndLeave(w);
        QVERIFY(response);
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* start = w.window->page<StartPage>();
        const int row = rowOf(start, QStringLiteral("Oppilas3"));
        QVERIFY(row >= 0);
        // Meanwhile the pupil, back at the kiosk, gives another critical answer.
        const Instrument& youth = TestDb::instrument("signaali-youth");
        const CriticalRule& second = youth.critical[1];
        const Scale* scale = youth.scale(youth.item(second.item)->scaleId);
        for (const ScaleOption& option : scale->options)
            if (second.when.matches(option.code)) {
                QVERIFY(db::ResponseStore(w.t.db->connection(), w.clock)
                            .saveAnswer(response, second.item, option.code, &youth));
                break;
            }
        start->attentionTable()->selectRow(row);
        QVERIFY(start->markSelectedHandled());
        // The one she had on screen is handled; the new one is listed.
        const int again = rowOf(start, QStringLiteral("Oppilas3"));
        QVERIFY(again >= 0);
        const int index = start->attentionTable()->item(again, 0)->data(Qt::UserRole + 2).toInt();
        QCOMPARE(start->attentionItems()[index].flags.size(), 1);
        QCOMPARE(start->attentionItems()[index].flags[0].code,
                 QStringLiteral("critical.") + second.item);
    }

    void finishedPupilsShowNoBanner()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        // Oppilas0's critical answers are in her completed results, shown there.
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[0]);
        QVERIFY(profile->isLoaded());
        QVERIFY(!profile->openCriticalBanner()->isVisibleTo(profile));
    }
};

QTEST_MAIN(TestWorkspaceCritical)
#include "tst_workspacecritical.moc"
