#include "workspace/AccessLogPage.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "workspace/AuditText.h"
#include "workspace/TableHelpers.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

AccessLogPage::AccessLogPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("accessLogPage"));
    // The whole log for whoever may export it; otherwise the views of one's own pupils.
    const bool admin = db::AccessRules::allows(context.user, db::Permission::ExportAuditLog);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(admin ? tr("Every view of identified data, every export and every "
                                        "change. The log can only grow.")
                                   : tr("Who has viewed or changed your pupils' data."),
                             this);
    intro->setWordWrap(true);
    m_table = makeListTable(QStringLiteral("auditTable"),
                            {tr("When"), tr("Who"), tr("Role"), tr("What"),
                             admin ? tr("Pupil (pseudonym)") : tr("Pupil"), tr("Detail")},
                            tr("Audit log"), this);
    auto* buttons = new QHBoxLayout;
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    buttons->addWidget(refreshButton);
    buttons->addStretch(1);
    if (admin) {
        auto* exportButton = new QPushButton(tr("Export the log as CSV…"), this);
        exportButton->setObjectName(QStringLiteral("exportAudit"));
        buttons->addWidget(exportButton);
        connect(exportButton, &QPushButton::clicked, this, [this] {
            // Qt's own dialog, not the system's: the workspace lock can close it.
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export the audit log"), QStringLiteral("audit-log.csv"),
                tr("CSV files (*.csv)"), nullptr, QFileDialog::DontUseNativeDialog);
            QString error;
            if (!path.isEmpty() && !exportCsv(path, &error))
                QMessageBox::warning(this, tr("Audit log"),
                                     tr("The log could not be exported: %1").arg(error));
        });
    }
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(refreshButton, &QPushButton::clicked, this, &AccessLogPage::refresh);
    refresh();
}

void AccessLogPage::refresh()
{
    db::AuditLog log(m_context.db(), *m_context.clock);
    QList<std::pair<db::AuditEntry, QString>> rows;
    if (db::AccessRules::allows(m_context.user, db::Permission::ExportAuditLog)) {
        db::AuditFilter filter;
        filter.limit = 2000;
        const auto entries = log.entries(m_context.user, filter);
        if (entries)
            for (auto it = entries->crbegin(); it != entries->crend(); ++it) // newest first
                rows.append({*it, it->pupilUuid.left(8)});
    } else {
        const auto access = log.accessToMyPupils(m_context.user);
        if (access)
            for (const db::PupilAccess& a : *access)
                rows.append({a.entry, a.lastName + QStringLiteral(", ") + a.firstName});
    }
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const db::AuditEntry& e = rows[row].first;
        m_table->setItem(row, 0, new QTableWidgetItem(displayTime(e.at)));
        m_table->setItem(row, 1, new QTableWidgetItem(e.username));
        m_table->setItem(row, 2, new QTableWidgetItem(AuditText::role(e.role)));
        auto* action = new QTableWidgetItem(AuditText::action(e.action));
        action->setToolTip(e.action); // the stable id, as in the exported log
        m_table->setItem(row, 3, action);
        m_table->setItem(row, 4, new QTableWidgetItem(rows[row].second));
        auto* detail = new QTableWidgetItem(AuditText::detail(e.action, e.detail));
        detail->setToolTip(e.detail); // as stored and exported
        m_table->setItem(row, 5, detail);
    }
    m_table->resizeColumnsToContents();
}

bool AccessLogPage::exportCsv(const QString& path, QString* error)
{
    const auto written =
        db::AuditLog(m_context.db(), *m_context.clock).exportCsv(m_context.user, path);
    if (!written && error)
        *error = written.error();
    return written.ok();
}

} // namespace signaali::ui
