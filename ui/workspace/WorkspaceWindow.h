#pragma once

#include "workspace/IdleLock.h"
#include "workspace/WorkspaceContext.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QStackedWidget;
class QTabWidget;

namespace signaali::ui {

class KioskFlow;
class KioskWindow;
class PasswordChangePage;
class ProfilePage;
class SignInPage;

// The nurse's (and every other user's) window: the sign-in screen, then the
// pages the signed-in role may use. Locks itself after inactivity or on
// Ctrl+L, hiding every page behind the sign-in screen until the same user's
// password is typed; the pages stay as they were.
class WorkspaceWindow : public QMainWindow
{
    Q_OBJECT

public:
    WorkspaceWindow(db::Database* database, const InstrumentCatalog& catalog,
                    const Clock* clock = &Clock::system(), QWidget* parent = nullptr);
    ~WorkspaceWindow() override;

    bool isSignedIn() const { return m_context.user.id != 0; }
    bool isLocked() const { return m_locked; }
    const db::SignedInUser& user() const { return m_context.user; }
    SignInPage* signInPage() const { return m_signIn; }
    QTabWidget* tabs() const { return m_tabs; }
    IdleLock* idleLock() const { return m_idle; }
    QAction* screeningAction() const { return m_screeningAction; }
    template <typename Page> Page* page() const { return m_tabs->findChild<Page*>(); }
    ProfilePage* openProfile(qint64 pupilId);
    void lock();
    void signOut();
    // On (the default): an administrator's sign-in to a plaintext database
    // encrypts it. Off for windows over fixtures whose files stay as made.
    void setEncryptsPlaintext(bool on) { m_encryptsPlaintext = on; }
    // Switches the language of the window (fi, sv, en) and keeps it for the next start.
    void setLanguage(const QString& language);

private:
    void trySignIn(const QString& username, const QString& password);
    void encryptDatabase(const QString& username, const QString& password);
    void changeOneTimePassword(const QString& newPassword);
    void startSession(const db::SignedInUser& user);
    void buildMenus();
    void buildPages();
    void clearPages();
    void startScreening();
    void closeDialogs();
    void chooseAutoLock();
    void updateActions();

    WorkspaceContext m_context;
    bool m_locked = false;
    bool m_lockWhenIdle = false; // a lock asked for while a transfer ran
    bool m_encryptsPlaintext = true;
    QStackedWidget* m_stack = nullptr;
    SignInPage* m_signIn = nullptr;
    PasswordChangePage* m_passwordChange = nullptr;
    // Between a sign-in with a one-time password and choosing one's own: who,
    // and the one-time password db/ asks for again. Cleared as soon as done.
    db::SignedInUser m_oneTimeUser;
    QString m_oneTimePassword;
    QTabWidget* m_tabs = nullptr;
    IdleLock* m_idle = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_autoLockAction = nullptr;
    QAction* m_screeningAction = nullptr;
    std::unique_ptr<KioskFlow> m_kioskFlow;
    std::unique_ptr<KioskWindow> m_kiosk;
};

} // namespace signaali::ui
