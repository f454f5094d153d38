// The four-eyes pages through the real widgets: a nurse signing in with a
// one-time password chooses her own first, then reads who reset it; a nurse
// confirms a new colleague's access on the notices page, and only then does
// the colleague's workspace show the school's pupils.
#include "WorkspaceFixture.h"
#include "db/admin/AccessGrants.h"
#include "workspace/AccessNoticesPage.h"
#include "workspace/PasswordChangePage.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTableWidget>

using namespace signaali;
using namespace signaali::ui;

class TestFourEyesPages : public QObject
{
    Q_OBJECT

private:
    static QWidget* current(WorkspaceFixture& w)
    {
        return w.window->findChild<QStackedWidget*>()->currentWidget();
    }

private slots:
    void aOneTimePasswordIsReplacedBeforeAnythingOpens()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        {
            db::UserStore users(w.t.db->connection(), w.clock);
            const auto admin =
                users.signIn(QStringLiteral("admin"), QString::fromLatin1(w.adminPassword));
            const auto nurse = db::UserAdmin(w.t.db->connection(), w.clock)
                                   .user(*admin.user, QStringLiteral("hoitaja"));
            QVERIFY(db::UserAdmin(w.t.db->connection(), w.clock)
                        .setPassword(*admin.user, nurse->id, QStringLiteral("kertakaytto-123"))
                        .ok());
        }
        QVERIFY(w.open());
        QVERIFY(!w.signIn("hoitaja", "kertakaytto-123"));
        auto* page = w.window->findChild<PasswordChangePage*>();
        QCOMPARE(current(w), page);
        QVERIFY(!w.window->isSignedIn());
        auto* fresh = page->findChild<QLineEdit*>(QStringLiteral("newPassword"));
        auto* again = page->findChild<QLineEdit*>(QStringLiteral("repeatPassword"));
        auto* problem = page->findChild<QLabel*>(QStringLiteral("passwordProblem"));
        WorkspaceFixture::typeText(fresh, QStringLiteral("oma salasana 2026"));
        WorkspaceFixture::typeText(again, QStringLiteral("oma salasana 2025"));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("changePassword")),
                          Qt::LeftButton);
        QVERIFY(!problem->text().isEmpty());
        QCOMPARE(current(w), page);
        // The one-time password again is refused: the administrator knows it.
        fresh->clear();
        WorkspaceFixture::typeText(fresh, QStringLiteral("kertakaytto-123"));
        WorkspaceFixture::typeText(again, QStringLiteral("kertakaytto-123"));
        QTest::keyClick(again, Qt::Key_Return);
        QCOMPARE(current(w), page);
        QVERIFY(!problem->text().isEmpty());
        fresh->clear();
        again->clear();
        WorkspaceFixture::typeText(fresh, QStringLiteral("oma salasana 2026"));
        WorkspaceFixture::typeText(again, QStringLiteral("oma salasana 2026"));
        QTest::keyClick(again, Qt::Key_Return);
        QVERIFY2(w.window->isSignedIn(), qPrintable(problem->text()));
        // The notices come first: who reset the password, and when.
        auto* notices = w.window->page<AccessNoticesPage>();
        QVERIFY(notices);
        QCOMPARE(w.window->tabs()->currentWidget(), notices);
        auto* list = notices->findChild<QListWidget*>(QStringLiteral("notices"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Aila Ylläpitäjä")));
        QTest::mouseClick(notices->findChild<QPushButton*>(QStringLiteral("noticesSeen")),
                          Qt::LeftButton);
        QVERIFY(!notices->hasSomething());
        // Signed in again with her own password: straight to work.
        w.window->signOut();
        QVERIFY(w.signIn("hoitaja", "oma salasana 2026"));
        QVERIFY(w.window->tabs()->currentWidget() != w.window->page<AccessNoticesPage>());
    }

    void aNurseConfirmsANewColleaguesAccess()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        const qint64 school =
            db::OrganisationStore(w.t.db->connection()).school(QStringLiteral("Testikoulu"))->id;
        QVERIFY(w.addUser(QStringLiteral("uusi"), QStringLiteral("Ulla Uusi"), db::Role::Nurse,
                          "uusi-salasana-1", {school}));
        QVERIFY(w.open());
        // Before confirmation the new nurse's workspace has no school to show.
        QVERIFY(w.signIn("uusi", "uusi-salasana-1"));
        QVERIFY(
            db::UserStore(w.t.db->connection(), w.clock).schoolsOf(w.window->user())->isEmpty());
        w.window->signOut();

        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* notices = w.window->page<AccessNoticesPage>();
        QCOMPARE(w.window->tabs()->currentWidget(), notices);
        auto* table = notices->findChild<QTableWidget*>(QStringLiteral("pendingGrants"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("Ulla Uusi")));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Testikoulu"));
        table->selectRow(0);
        QTest::mouseClick(notices->findChild<QPushButton*>(QStringLiteral("confirmGrant")),
                          Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        w.window->signOut();

        QVERIFY(w.signIn("uusi", "uusi-salasana-1"));
        QCOMPARE(db::UserStore(w.t.db->connection(), w.clock).schoolsOf(w.window->user())->size(),
                 1);
    }
};

QTEST_MAIN(TestFourEyesPages)
#include "tst_foureyespages.moc"
