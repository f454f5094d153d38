#include "workspace/SharedCasesPage.h"

#include "workspace/TableHelpers.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

SharedCasesPage::SharedCasesPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("sharedCasesPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Pupils whose case a school nurse has shared with you, with the "
                                "pupil's or guardian's consent."),
                             this);
    intro->setWordWrap(true);
    m_table = makeListTable(QStringLiteral("sharedCases"),
                            {tr("Pupil"), tr("Shared by"), tr("Shared"), tr("Consent from")},
                            tr("Cases shared with you"), this);
    auto* open = new QPushButton(tr("Open profile"), this);
    open->setObjectName(QStringLiteral("openShared"));
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(open, 0, Qt::AlignLeft);
    const auto openRow = [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            emit openProfile(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    };
    connect(open, &QPushButton::clicked, this, openRow);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, openRow);
    refresh();
}

void SharedCasesPage::refresh()
{
    const auto shares =
        db::CaseShares(m_context.db(), *m_context.clock).shares(m_context.user, 0, false);
    const QList<db::CaseShare> list = shares ? *shares : QList<db::CaseShare>();
    m_table->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const db::CaseShare& s = list[row];
        auto* name = new QTableWidgetItem(s.lastName + QStringLiteral(", ") + s.firstName);
        name->setData(Qt::UserRole, s.pupilId);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(s.sharedBy));
        m_table->setItem(row, 2, new QTableWidgetItem(displayTime(s.sharedAt)));
        m_table->setItem(row, 3,
                         new QTableWidgetItem(s.consentFrom == db::ConsentFrom::Pupil
                                                  ? tr("pupil")
                                                  : tr("guardian")));
    }
    m_table->resizeColumnsToContents();
}

} // namespace signaali::ui
