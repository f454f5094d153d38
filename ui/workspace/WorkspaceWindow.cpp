#include "workspace/WorkspaceWindow.h"

#include "analytics/DashboardWidget.h"
#include "common/UiLanguage.h"
#include "db/access/AccessRules.h"
#include "db/admin/Organisation.h"
#include "db/admin/UserStore.h"
#include "db/storage/DatabaseKeys.h"
#include "db/storage/Encryption.h"
#include "kiosk/KioskSetupDialog.h"
#include "kiosk/KioskWindow.h"
#include "workspace/AccessLogPage.h"
#include "workspace/AccessNoticesPage.h"
#include "workspace/ClassOverviewPage.h"
#include "workspace/DevicesPage.h"
#include "workspace/PasswordChangePage.h"
#include "workspace/ProfilePage.h"
#include "workspace/RecoverySheetDialog.h"
#include "workspace/SharedCasesPage.h"
#include "workspace/SignInPage.h"
#include "workspace/StartPage.h"
#include "workspace/TransferPage.h"
#include "workspace/UsersPage.h"
#include "workspace/WorkspaceEvents.h"
#include "workspace/WorkspaceSettings.h"

#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace signaali::ui {

WorkspaceWindow::WorkspaceWindow(db::Database* database, const InstrumentCatalog& catalog,
                                 const Clock* clock, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("workspaceWindow"));
    setWindowTitle(QStringLiteral("Signaali"));
    setMinimumSize(1024, 600);
    m_context.database = database;
    m_context.catalog = &catalog;
    m_context.clock = clock;
    m_context.events = new WorkspaceEvents(this);

    m_stack = new QStackedWidget(this);
    m_signIn = new SignInPage(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setTabsClosable(true);
    m_passwordChange = new PasswordChangePage(m_stack);
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_passwordChange);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    buildMenus();

    m_idle = new IdleLock(clock, WorkspaceSettings().autoLockMinutes() * 60, this);
    connect(m_idle, &IdleLock::idle, this, &WorkspaceWindow::lock);
    connect(m_context.events, &WorkspaceEvents::busyEnded, this, [this] {
        if (std::exchange(m_lockWhenIdle, false))
            lock();
    });
    connect(m_signIn, &SignInPage::signInRequested, this, &WorkspaceWindow::trySignIn);
    connect(m_signIn, &SignInPage::signOutRequested, this, &WorkspaceWindow::signOut);
    connect(m_passwordChange, &PasswordChangePage::changeRequested, this,
            &WorkspaceWindow::changeOneTimePassword);
    connect(m_passwordChange, &PasswordChangePage::cancelled, this, &WorkspaceWindow::signOut);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* profile = qobject_cast<ProfilePage*>(m_tabs->widget(index)))
            profile->deleteLater();
    });
    updateActions();
    resize(1280, 760);
}

WorkspaceWindow::~WorkspaceWindow() = default;

