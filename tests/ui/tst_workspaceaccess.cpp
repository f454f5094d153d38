// What the window lets each role reach, through its real widgets: the group
// figures tab, the screening set-up offering the nurse's schools only, a lock
// that cancels an open dialog, and a summary refused once a share is withdrawn.
#include "WorkspaceFixture.h"
#include "analytics/DashboardWidget.h"
#include "db/admin/UserStore.h"
#include "db/workspace/CaseCorrections.h"
#include "db/workspace/CaseShares.h"
#include "db/workspace/CaseStore.h"
#include "kiosk/KioskSetupDialog.h"
#include "workspace/ClassOverviewPage.h"
#include "workspace/ProfilePage.h"
#include "workspace/WorkspaceSettings.h"

#include <QAction>
#include <QComboBox>
#include <QStandardPaths>
#include <QTimer>

using namespace signaali;
using namespace signaali::ui;

class TestWorkspaceAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWindowSpeaksTheChosenLanguage()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        w.window->tabs()->setCurrentIndex(1);
        w.window->setLanguage(QStringLiteral("sv"));
        QCOMPARE(w.window->tabs()->tabText(0), QStringLiteral("Start"));
        QCOMPARE(w.window->tabs()->tabText(1), QStringLiteral("Klassöversikt"));
        QCOMPARE(w.window->tabs()->currentIndex(), 1);
        w.window->setLanguage(QStringLiteral("fi"));
        QCOMPARE(w.window->tabs()->tabText(0), QStringLiteral("Aloitus"));
        QCOMPARE(WorkspaceSettings().language(), QStringLiteral("fi"));
        w.window->setLanguage(QStringLiteral("en"));
        QCOMPARE(w.window->tabs()->tabText(1), QStringLiteral("Class overview"));
        // English plurals come from its own translation file.
        QCOMPARE(w.window->page<ClassOverviewPage>()->classBox()->itemText(0),
                 QStringLiteral("8A (4 pupils)"));
    }

    void groupFiguresForTheRolesThatMaySeeThem()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        const qint64 school =
            db::OrganisationStore(w.t.db->connection()).school(QStringLiteral("Testikoulu"))->id;
        QVERIFY(w.addUser(QStringLiteral("ryhma"), QStringLiteral("ryhma"), db::Role::WelfareGroup,
                          WorkspaceFixture::nursePassword, {school}));
        QVERIFY(w.addUser(QStringLiteral("koordinaattori"), QStringLiteral("koordinaattori"),
                          db::Role::Coordinator, WorkspaceFixture::nursePassword));
        QVERIFY(w.open());
        for (const char* name : {"hoitaja", "ryhma", "koordinaattori"}) {
            QVERIFY(w.signIn(name, WorkspaceFixture::nursePassword));
            auto* dashboard = w.window->page<DashboardWidget>();
            QVERIFY2(dashboard, name);
            QVERIFY2(!dashboard->isRefused(), qPrintable(dashboard->message()));
            w.window->signOut();
        }
        QVERIFY(w.signIn("admin", WorkspaceFixture::adminPassword));
        QVERIFY(w.window->page<DashboardWidget>() == nullptr);
    }

    void screeningSetUpOffersTheNursesSchoolsOnly()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        db::OrganisationStore(w.t.db->connection()).ensureSchool(QStringLiteral("Muu koulu"));
        const auto nurse = db::UserStore(w.t.db->connection(), w.clock)
                               .signIn(QStringLiteral("hoitaja"),
                                       QString::fromLatin1(WorkspaceFixture::nursePassword));
        KioskSetupDialog setup(w.t.db.get(), WorkspaceFixture::catalog(), *nurse.user);
        auto* schools = setup.findChild<QComboBox*>(QStringLiteral("school"));
        QCOMPARE(schools->count(), 1);
        QCOMPARE(schools->itemText(0), QStringLiteral("Testikoulu"));
    }

    void lockingCancelsAnOpenDialog()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        bool setUpWasOpen = false;
        QTimer::singleShot(0, w.window.get(), [&] {
            setUpWasOpen =
                QApplication::activeModalWidget() &&
                QApplication::activeModalWidget()->objectName() == QLatin1String("kioskSetup");
            w.window->lock();
        });
        w.window->screeningAction()->trigger(); // returns when the set-up dialog closes
        QVERIFY(setUpWasOpen);
        QVERIFY(w.window->isLocked());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(w.window->isVisible()); // no kiosk was started
        QVERIFY(w.window->signInPage()->isVisible());
    }

    void summaryIsRefusedOnceTheShareIsWithdrawn()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        const qint64 member = w.createMember();
        QVERIFY(member > 0);
        db::UserStore users(w.t.db->connection(), w.clock);
        const auto nurse = users.signIn(QStringLiteral("hoitaja"),
                                        QString::fromLatin1(WorkspaceFixture::nursePassword));
        db::CaseStore cases(w.t.db->connection(), w.clock);
        db::CaseShares shares(w.t.db->connection(), w.clock);
        db::NewCaseShare share;
        share.pupilId = w.t.pupilIds[0];
        share.memberUserId = member;
        share.consentOn = QDate(2026, 9, 30);
        const auto shareId = shares.share(*nurse.user, share);
        QVERIFY2(shareId, qPrintable(shareId.error()));

        QVERIFY(w.open());
        QVERIFY(w.signIn("kuraattori", WorkspaceFixture::memberPassword));
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[0]);
        QVERIFY(profile->isLoaded());
        const QString path = w.t.dir.filePath(QStringLiteral("summary.pdf"));
        QString error;
        QVERIFY2(profile->writeSummaryPdf(path, &error), qPrintable(error));
        QFile::remove(path);
        // The nurse withdraws the share while the member still has the profile open.
        QVERIFY(shares.withdrawShare(*nurse.user, *shareId));
        QVERIFY(!profile->writeSummaryPdf(path, &error));
        QVERIFY(error.contains(QStringLiteral("not allowed")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestWorkspaceAccess)
#include "tst_workspaceaccess.moc"
