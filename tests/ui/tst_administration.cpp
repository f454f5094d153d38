// The administrator's pages, set-up, sign-in and the lock through the real
// widgets: accounts with schools, editing accounts, the wizard's and the
// sign-in's words in the window's language, the audit log's details in words,
// and a locked screen that offers nothing but unlocking.
#include "TrMarker.h"
#include "WorkspaceFixture.h"
#include "common/UiLanguage.h"
#include "db/access/AuditLog.h"
#include "workspace/AccessLogPage.h"
#include "workspace/AuditText.h"
#include "workspace/SetupWizard.h"
#include "workspace/UserEditor.h"
#include "workspace/UsersPage.h"
#include "workspace/WorkspaceSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>

using namespace signaali;
using namespace signaali::ui;

namespace {

void click(QWidget* parent, const char* button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
}

// The language of the window for one test; English (the source) again after it.
struct Language
{
    explicit Language(const char* id) { UiLanguage::set(QString::fromLatin1(id)); }
    ~Language() { UiLanguage::set(QStringLiteral("en")); }
};
} // namespace

class TestAdministration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aWelfareGroupNeedsASchool()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("admin", WorkspaceFixture::adminPassword));
        auto* users = w.window->page<UsersPage>();
        QVERIFY(users);
        const int accounts = countRows(w, QStringLiteral("SELECT count(*) FROM app_user"));
        WorkspaceFixture::typeText(child<QLineEdit>(users, "newUsername"), QStringLiteral("ryhma"));
        WorkspaceFixture::typeText(child<QLineEdit>(users, "newName"),
                                   QStringLiteral("Oppilashuoltoryhmä"));
        auto* role = child<QComboBox>(users, "newRole");
        role->setCurrentIndex(role->findData(static_cast<int>(db::Role::WelfareGroup)));
        QVERIFY(child<QListWidget>(users, "newSchools")->isEnabled());
        WorkspaceFixture::typeText(child<QLineEdit>(users, "newPassword"),
                                   QStringLiteral("ryhma-salasana-1"));
        click(users, "addUser");
        // Refused with a message, nothing stored.
        QVERIFY(!child<QLabel>(users, "problem")->text().isEmpty());
        QCOMPARE(countRows(w, QStringLiteral("SELECT count(*) FROM app_user")), accounts);
        QCOMPARE(users->table()->rowCount(), accounts);
        QCOMPARE(countRows(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'change.user_created'")),
                 0);

        // db/ refuses the same, whoever asks.
        const auto admin = db::UserStore(w.t.db->connection(), w.clock)
                               .signIn(QStringLiteral("admin"),
                                       QString::fromLatin1(WorkspaceFixture::adminPassword));
        const auto refused =
            db::UserAdmin(w.t.db->connection(), w.clock)
                .createUser(*admin.user, db::NewUser{QStringLiteral("ryhma"),
                                                     QStringLiteral("Ryhmä"),
                                                     db::Role::WelfareGroup,
                                                     QStringLiteral("ryhma-salasana-1"),
                                                     {}});
        QVERIFY(!refused);
        QCOMPARE(refused.refusal.kind, db::Refusal::Kind::BadInput);

        // With a school ticked it is made; a coordinator has no schools to tick.
        child<QListWidget>(users, "newSchools")->item(0)->setCheckState(Qt::Checked);
        click(users, "addUser");
        QVERIFY2(child<QLabel>(users, "problem")->text().isEmpty(),
                 qPrintable(child<QLabel>(users, "problem")->text()));
        QCOMPARE(users->table()->rowCount(), accounts + 1);
        role->setCurrentIndex(role->findData(static_cast<int>(db::Role::Coordinator)));
        QVERIFY(!child<QListWidget>(users, "newSchools")->isEnabled());
    }

    void theAdministratorEditsAnAccount()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("admin", WorkspaceFixture::adminPassword));
        auto* users = w.window->page<UsersPage>();
        WorkspaceFixture::typeText(child<QLineEdit>(users, "newSchool"),
                                   QStringLiteral("Rantakoulu"));
        click(users, "addSchool");
        QVERIFY(users->selectUser(QStringLiteral("hoitaja")));
        UserEditor* editor = users->editor();
        QVERIFY(editor->isEnabled());
        auto* name = child<QLineEdit>(editor, "editName");
        auto* schools = child<QListWidget>(editor, "editSchools");
        auto* active = child<QCheckBox>(editor, "editActive");
        QCOMPARE(name->text(), QStringLiteral("Hanna Hoitaja"));
        QCOMPARE(schools->count(), 2);
        QVERIFY(active->isChecked() && active->isEnabled());

        // Renamed and given the second school, both audited.
        name->clear();
        WorkspaceFixture::typeText(name, QStringLiteral("Hanna Terveydenhoitaja"));
        for (int i = 0; i < schools->count(); ++i)
            schools->item(i)->setCheckState(Qt::Checked);
        click(editor, "saveUser");
        db::UserStore store(w.t.db->connection(), w.clock);
        db::UserAdmin accounts(w.t.db->connection(), w.clock);
        const auto admin = store.signIn(QStringLiteral("admin"),
                                        QString::fromLatin1(WorkspaceFixture::adminPassword));
        auto nurse = accounts.user(*admin.user, QStringLiteral("hoitaja"));
        QCOMPARE(nurse->displayName, QStringLiteral("Hanna Terveydenhoitaja"));
        // The second school waits for a nurse of it, or the coordinator, to confirm.
        QCOMPARE(nurse->schoolIds.size(), 1);
        QCOMPARE(nurse->pendingSchoolIds.size(), 1);
        QCOMPARE(countRows(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'change.user_renamed' AND detail = 'user hoitaja'")),
                 1);
        QCOMPARE(countRows(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'change.schools_assigned'")),
                 1);
        // The list shows the change, and the same account stays chosen.
        QVERIFY(users->table()
                    ->findItems(QStringLiteral("Hanna Terveydenhoitaja"), Qt::MatchExactly)
                    .size() == 1);
        QCOMPARE(editor->userId(), nurse->id);

        // No school at all: refused with a message, nothing changes.
        for (int i = 0; i < schools->count(); ++i)
            schools->item(i)->setCheckState(Qt::Unchecked);
        name->setText(QStringLiteral("Someone Else"));
        click(editor, "saveUser");
        QVERIFY(!child<QLabel>(users, "problem")->text().isEmpty());
        nurse = accounts.user(*admin.user, QStringLiteral("hoitaja"));
        QCOMPARE(nurse->displayName, QStringLiteral("Hanna Terveydenhoitaja"));
        QCOMPARE(nurse->schoolIds.size(), 1);
        QCOMPARE(nurse->pendingSchoolIds.size(), 1);

        // Deactivated: cannot sign in; reactivated: can again.
        QVERIFY(users->selectUser(QStringLiteral("hoitaja")));
        QCOMPARE(name->text(), QStringLiteral("Hanna Terveydenhoitaja"));
        active->setChecked(false);
        click(editor, "saveUser");
        QVERIFY(child<QLabel>(users, "problem")->text().isEmpty());
        QVERIFY(!accounts.user(*admin.user, QStringLiteral("hoitaja"))->active);
        QCOMPARE(store
                     .signIn(QStringLiteral("hoitaja"),
                             QString::fromLatin1(WorkspaceFixture::nursePassword))
                     .status,
                 db::SignInResult::Status::Refused);
        active->setChecked(true);
        click(editor, "saveUser");
        QCOMPARE(store
                     .signIn(QStringLiteral("hoitaja"),
                             QString::fromLatin1(WorkspaceFixture::nursePassword))
                     .status,
                 db::SignInResult::Status::SignedIn);
        QCOMPARE(countRows(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'change.user_active'")),
                 2);

        // The administrator's own account cannot be switched off here.
        QVERIFY(users->selectUser(QStringLiteral("admin")));
        QVERIFY(!active->isEnabled());
        QVERIFY(!schools->isEnabled());
    }

    void theLockedScreenOffersOnlyUnlockAndSignOut()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* autoLock = child<QAction>(w.window.get(), "autoLockAction");
        QVERIFY(autoLock && autoLock->isEnabled());
        const int minutes = WorkspaceSettings().autoLockMinutes();
        w.window->lock();
        QVERIFY(w.window->isLocked());
        QMenu* file = w.window->menuBar()->actions().first()->menu();
        QStringList offered;
        for (QAction* action : file->actions())
            if (!action->isSeparator() && action->isEnabled())
                offered << action->objectName();
        QCOMPARE(offered,
                 (QStringList{QStringLiteral("signOutAction"), QStringLiteral("quitAction")}));
        // Even when triggered, the setting's dialog does not open.
        bool dialogOpened = false;
        QTimer::singleShot(0, w.window.get(), [&] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                dialogOpened = true;
                modal->close();
            }
        });
        autoLock->trigger();
        QTest::qWait(10);
        QVERIFY(!dialogOpened);
        QCOMPARE(WorkspaceSettings().autoLockMinutes(), minutes);
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QVERIFY(autoLock->isEnabled());
    }

    void theWizardSaysWhatIsWrongInFinnish()
    {
        Language finnish("fi");
        TestDb t;
        QVERIFY(t.open());
        db::UserStore users(t.db->connection());
        SetupWizard wizard([&users](const FirstSetupAnswers& a) {
            return users.runFirstSetup({a.municipality, a.school, a.adminUsername, a.adminName,
                                        a.adminPassword, a.nurseUsername, a.nurseName,
                                        a.nursePassword});
        });
        wizard.show();
        const auto type = [&wizard](const char* name, const QString& text) {
            WorkspaceFixture::typeText(child<QLineEdit>(&wizard, name), text);
        };
        const auto problem = [&wizard] {
            return wizard.currentPage()->findChild<QLabel*>(QStringLiteral("problem"))->text();
        };
        auto* next = wizard.button(QWizard::NextButton);
        type("municipality", QStringLiteral("Testikunta"));
        type("school", QStringLiteral("Keskuskoulu"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("adminPage"));
        type("adminUsername", QStringLiteral("Admin"));
        type("adminName", QStringLiteral("Aila Ylläpitäjä"));
        type("adminPassword", QStringLiteral("admin-salasana-1"));
        type("adminPasswordAgain", QStringLiteral("admin-salasana-1"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("nursePage"));
        // The nurse's user name is the administrator's, only in other letters.
        type("nurseUsername", QStringLiteral("admin "));
        type("nurseName", QStringLiteral("Hanna Hoitaja"));
        type("nursePassword", QStringLiteral("hoitaja-salasana-1"));
        type("nursePasswordAgain", QStringLiteral("hoitaja-salasana-1"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(wizard.isVisible());
        QVERIFY(users.needsSetup());
        QCOMPARE(problem(), QCoreApplication::translate("signaali::ui::SetupWizard",
                                                        "The nurse needs a user name of her own."));
        QVERIFY(problem() != QStringLiteral("The nurse needs a user name of her own."));
        QVERIFY(!problem().contains(QStringLiteral("must differ")));

        // A user name db/ would refuse is caught by the wizard, in a translatable text.
        TrMarker marker;
        child<QLineEdit>(&wizard, "nurseUsername")->setText(QStringLiteral("hanna hoitaja"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY2(TrMarker::marked(problem()), qPrintable(problem()));
        QVERIFY(users.needsSetup());
    }

    void aWrongPasswordIsToldInTheWindowsLanguage()
    {
        Language finnish("fi");
        TrMarker marker;
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(!w.signIn("hoitaja", "vaara-salasana"));
        QVERIFY2(TrMarker::marked(w.signInProblem()), qPrintable(w.signInProblem()));
        QVERIFY(w.signInProblem() != QStringLiteral("Wrong user name or password."));
        // After three wrong ones the wait is told too, through tr() as well.
        for (int i = 0; i < 3; ++i)
            w.signIn("hoitaja", "vaara-salasana");
        QVERIFY2(TrMarker::marked(w.signInProblem()), qPrintable(w.signInProblem()));
        QVERIFY(w.signInProblem().contains(QStringLiteral("second")));
    }

    void theLogsDetailsAreInWords()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        // The start page reads the attention list, which the log records.
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QVERIFY(countRows(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'view.attention'")) > 0);
        Language finnish("fi");
        TrMarker marker;
        auto* log = w.window->page<AccessLogPage>();
        QVERIFY(log);
        log->refresh();
        auto* table = child<QTableWidget>(log, "auditTable");
        int attention = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem* detail = table->item(row, 5);
            if (table->item(row, 3)->toolTip() != db::audit::ViewAttention)
                continue;
            ++attention;
            QVERIFY(detail->toolTip().startsWith(QStringLiteral("attention list, ")));
            QVERIFY2(TrMarker::marked(detail->text()), qPrintable(detail->text()));
        }
        QVERIFY(attention > 0);
        // Each stored form the log writes has its words; an unknown one stays as it is.
        for (const auto& [action, detail] :
             {std::pair{db::audit::ViewAttention, "attention list, 3 results"},
              std::pair{db::audit::UserCreated, "user ryhma, role welfare_group"},
              std::pair{db::audit::SchoolsAssigned, "user ryhma, school ids 1 2"},
              std::pair{db::audit::UserActive, "user ryhma, deactivated"},
              std::pair{db::audit::UserRenamed, "user ryhma"},
              std::pair{db::audit::ViewProfile, "results of signaali-youth"},
              std::pair{db::audit::ThresholdChanged, "from 10 to 12"},
              std::pair{db::audit::ViewCase, "2 actions"}})
            QVERIFY2(TrMarker::marked(AuditText::detail(action, QString::fromLatin1(detail))),
                     detail);
        QCOMPARE(AuditText::detail(db::audit::ViewCase, QStringLiteral("something new")),
                 QStringLiteral("something new"));
    }
};

QTEST_MAIN(TestAdministration)
#include "tst_administration.moc"