void WorkspaceWindow::buildMenus()
{
    menuBar()->clear();
    QMenu* file = menuBar()->addMenu(tr("&Signaali"));
    m_screeningAction =
        file->addAction(tr("Start a &screening…"), this, &WorkspaceWindow::startScreening);
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock"), this, &WorkspaceWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_signOutAction = file->addAction(tr("Sign &out"), this, &WorkspaceWindow::signOut);
    m_autoLockAction =
        file->addAction(tr("Automatic &lock…"), this, &WorkspaceWindow::chooseAutoLock);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    for (const auto& [action, name] :
         {std::pair{m_screeningAction, "screeningAction"}, std::pair{m_lockAction, "lockAction"},
          std::pair{m_signOutAction, "signOutAction"},
          std::pair{m_autoLockAction, "autoLockAction"}, std::pair{quit, "quitAction"}})
        action->setObjectName(QString::fromLatin1(name));

    // Named in all three languages, so it can be found whichever is on.
    QMenu* languages =
        menuBar()->addMenu(QStringLiteral("Kieli \u2013 Spr\u00e5k \u2013 Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    for (const auto& [id, name] :
         {std::pair{"fi", "Suomi"}, std::pair{"sv", "Svenska"}, std::pair{"en", "English"}}) {
        QAction* action = languages->addAction(QString::fromUtf8(name));
        action->setCheckable(true);
        action->setChecked(UiLanguage::current() == QLatin1String(id));
        const QString language = QString::fromLatin1(id);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
    updateActions();
}

void WorkspaceWindow::setLanguage(const QString& language)
{
    WorkspaceSettings().setLanguage(language);
    UiLanguage::set(language);
    buildMenus();
    // The pages are made again in the new language; the open profiles open
    // again, each on its section, and the same tab stays in front.
    if (isSignedIn() && !m_locked) {
        const int current = m_tabs->currentIndex();
        QList<std::pair<qint64, int>> profiles; // pupil, section
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto* profile = qobject_cast<ProfilePage*>(m_tabs->widget(i)))
                profiles.append({profile->pupilId(), profile->sections()->currentIndex()});
        buildPages();
        for (const auto& [pupil, section] : profiles)
            openProfile(pupil)->sections()->setCurrentIndex(section);
        m_tabs->setCurrentIndex(std::min(current, m_tabs->count() - 1));
    }
}

void WorkspaceWindow::trySignIn(const QString& username, const QString& password)
{
    if (m_locked && username.compare(m_context.user.username, Qt::CaseInsensitive) != 0) {
        m_signIn->showProblem(
            tr("Only %1 can unlock. Sign out to change user.").arg(m_context.user.displayName));
        return;
    }
    const db::SignInResult result =
        db::DatabaseKeys::signIn(*m_context.database, username, password, *m_context.clock);
    if (result.status != db::SignInResult::Status::SignedIn || !result.user) {
        m_signIn->showRefusal(result);
        return;
    }
    if (m_locked) {
        m_locked = false;
        m_stack->setCurrentWidget(m_tabs);
        m_idle->setArmed(true);
        updateActions();
        return;
    }
    if (m_encryptsPlaintext && !m_context.database->isEncrypted() &&
        db::AccessRules::allows(*result.user, db::Permission::ManageUsers))
        encryptDatabase(username, password);
    if (result.passwordChangeRequired) {
        m_oneTimeUser = *result.user;
        m_oneTimePassword = password;
        m_passwordChange->start(result.user->displayName);
        m_stack->setCurrentWidget(m_passwordChange);
        return;
    }
    startSession(*result.user);
}

void WorkspaceWindow::encryptDatabase(const QString& username, const QString& password)
{
    // An older plaintext database is encrypted the first time an administrator
    // signs in; every other account gets a one-time password to hand over.
    db::Database& database = *m_context.database;
    const QString path = database.path();
    database.close();
    const auto done = db::Encryption::encrypt({path, username, password, {}});
    const auto key = done ? db::DatabaseKeys::unlock(path, username, password)
                          : db::Outcome<std::shared_ptr<SecureKey>>(nullptr);
    if (const auto problem = database.unlock(key ? *key : nullptr)) {
        QMessageBox::critical(this, tr("Encryption"), problem->toString());
        return;
    }
    if (!done) {
        QMessageBox::warning(
            this, tr("Encryption"),
            tr("The database could not be encrypted and stays as it was:\n%1").arg(done.error()));
        return;
    }
    RecoverySheetDialog sheet(db::municipalityName(database.connection()), path, done->recoveryKey,
                              this);
    sheet.exec();
    if (done->oneTimePasswords.isEmpty())
        return;
    QStringList lines;
    for (const db::OneTimePassword& p : done->oneTimePasswords)
        lines << tr("%1 (%2): %3").arg(p.displayName, p.username, p.password);
    QMessageBox message(QMessageBox::Information, tr("One-time passwords"),
                        tr("The database is now encrypted. These accounts sign in once with "
                           "these passwords and then choose their own. Give each to its owner "
                           "in person."),
                        QMessageBox::Ok, this);
    message.setObjectName(QStringLiteral("oneTimePasswords"));
    message.setDetailedText(lines.join(QLatin1Char('\n')));
    message.exec();
}

void WorkspaceWindow::changeOneTimePassword(const QString& newPassword)
{
    const auto changed = db::UserStore(m_context.db(), *m_context.clock)
                             .changeOwnPassword(m_oneTimeUser, m_oneTimePassword, newPassword);
    if (!changed) {
        m_passwordChange->showProblem(changed.error());
        return;
    }
    db::SignedInUser user = std::exchange(m_oneTimeUser, {});
    m_oneTimePassword.clear();
    user.mustChangePassword = false;
    startSession(user);
}

void WorkspaceWindow::startSession(const db::SignedInUser& user)
{
    m_context.user = user;
    buildPages();
    m_stack->setCurrentWidget(m_tabs);
    m_idle->setTimeoutSeconds(WorkspaceSettings().autoLockMinutes() * 60);
    m_idle->setArmed(true);
    statusBar()->showMessage(tr("Signed in as %1").arg(user.displayName));
    // A reset password or access waiting for confirmation comes first.
    if (auto* notices = page<AccessNoticesPage>(); notices && notices->hasSomething()) {
        m_tabs->setCurrentWidget(notices);
        statusBar()->showMessage(
            tr("Signed in as %1. Read the notices on this page first.").arg(user.displayName));
    }
    updateActions();
}

void WorkspaceWindow::buildPages()
{
    clearPages();
    // The tabs follow what the user may do; each page's data is checked again in db/.
    const auto may = [this](db::Permission p) {
        return db::AccessRules::allows(m_context.user, p);
    };
    if (may(db::Permission::ViewSchoolPupils)) {
        auto* start = new StartPage(m_context, m_tabs);
        auto* overview = new ClassOverviewPage(m_context, m_tabs);
        m_tabs->addTab(start, tr("Start"));
        m_tabs->addTab(overview, tr("Class overview"));
        connect(start, &StartPage::openProfile, this, &WorkspaceWindow::openProfile);
        connect(start, &StartPage::recordFollowUp, this, [this](qint64 pupil, qint64 response) {
            if (ProfilePage* profile = openProfile(pupil); profile->isLoaded())
                profile->showFollowUp(response);
        });
        connect(overview, &ClassOverviewPage::openProfile, this, &WorkspaceWindow::openProfile);
    }
    if (may(db::Permission::ViewSharedCases)) {
        auto* shared = new SharedCasesPage(m_context, m_tabs);
        m_tabs->addTab(shared, tr("Shared cases"));
        connect(shared, &SharedCasesPage::openProfile, this, &WorkspaceWindow::openProfile);
    }
    if (TransferPage::offered(m_context.user)) {
        auto* transfer = new TransferPage(m_context, m_tabs);
        m_tabs->addTab(transfer, tr("Send and receive"));
        connect(transfer, &TransferPage::openProfile, this, &WorkspaceWindow::openProfile);
    }
    if (may(db::Permission::ManageUsers))
        m_tabs->addTab(new UsersPage(m_context, m_tabs), tr("Users and schools"));
    if (may(db::Permission::ExportAuditLog))
        m_tabs->addTab(new AccessLogPage(m_context, m_tabs), tr("Audit log"));
    else if (may(db::Permission::ViewAccessLog))
        m_tabs->addTab(new AccessLogPage(m_context, m_tabs), tr("Who has viewed"));
    if (may(db::Permission::ViewAggregates))
        m_tabs->addTab(new DashboardWidget(m_context.database, m_context.user, m_tabs),
                       tr("Group figures"));
    // Everyone: one's own password resets; nurses and the coordinator confirm access here.
    m_tabs->addTab(new AccessNoticesPage(m_context, m_tabs), tr("Access and notices"));
    // Everyone: this installation's device line; the administrator trusts others here.
    m_tabs->addTab(new DevicesPage(m_context, m_tabs), tr("Devices"));
    // Only profile tabs can be closed.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
}

void WorkspaceWindow::clearPages()
{
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
}

ProfilePage* WorkspaceWindow::openProfile(qint64 pupilId)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* profile = qobject_cast<ProfilePage*>(m_tabs->widget(i));
            profile && profile->pupilId() == pupilId) {
            m_tabs->setCurrentIndex(i);
            return profile;
        }
    auto* profile = new ProfilePage(m_context, pupilId, m_tabs);
    const int index =
        m_tabs->addTab(profile, profile->isLoaded() ? profile->pupilName() : tr("Pupil"));
    m_tabs->setCurrentIndex(index);
    return profile;
}

