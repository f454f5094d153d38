#include "workspace/SignInPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

SignInPage::SignInPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    auto* outer = new QVBoxLayout(this);
    auto* box = new QWidget(this);
    box->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("signInTitle"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_hint = new QLabel(box);
    m_hint->setWordWrap(true);
    auto* form = new QFormLayout;
    m_username = new QLineEdit(box);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel = new QLabel(box);
    m_userLabel->setBuddy(m_username);
    m_passwordLabel = new QLabel(box);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    m_problem = new QLabel(box);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_signIn = new QPushButton(box);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_signOut = new QPushButton(box);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_signOut, &QPushButton::clicked, this, &SignInPage::signOutRequested);
    retranslate();
    showSignIn();
}

void SignInPage::showLocked(const QString& username, const QString& displayName)
{
    m_locked = true;
    m_lockedName = displayName;
    m_username->setText(username);
    m_username->setEnabled(false);
    m_password->clear();
    m_problem->clear();
    m_signOut->show();
    retranslate();
    m_password->setFocus();
}

void SignInPage::showSignIn()
{
    m_locked = false;
    m_username->setEnabled(true);
    m_username->clear();
    m_password->clear();
    m_problem->clear();
    m_signOut->hide();
    retranslate();
    m_username->setFocus();
}

void SignInPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_password->clear();
    m_password->setFocus();
}

void SignInPage::showRefusal(const db::SignInResult& result)
{
    showProblem(refusalText(result));
}

QString SignInPage::refusalText(const db::SignInResult& result)
{
    using Status = db::SignInResult::Status;
    // db/'s message never says whether the user name exists; neither does this.
    switch (result.status) {
    case Status::Refused:
        return result.waitSeconds > 0
                   ? tr("Wrong user name or password. Try again in %n second(s).", nullptr,
                        result.waitSeconds)
                   : tr("Wrong user name or password.");
    case Status::Throttled:
        return tr("Too many wrong passwords. Try again in %n second(s).", nullptr,
                  result.waitSeconds);
    case Status::Failed:
        return tr("The sign-in could not be checked: %1").arg(result.message);
    case Status::SignedIn:
        break;
    }
    return {};
}

void SignInPage::submit()
{
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showProblem(tr("Type your user name and password."));
        return;
    }
    emit signInRequested(m_username->text().trimmed(), m_password->text());
}

void SignInPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInPage::retranslate()
{
    m_title->setText(m_locked ? tr("Signaali is locked") : tr("Sign in to Signaali"));
    m_hint->setText(m_locked
                        ? tr("%1, type your password to go on where you were.").arg(m_lockedName)
                        : tr("Pupils' health data: sign in with your own account."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_signIn->setText(m_locked ? tr("Unlock") : tr("Sign in"));
    m_signOut->setText(tr("Sign out"));
}

} // namespace signaali::ui
