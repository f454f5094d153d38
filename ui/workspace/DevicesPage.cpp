#include "workspace/DevicesPage.h"

#include "core/OutputFile.h"
#include "core/RefusalText.h"
#include "db/access/AccessRules.h"
#include "workspace/DeviceText.h"
#include "workspace/TableHelpers.h"
#include "workspace/TrustDeviceDialog.h"
#include "workspace/WorkspaceEvents.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
// A device file is one line and a comment; anything much larger is not one.
constexpr qint64 kDeviceFileMax = 64 * 1024;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    label->setFont(bold);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

DevicesPage::DevicesPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("devicesPage"));
    const bool manages = db::AccessRules::allows(context.user, db::Permission::ManageDevices);
    auto* layout = new QVBoxLayout(this);

    layout->addWidget(heading(tr("This installation"), this));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("ownName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    m_fingerprint = DeviceText::fingerprintLabel(QString(), this);
    m_fingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_fingerprint->setAccessibleName(tr("Fingerprint of this installation"));
    layout->addWidget(m_fingerprint, 0, Qt::AlignLeft);
    layout->addWidget(paragraph(
        tr("Another installation trusts this one by its device line: give it the line as a file "
           "or copy it. Its administrator then compares the fingerprint with the one shown here, "
           "read out in the same room or on the phone."),
        this));
    auto* ownButtons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy device line"), this);
    m_copy->setObjectName(QStringLiteral("copyDeviceLine"));
    m_save = new QPushButton(tr("&Save device line\u2026"), this);
    m_save->setObjectName(QStringLiteral("saveDeviceLine"));
    ownButtons->addWidget(m_copy);
    ownButtons->addWidget(m_save);
    ownButtons->addStretch(1);
    layout->addLayout(ownButtons);

    layout->addSpacing(12);
    layout->addWidget(heading(tr("Trusted installations"), this));
    layout->addWidget(paragraph(tr("Results are sent only to these installations and received "
                                   "only from them. A revoked one's bundles are refused."),
                                this));
    m_table = makeListTable(
        QStringLiteral("trustedDevices"),
        {tr("Name"), tr("Fingerprint"), tr("Trusted by"), tr("Trusted"), tr("Status")},
        tr("Trusted installations"), this);
    layout->addWidget(m_table, 1);

    if (manages) {
        auto* buttons = new QHBoxLayout;
        auto* trust = new QPushButton(tr("&Trust a device\u2026"), this);
        trust->setObjectName(QStringLiteral("trustDevice"));
        m_revoke = new QPushButton(tr("&Revoke\u2026"), this);
        m_revoke->setObjectName(QStringLiteral("revokeDevice"));
        buttons->addWidget(trust);
        buttons->addWidget(m_revoke);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(trust, &QPushButton::clicked, this, &DevicesPage::chooseTrustFile);
        connect(m_revoke, &QPushButton::clicked, this, &DevicesPage::revokeSelected);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("devicesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("devicesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    layout->addWidget(m_problem);

    connect(m_copy, &QPushButton::clicked, this, &DevicesPage::copyLine);
    connect(m_save, &QPushButton::clicked, this, &DevicesPage::chooseSaveFile);
    if (context.events)
        connect(context.events, &WorkspaceEvents::devicesChanged, this, &DevicesPage::reload);
    reload();
}

QString DevicesPage::problem() const
{
    return m_problem->text();
}

QString DevicesPage::message() const
{
    return m_message->text();
}

void DevicesPage::showProblem(const QString& text)
{
    m_message->clear();
    m_problem->setText(text);
}

void DevicesPage::showMessage(const QString& text)
{
    m_problem->clear();
    m_message->setText(text);
}

void DevicesPage::reload()
{
    m_problem->clear();
    db::Devices devices(m_context.db(), *m_context.clock);
    const auto own = devices.own(m_context.user);
    m_own = own ? std::optional(*own) : std::nullopt;
    m_name->setText(m_own ? tr("Name: %1").arg(m_own->name) : QString());
    m_fingerprint->setText(m_own ? m_own->fingerprint() : QString());
    m_fingerprint->setVisible(m_own.has_value());
    m_copy->setEnabled(m_own.has_value());
    m_save->setEnabled(m_own.has_value());
    if (!own)
        showProblem(own.error());

    const auto list = devices.list(m_context.user);
    m_devices = list ? *list : QList<db::TrustedDevice>();
    if (!list)
        showProblem(list.error());
    m_table->setRowCount(static_cast<int>(m_devices.size()));
    for (int row = 0; row < m_devices.size(); ++row) {
        const db::TrustedDevice& d = m_devices[row];
        m_table->setItem(row, 0, new QTableWidgetItem(d.line.name));
        m_table->setItem(row, 1, new QTableWidgetItem(d.line.fingerprint()));
        m_table->setItem(row, 2, new QTableWidgetItem(d.trustedBy));
        m_table->setItem(row, 3, new QTableWidgetItem(displayTime(d.trustedAt)));
        auto* status = new QTableWidgetItem(
            d.revoked() ? tr("revoked %1").arg(displayTime(d.revokedAt)) : tr("trusted"));
        if (d.revoked())
            status->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_table->setItem(row, 4, status);
    }
    m_table->resizeColumnsToContents();
    if (m_revoke)
        m_revoke->setEnabled(!m_devices.isEmpty());
}

void DevicesPage::copyLine()
{
    if (!m_own)
        return;
    QApplication::clipboard()->setText(m_own->toText());
    showMessage(
        tr("The device line is on the clipboard. Its fingerprint: %1").arg(m_own->fingerprint()));
}

void DevicesPage::chooseSaveFile()
{
    if (!m_own)
        return;
    // Qt's own dialog, not the system's: the workspace lock can close it.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save device line"),
        DeviceText::fileNamePart(m_own->name) + QStringLiteral(".device"),
        tr("Device files (*.device)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        saveDeviceLine(path);
}

bool DevicesPage::saveDeviceLine(const QString& path)
{
    if (!m_own)
        return false;
    // Public keys only: not identified data, but still never over a database.
    if (const auto refused =
            OutputFile::write(path, DeviceText::deviceFile(*m_own), {true, false, {}})) {
        showProblem(tr("The device line was not saved: %1").arg(RefusalText::message(*refused)));
        return false;
    }
    showMessage(tr("Saved %1. Take it to the other installation; its administrator compares "
                   "the fingerprint %2 with this screen before trusting it.")
                    .arg(QFileInfo(path).fileName(), m_own->fingerprint()));
    return true;
}

void DevicesPage::chooseTrustFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trust a device"), QString(),
                                                      tr("Device files (*.device);;All files (*)"),
                                                      nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        startTrust(path);
}

TrustDeviceDialog* DevicesPage::startTrust(const QString& path)
{
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return nullptr;
    }
    // Bounded: a device such as /dev/zero never ends.
    const QByteArray bytes = file.read(kDeviceFileMax + 1);
    if (bytes.size() > kDeviceFileMax) {
        showProblem(tr("%1 is too large to be a device file.").arg(shown));
        return nullptr;
    }
    const QString text = QString::fromUtf8(bytes);
    const auto line = DeviceText::firstLine(text);
    if (!line) {
        showProblem(tr("%1 is not a Signaali device file: its first line is not a device line "
                       "(signaali-device \u2026).")
                        .arg(shown));
        return nullptr;
    }
    if (m_own && m_own->signPublic == line->signPublic) {
        showProblem(tr("%1 is this installation's own device file; trust the other "
                       "installation's file here.")
                        .arg(shown));
        return nullptr;
    }
    m_problem->clear();
    auto* dialog = new TrustDeviceDialog(m_context, shown, text, *line, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        announceChange();
        if (dialog->trusted())
            showMessage(tr("\u201c%1\u201d is now trusted: results can be sent to it and "
                           "received from it.")
                            .arg(dialog->trusted()->line.name));
    });
    // Not exec(): the page goes on, and the lock can close the dialog.
    dialog->open();
    return dialog;
}

void DevicesPage::revokeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_devices.size()) {
        showProblem(tr("Choose an installation in the list first."));
        return;
    }
    const db::TrustedDevice device = m_devices[row];
    if (device.revoked()) {
        showProblem(tr("\u201c%1\u201d has already been revoked.").arg(device.line.name));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Revoke trust"),
        tr("Revoke the trust in \u201c%1\u201d (fingerprint %2)? Its bundles are refused from "
           "now on and nothing more can be sent to it. This cannot be undone.")
            .arg(device.line.name, device.line.fingerprint()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto revoked =
        db::Devices(m_context.db(), *m_context.clock).revoke(m_context.user, device.line.name);
    if (!revoked) {
        showProblem(revoked.error());
        return;
    }
    announceChange();
    showMessage(tr("\u201c%1\u201d is no longer trusted.").arg(device.line.name));
}

void DevicesPage::announceChange()
{
    // The send page's list of recipients follows too; this page reloads on the same signal.
    if (m_context.events)
        emit m_context.events->devicesChanged();
    else
        reload();
}

} // namespace signaali::ui