void WorkspaceWindow::closeDialogs()
{
    // A dialog left open (a file dialog, the screening set-up, a question) would
    // stay on screen above the sign-in page and act for the signed-in user: the
    // lock cancels them, and a cancelled dialog gives its caller nothing to do.
    // (File dialogs are Qt's own, not the system's, so that they can be closed.)
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
            dialog->reject();
}

void WorkspaceWindow::lock()
{
    if (!isSignedIn() || m_locked)
        return;
    // A bundle being merged holds the database: the lock follows as soon as it ends.
    if (m_context.events->isBusy()) {
        m_lockWhenIdle = true;
        return;
    }
    m_locked = true;
    m_idle->setArmed(false);
    closeDialogs();
    m_signIn->showLocked(m_context.user.username, m_context.user.displayName);
    m_stack->setCurrentWidget(m_signIn);
    // An encrypted database closes and its key is wiped; the password opens it
    // again. A running screening keeps it open: the kiosk works under the key.
    if (!m_kiosk)
        m_context.database->lock();
    updateActions();
}

void WorkspaceWindow::signOut()
{
    m_oneTimeUser = {};
    m_oneTimePassword.clear();
    clearPages();
    m_context.user = {};
    m_locked = false;
    m_idle->setArmed(false);
    m_signIn->showSignIn();
    m_stack->setCurrentWidget(m_signIn);
    statusBar()->clearMessage();
    if (!m_kiosk)
        m_context.database->lock();
    updateActions();
}

