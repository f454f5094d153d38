#include "kiosk/LiveViewDialog.h"

#include "kiosk/CheckInCodeSheet.h"
#include "kiosk/KioskFlow.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace signaali::ui {

LiveViewDialog::LiveViewDialog(KioskFlow* flow, QWidget* parent) : QDialog(parent), m_flow(flow)
{
    setObjectName(QStringLiteral("liveView"));
    setWindowTitle(tr("Screening in progress: class %1").arg(flow->config().groupName));
    resize(720, 560);
    auto* layout = new QVBoxLayout(this);
    m_alerts = new QLabel(this);
    m_alerts->setObjectName(QStringLiteral("criticalAlerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setStyleSheet(
        QStringLiteral("background: #b3261e; color: white; font-weight: bold; padding: 10px;"));
    m_summary = new QLabel(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("liveTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Pupil"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Pupils and their status"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Our own text: Qt has no Swedish for its standard buttons on Debian.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeLiveView"));
    auto* refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &LiveViewDialog::refresh);
    auto* codesButton =
        buttons->addButton(tr("Save check-in codes as PDF…"), QDialogButtonBox::ActionRole);
    codesButton->setObjectName(QStringLiteral("saveCodes"));
    connect(codesButton, &QPushButton::clicked, this, &LiveViewDialog::askAndSaveCodeSheet);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(m_alerts);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    refresh();
}

void LiveViewDialog::refresh()
{
    // Read again on every refresh: an account closed or a school taken away
    // since the screening began ends the view.
    if (const QString refused = m_flow->liveViewRefusal(); !refused.isEmpty()) {
        m_table->setRowCount(0);
        m_alerts->hide();
        m_summary->setText(refused);
        return;
    }
    const QList<db::KioskPupil> pupils = m_flow->pupils();
    m_table->setRowCount(static_cast<int>(pupils.size()));
    int completed = 0, inProgress = 0, notStarted = 0;
    QStringList alerts = m_flow->criticalAlerts();
    for (int row = 0; row < pupils.size(); ++row) {
        const db::KioskPupil& p = pupils[row];
        QString status;
        switch (p.status) {
        case db::KioskPupil::Status::Completed:
            status = tr("completed");
            ++completed;
            break;
        case db::KioskPupil::Status::InProgress:
            status = tr("in progress");
            ++inProgress;
            break;
        case db::KioskPupil::Status::NotStarted:
            status = tr("not started");
            ++notStarted;
            break;
        }
        if (p.critical) {
            status += QStringLiteral("  ") + tr("CRITICAL ANSWER");
            const bool listed = std::any_of(alerts.begin(), alerts.end(), [&](const QString& a) {
                return a.startsWith(p.fullName + QLatin1Char(':'));
            });
            if (!listed)
                alerts << p.fullName;
        }
        auto* name = new QTableWidgetItem(p.fullName);
        auto* state = new QTableWidgetItem(status);
        if (p.critical)
            for (QTableWidgetItem* item : {name, state}) {
                item->setBackground(QColor(0xb3, 0x26, 0x1e));
                item->setForeground(Qt::white);
            }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, state);
    }
    m_summary->setText(tr("Completed %1, in progress %2, not started %3")
                           .arg(completed)
                           .arg(inProgress)
                           .arg(notStarted));
    m_alerts->setVisible(!alerts.isEmpty());
    m_alerts->setText(tr("Critical answers, talk with the pupil today:") + QLatin1Char('\n') +
                      alerts.join(QLatin1Char('\n')));
}

std::optional<CheckInCodeSheet> LiveViewDialog::codeSheet(QString* error)
{
    CheckInCodeSheet sheet;
    sheet.className = m_flow->config().groupName;
    sheet.roundName = m_flow->config().roundName;
    QString refused;
    sheet.codes = m_flow->checkInCodes(&refused);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return std::nullopt;
    }
    return sheet;
}

bool LiveViewDialog::saveCodeSheet(const QString& path, QString* error)
{
    const auto sheet = codeSheet(error);
    return sheet && sheet->writePdf(path, error);
}

void LiveViewDialog::askAndSaveCodeSheet()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save check-in codes"),
        tr("check-in-codes-%1.pdf").arg(m_flow->config().groupName), tr("PDF files (*.pdf)"),
        nullptr, QFileDialog::DontUseNativeDialog); // Qt's, so it speaks the nurse's language
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCodeSheet(path, &error))
        QMessageBox::warning(this, tr("Check-in codes"), error);
}

} // namespace signaali::ui
