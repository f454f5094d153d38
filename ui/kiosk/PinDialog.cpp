#include "kiosk/PinDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

PinDialog::PinDialog(const QString& title, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(title, this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(title);
    label->setBuddy(m_pin);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(m_pin);
    layout->addWidget(buttons);
}

QString PinDialog::pin() const
{
    return m_pin->text();
}

QString PinDialog::ask(QWidget* parent, const QString& title)
{
    PinDialog dialog(title, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.pin() : QString();
}

} // namespace signaali::ui