void WorkspaceWindow::updateActions()
{
    const bool working = isSignedIn() && !m_locked;
    m_lockAction->setEnabled(working);
    m_signOutAction->setEnabled(isSignedIn());
    // The locked screen offers unlocking and signing out, nothing that changes
    // how the workspace protects itself.
    m_autoLockAction->setEnabled(working);
    m_screeningAction->setEnabled(
        working && db::AccessRules::allows(m_context.user, db::Permission::RecordResponses));
}

void WorkspaceWindow::startScreening()
{
    KioskSetupDialog setup(m_context.database, *m_context.catalog, m_context.user, this);
    if (setup.exec() != QDialog::Accepted || m_locked)
        return;
    m_kioskFlow = std::make_unique<KioskFlow>(setup.config());
    m_kiosk = std::make_unique<KioskWindow>(m_kioskFlow.get());
    // The workspace stays locked while pupils use the laptop.
    lock();
    hide();
    connect(m_kiosk.get(), &KioskWindow::exited, this, [this] {
        show();
        m_kiosk.release()->deleteLater();
        m_kioskFlow.release()->deleteLater();
        if (m_locked || !isSignedIn())
            m_context.database->lock(); // the nurse's password opens it again
    });
    m_kiosk->showFullScreen();
}

void WorkspaceWindow::chooseAutoLock()
{
    if (!isSignedIn() || m_locked)
        return;
    WorkspaceSettings settings;
    bool ok = false;
    const int minutes = QInputDialog::getInt(
        this, tr("Automatic lock"), tr("Lock after this many minutes without input:"),
        settings.autoLockMinutes(), WorkspaceSettings::minimumAutoLockMinutes,
        WorkspaceSettings::maximumAutoLockMinutes, 1, &ok);
    if (!ok || m_locked)
        return;
    settings.setAutoLockMinutes(minutes);
    m_idle->setTimeoutSeconds(minutes * 60);
}

} // namespace signaali::ui
