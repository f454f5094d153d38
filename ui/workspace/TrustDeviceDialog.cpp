#include "workspace/TrustDeviceDialog.h"

#include "workspace/DeviceText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace signaali::ui {

TrustDeviceDialog::TrustDeviceDialog(const WorkspaceContext& context, const QString& file,
                                     const QString& text, const DeviceLine& line, QWidget* parent)
    : QDialog(parent), m_context(context), m_file(file), m_text(text), m_line(line)
{
    setObjectName(QStringLiteral("trustDeviceDialog"));
    setWindowTitle(tr("Trust another installation"));
    auto* layout = new QVBoxLayout(this);
    // The file's own fingerprint is not shown: what is typed must come from
    // the other installation's screen, not from this dialog.
    auto* intro = new QLabel(tr("The file %1 holds the device line of \u201c%2\u201d.")
                                 .arg(file.toHtmlEscaped(), line.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    auto* how = new QLabel(
        tr("Ask the person at the other installation to read out the fingerprint on its "
           "Devices page, and type what they read here. Trust the file only if the two are the "
           "same: a file swapped or changed on the way has another fingerprint."),
        this);
    how->setWordWrap(true);
    layout->addWidget(how);

    auto* form = new QFormLayout;
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("typedFingerprint"));
    m_typed->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_typed->setMaxLength(64);
    QFont large = m_typed->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_typed->setFont(large);
    m_name = new QLineEdit(line.name, this);
    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setMaxLength(kDeviceNameMax);
    form->addRow(tr("&Fingerprint the other installation shows:"), m_typed);
    form->addRow(tr("&Name for it here:"), m_name);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("trustProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust this installation"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    // Accepting is the dialog's own decision, after the check: not the button's.
    connect(buttons, &QDialogButtonBox::accepted, this, &TrustDeviceDialog::tryTrust);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_typed->setFocus();
    resize(std::max(sizeHint().width(), 620), sizeHint().height());
}

QString TrustDeviceDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TrustDeviceDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

void TrustDeviceDialog::tryTrust()
{
    if (m_typed->text().trimmed().isEmpty()) {
        showProblem(tr("Type the fingerprint the other installation shows on its Devices page."));
        m_typed->setFocus();
        return;
    }
    if (!DeviceText::sameFingerprint(m_typed->text(), m_line.fingerprint())) {
        showProblem(tr("The fingerprint you typed is not the fingerprint of this file, so it "
                       "is not trusted. Check it again with the other installation; if it "
                       "still differs, the file does not come from there: ask for a new one."));
        m_typed->selectAll();
        m_typed->setFocus();
        return;
    }
    const auto trusted = db::Devices(m_context.db(), *m_context.clock)
                             .trust(m_context.user, m_file, m_text, m_name->text());
    if (!trusted) {
        showProblem(trusted.error());
        return;
    }
    m_trusted = *trusted;
    accept();
}

} // namespace signaali::ui
