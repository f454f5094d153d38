#include "workspace/PasswordChangePage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

PasswordChangePage::PasswordChangePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("passwordChangePage"));
    auto* outer = new QVBoxLayout(this);
    auto* box = new QWidget(this);
    box->setFixedWidth(520); // a fixed width lets the wrapped hint take the height it needs
    auto* layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_hint = new QLabel(box);
    m_hint->setWordWrap(true);
    auto* form = new QFormLayout;
    m_new = new QLineEdit(box);
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_new->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(box);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_newLabel = new QLabel(box);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel = new QLabel(box);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);
    m_problem = new QLabel(box);
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_change = new QPushButton(box);
    m_change->setObjectName(QStringLiteral("changePassword"));
    m_change->setDefault(true);
    m_cancel = new QPushButton(box);
    m_cancel->setObjectName(QStringLiteral("cancelPasswordChange"));
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_change);
    layout->addLayout(buttons);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    connect(m_change, &QPushButton::clicked, this, &PasswordChangePage::submit);
    connect(m_repeat, &QLineEdit::returnPressed, this, &PasswordChangePage::submit);
    connect(m_new, &QLineEdit::returnPressed, m_repeat, qOverload<>(&QWidget::setFocus));
    connect(m_cancel, &QPushButton::clicked, this, &PasswordChangePage::cancelled);
    retranslate();
}

void PasswordChangePage::start(const QString& displayName)
{
    m_name = displayName;
    m_new->clear();
    m_repeat->clear();
    m_problem->clear();
    retranslate();
    m_new->setFocus();
}

void PasswordChangePage::showProblem(const QString& text)
{
    m_problem->setText(text);
}

void PasswordChangePage::submit()
{
    if (m_new->text() != m_repeat->text()) {
        showProblem(tr("The two passwords are not the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    emit changeRequested(m_new->text());
}

void PasswordChangePage::retranslate()
{
    m_title->setText(tr("Choose your own password"));
    m_hint->setText(tr("%1, the administrator has set a one-time password for your account. "
                       "Choose a password of your own (at least 10 characters) before you go "
                       "on. Afterwards you will see who reset it and when.")
                        .arg(m_name));
    // An aligned box gets its size hint, which counts a wrapped label's height short.
    m_hint->setMinimumHeight(m_hint->heightForWidth(500));
    m_newLabel->setText(tr("New password:"));
    m_repeatLabel->setText(tr("Again:"));
    m_change->setText(tr("Set my password"));
    m_cancel->setText(tr("Sign out"));
}

void PasswordChangePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace signaali::ui
