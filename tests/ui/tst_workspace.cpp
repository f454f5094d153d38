// The nurse workspace through its real widgets: sign-in, lock, class overview,
// attention list, profile, case follow-up, sharing, summary PDF, set-up.
#include "WorkspaceFixture.h"
#include "db/figures/GroupFigures.h"
#include "workspace/AccessLogPage.h"
#include "workspace/CasePanel.h"
#include "workspace/ClassOverviewPage.h"
#include "workspace/HistoryChart.h"
#include "workspace/IdleLock.h"
#include "workspace/ProfilePage.h"
#include "workspace/SetupWizard.h"
#include "workspace/SharedCasesPage.h"
#include "workspace/StartPage.h"
#include "workspace/UsersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>

using namespace signaali;
using namespace signaali::ui;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void signInNeedsTheRightPassword()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(!w.signIn("hoitaja", "väärä-salasana"));
        QVERIFY(!w.signInProblem().isEmpty());
        QVERIFY(!w.window->tabs()->isVisible());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QCOMPARE(w.window->user().role, db::Role::Nurse);
        QVERIFY(w.window->tabs()->isVisible());
        QVERIFY(w.window->page<StartPage>() != nullptr);
        QVERIFY(w.window->page<UsersPage>() == nullptr); // the nurse does not manage users
    }

    void locksWhenIdleAndOnRequest()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        w.window->tabs()->setCurrentIndex(1);
        QCOMPARE(w.window->idleLock()->timeoutSeconds(), 5 * 60);

        w.clock.advanceMs(4 * 60 * 1000);
        w.window->idleLock()->checkIdle();
        QVERIFY(!w.window->isLocked());
        w.clock.advanceMs(61 * 1000);
        w.window->idleLock()->checkIdle();
        QVERIFY(w.window->isLocked());
        QVERIFY(!w.window->tabs()->isVisible()); // nothing identified stays on screen
        QVERIFY(w.window->signInPage()->isLockScreen());
        QVERIFY(!w.signIn("hoitaja", "väärä-salasana"));
        QVERIFY(w.window->isLocked());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QCOMPARE(w.window->tabs()->currentIndex(), 1); // back where she was

        QTest::keyClick(w.window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.window->isLocked());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QVERIFY(!w.window->isLocked());
    }

    void classOverviewListsEveryPupil()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* page = w.window->page<ClassOverviewPage>();
        page->roundBox()->setCurrentIndex(page->roundBox()->findText(QStringLiteral("syksy 2026")));
        QVERIFY(page->load());
        QTableWidget* table = page->table();
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(table->columnCount() > 10); // name, status, overall, the domains, flags
        QCOMPARE(page->visibleRows(), 4);

        page->statusFilter()->setCurrentIndex(
            page->statusFilter()->findText(QStringLiteral("Ei vastannut")));
        QCOMPARE(page->visibleRows(), 1); // Oppilas3 has not answered
        page->statusFilter()->setCurrentIndex(0);
        page->levelFilter()->setCurrentIndex(
            page->levelFilter()->findData(QStringLiteral("concern")));
        QCOMPARE(page->visibleRows(), 2); // the critical pupil and the one at concern level
        page->levelFilter()->setCurrentIndex(0);

        // Sorting by the overall level puts the concern rows together.
        table->sortItems(2, Qt::DescendingOrder);
        QCOMPARE(table->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("concern"));
        QCOMPARE(table->item(1, 2)->data(Qt::UserRole).toString(), QStringLiteral("concern"));
        // Every listed pupil is in the audit log as viewed by the nurse.
        QVERIFY(countRows(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'view.class_overview'")) >= 4);
    }

    void attentionListPutsCriticalFirstAndRecordsHandling()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* start = w.window->page<StartPage>();
        const auto& items = start->attentionItems();
        QVERIFY(items.size() >= 2);
        QCOMPARE(items[0].kind, db::AttentionKind::Critical);
        QCOMPARE(items[0].firstName, QStringLiteral("Oppilas0"));
        QVERIFY(!items[0].flags.isEmpty());
        QVERIFY(!start->attentionTable()->item(0, 7)->text().isEmpty()); // the reasons
        const int before = start->attentionTable()->rowCount();

        start->attentionTable()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(start, "markHandled"), Qt::LeftButton);
        QCOMPARE(start->attentionTable()->rowCount(), before - 1);
        QVERIFY(countRows(w, QStringLiteral("SELECT count(*) FROM flag_handling")) > 0);
        child<QCheckBox>(start, "showHandled")->setChecked(true);
        QCOMPARE(start->attentionTable()->rowCount(), before);
        bool handledShown = false;
        for (int row = 0; row < before; ++row)
            handledShown |= start->attentionTable()->item(row, 6)->text().contains(
                QStringLiteral("Hanna Hoitaja"));
        QVERIFY(handledShown);
    }

    void profileShowsResultAnswersAndHistory()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[0]);
        QVERIFY(profile->isLoaded());
        QCOMPARE(w.window->tabs()->tabText(w.window->tabs()->currentIndex()),
                 QStringLiteral("Oppilas0 Testinen"));
        QCOMPARE(profile->domainTable()->rowCount(), 12);
        QVERIFY(profile->answerTable()->rowCount() > 20);
        QVERIFY(!child<QLabel>(profile, "reasons")->text().isEmpty());
        QCOMPARE(profile->profile().instruments.first().history.size(), 2);
        QCOMPARE(profile->historyChart()->lineCount(), 12);
        profile->historyDomain()->setCurrentIndex(1);
        QCOMPARE(profile->historyChart()->lineCount(), 1); // one domain's chart
        QVERIFY(countRows(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'view.profile'")) >= 1);
    }

    void recordingAFollowUpShowsOnTheStartPage()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* start = w.window->page<StartPage>();
        QCOMPARE(start->followUpTable()->rowCount(), 0);
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[1]);
        CasePanel* panel = profile->casePanel();
        auto* kind = child<QComboBox>(panel, "actionKind");
        kind->setCurrentIndex(kind->findData(static_cast<int>(db::CaseActionKind::FollowUpBooked)));
        QVERIFY(child<QDateEdit>(panel, "followUpOn")->isEnabled());
        child<QDateEdit>(panel, "followUpOn")->setDate(w.clock.nowUtc().date().addDays(3));
        WorkspaceFixture::typeText(child<QLineEdit>(panel, "actionNote"),
                                   QStringLiteral("Uni ja jaksaminen"));
        QTest::mouseClick(child<QPushButton>(panel, "recordAction"), Qt::LeftButton);
        QCOMPARE(panel->actionTable()->rowCount(), 1);
        QCOMPARE(panel->actions().first().kind, db::CaseActionKind::FollowUpBooked);
        QCOMPARE(panel->actionTable()->item(0, 4)->text(), QStringLiteral("Uni ja jaksaminen"));
        start->refresh();
        QCOMPARE(start->followUpTable()->rowCount(), 1);
        QVERIFY(start->followUpTable()->item(0, 1)->text().contains(QStringLiteral("Oppilas1")));
    }

    void sharingACaseGivesTheMemberThatPupilOnly()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.createMember() > 0);
        WorkspaceFixture::catalog();

        // Before sharing, the member sees no cases and cannot open a profile.
        QVERIFY(w.open());
        QVERIFY(w.signIn("kuraattori", WorkspaceFixture::memberPassword));
        auto* shared = w.window->page<SharedCasesPage>();
        QVERIFY(shared);
        QCOMPARE(shared->table()->rowCount(), 0);
        QVERIFY(!w.window->openProfile(w.t.pupilIds[0])->isLoaded());
        w.window->signOut();

        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        CasePanel* panel = w.window->openProfile(w.t.pupilIds[0])->casePanel();
        auto* member = child<QComboBox>(panel, "shareMember");
        QCOMPARE(member->count(), 1);
        QCOMPARE(member->currentText(), QStringLiteral("Kalle Kuraattori"));
        QTest::mouseClick(child<QPushButton>(panel, "share"), Qt::LeftButton);
        QCOMPARE(panel->shareTable()->rowCount(), 1);
        QVERIFY(panel->shares().first().active());
        w.window->signOut();

        QVERIFY(w.signIn("kuraattori", WorkspaceFixture::memberPassword));
        shared = w.window->page<SharedCasesPage>();
        QCOMPARE(shared->table()->rowCount(), 1);
        QVERIFY(shared->table()->item(0, 0)->text().contains(QStringLiteral("Oppilas0")));
        QVERIFY(w.window->openProfile(w.t.pupilIds[0])->isLoaded());
        QVERIFY(!w.window->openProfile(w.t.pupilIds[1])->isLoaded()); // only that pupil
        w.window->signOut();

        // The nurse sees the member's view; then withdraws the share.
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* log = w.window->page<AccessLogPage>();
        log->refresh();
        bool memberSeen = false;
        for (int row = 0; row < log->table()->rowCount(); ++row)
            memberSeen |= log->table()->item(row, 1)->text() == QLatin1String("kuraattori");
        QVERIFY(memberSeen);
        panel = w.window->openProfile(w.t.pupilIds[0])->casePanel();
        panel->shareTable()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(panel, "withdrawShare"), Qt::LeftButton);
        QVERIFY(!panel->shares().first().active());
        w.window->signOut();

        QVERIFY(w.signIn("kuraattori", WorkspaceFixture::memberPassword));
        QCOMPARE(w.window->page<SharedCasesPage>()->table()->rowCount(), 0);
        QVERIFY(!w.window->openProfile(w.t.pupilIds[0])->isLoaded());
    }

    void summaryPdfNamesThePupil()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[0]);
        const QString path = w.t.dir.filePath(QStringLiteral("summary.pdf"));
        QString error;
        QVERIFY2(profile->writeSummaryPdf(path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r"), 1);
        // The title in the document information names the pupil (UTF-16 text string).
        QByteArray name = "\xfe\xff";
        for (const QChar c : QStringLiteral("Oppilas0 Testinen")) {
            name.append(char(c.unicode() >> 8));
            name.append(char(c.unicode() & 0xff));
        }
        QVERIFY(bytes.contains(name.mid(2)) || bytes.contains("Oppilas0 Testinen"));
        // The page itself names the pupil, in print-sized letters (poppler's pdftotext
        // gives each word's box in points): at least 8 pt high.
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(20000), "pdftotext (poppler-utils) is needed");
        const QString boxes = QString::fromUtf8(text.readAllStandardOutput());
        const QRegularExpressionMatch word =
            QRegularExpression(
                QStringLiteral("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">Oppilas0<"))
                .match(boxes);
        QVERIFY2(word.hasMatch(), qPrintable(boxes.left(400)));
        QVERIFY(word.captured(2).toDouble() - word.captured(1).toDouble() >= 8.0);
        QVERIFY(boxes.contains(QLatin1String(">Testinen<")));
        QVERIFY(countRows(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'export.summary'")) == 1);
    }

    void adminManagesUsersButSeesNoResults()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("admin", WorkspaceFixture::adminPassword));
        auto* users = w.window->page<UsersPage>();
        QVERIFY(users);
        QCOMPARE(users->table()->rowCount(), 2);
        WorkspaceFixture::typeText(child<QLineEdit>(users, "newUsername"), QStringLiteral("ryhma"));
        WorkspaceFixture::typeText(child<QLineEdit>(users, "newName"),
                                   QStringLiteral("Oppilashuoltoryhmä"));
        auto* role = child<QComboBox>(users, "newRole");
        role->setCurrentIndex(role->findData(static_cast<int>(db::Role::WelfareGroup)));
        WorkspaceFixture::typeText(child<QLineEdit>(users, "newPassword"),
                                   QStringLiteral("ryhma-salasana-1"));
        child<QListWidget>(users, "newSchools")->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(child<QPushButton>(users, "addUser"), Qt::LeftButton);
        QCOMPARE(users->table()->rowCount(), 3);
        QVERIFY(!w.window->openProfile(w.t.pupilIds[0])->isLoaded());
        const QString path = w.t.dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        QVERIFY2(w.window->page<AccessLogPage>()->exportCsv(path, &error), qPrintable(error));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("id,at,user_id,username,role,action,pupil_uuid,detail\n"));
        QVERIFY(text.contains("change.user_created"));
        QVERIFY(!text.contains("Oppilas0")); // the log names no pupil

        // The small-group threshold is the administrator's setting.
        auto* threshold = child<QSpinBox>(users, "threshold");
        QCOMPARE(threshold->value(), 10);
        QCOMPARE(threshold->minimum(), 5);
        threshold->setValue(12);
        QTest::mouseClick(child<QPushButton>(users, "saveThreshold"), Qt::LeftButton);
        QCOMPARE(db::smallGroupThreshold(w.t.db->connection()), 12);
    }

    void setupWizardCreatesTheFirstAccounts()
    {
        TestDb t;
        QVERIFY(t.open());
        db::UserStore users(t.db->connection());
        QVERIFY(users.needsSetup());
        SetupWizard wizard([&users](const FirstSetupAnswers& a) {
            return users.runFirstSetup({a.municipality, a.school, a.adminUsername, a.adminName,
                                        a.adminPassword, a.nurseUsername, a.nurseName,
                                        a.nursePassword});
        });
        wizard.show();
        const auto type = [&wizard](const char* name, const QString& text) {
            WorkspaceFixture::typeText(child<QLineEdit>(&wizard, name), text);
        };
        auto* next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("organisationPage"));
        type("municipality", QStringLiteral("Testikunta"));
        type("school", QStringLiteral("Keskuskoulu"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("adminPage"));
        type("adminUsername", QStringLiteral("admin"));
        type("adminName", QStringLiteral("Aila Ylläpitäjä"));
        type("adminPassword", QStringLiteral("lyhyt"));
        type("adminPasswordAgain", QStringLiteral("lyhyt"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("adminPage")); // too short
        child<QLineEdit>(&wizard, "adminPassword")->setText(QStringLiteral("admin-salasana-1"));
        child<QLineEdit>(&wizard, "adminPasswordAgain")
            ->setText(QStringLiteral("admin-salasana-1"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("nursePage"));
        type("nurseUsername", QStringLiteral("hoitaja"));
        type("nurseName", QStringLiteral("Hanna Hoitaja"));
        type("nursePassword", QStringLiteral("hoitaja-salasana-1"));
        type("nursePasswordAgain", QStringLiteral("hoitaja-salasana-1"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!users.needsSetup());
        const auto nurse =
            users.signIn(QStringLiteral("hoitaja"), QStringLiteral("hoitaja-salasana-1"));
        QCOMPARE(nurse.status, db::SignInResult::Status::SignedIn);
        QCOMPARE(nurse.user->schoolIds.size(), 1);
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
