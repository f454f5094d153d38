#pragma once

#include "db/admin/UserStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace signaali::ui {

// The sign-in screen, also shown over a locked workspace: then the user name is
// fixed and only the password is asked.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget* parent = nullptr);

    // Locked: the signed-in user's name shown, not editable.
    void showLocked(const QString& username, const QString& displayName);
    void showSignIn();
    void showProblem(const QString& text);
    // Why db/ did not sign the user in, in the window's language.
    void showRefusal(const db::SignInResult& result);
    static QString refusalText(const db::SignInResult& result);
    bool isLockScreen() const { return m_locked; }

signals:
    void signInRequested(const QString& username, const QString& password);
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();

    bool m_locked = false;
    QString m_lockedName;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
};

} // namespace signaali::ui
