#include "workspace/ConflictsPanel.h"

#include "common/UiLanguage.h"
#include "workspace/BundleText.h"
#include "workspace/TableHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

ConflictsPanel::ConflictsPanel(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("conflictsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Conflicts from received results"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("A received bundle had these results differently from this "
                                "installation. Nothing here was overwritten: open the profile "
                                "to check the result kept here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table =
        makeListTable(QStringLiteral("conflictsTable"),
                      {tr("Pupil"), tr("Round"), tr("Questionnaire"), tr("Conflict"), tr("Found")},
                      tr("Conflicts from received results"), this);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open profile"), this);
    open->setObjectName(QStringLiteral("openConflict"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    buttons->addWidget(open);
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    const auto openRow = [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_conflicts.size())
            emit openProfile(m_conflicts[row].pupilId);
    };
    connect(open, &QPushButton::clicked, this, openRow);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, openRow);
    connect(refresh, &QPushButton::clicked, this, &ConflictsPanel::reload);
}

void ConflictsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ConflictsPanel::changed()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ConflictsPanel::reload()
{
    m_stale = false;
    const auto conflicts = db::bundleConflicts(m_context.db(), m_context.user, *m_context.clock);
    m_conflicts = conflicts ? *conflicts : QList<db::BundleConflict>();
    m_problem->setVisible(!conflicts);
    if (!conflicts)
        m_problem->setText(conflicts.error());
    const QString language = UiLanguage::current();
    m_table->clearSpans();
    m_table->setRowCount(static_cast<int>(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const db::BundleConflict& c = m_conflicts[row];
        m_table->setItem(row, 0,
                         new QTableWidgetItem(c.lastName + QStringLiteral(", ") + c.firstName));
        m_table->setItem(row, 1, new QTableWidgetItem(c.round));
        const Instrument* instrument =
            m_context.catalog ? m_context.catalog->find(c.instrument) : nullptr;
        m_table->setItem(
            row, 2,
            new QTableWidgetItem(instrument ? instrument->title.text(language) : c.instrument));
        auto* kind = new QTableWidgetItem(BundleText::conflictKind(c.kind));
        kind->setToolTip(BundleText::conflictExplanation(c.kind));
        m_table->setItem(row, 3, kind);
        m_table->setItem(row, 4, new QTableWidgetItem(displayTime(c.foundAt)));
    }
    if (m_conflicts.isEmpty()) {
        m_table->setRowCount(1);
        auto* none = new QTableWidgetItem(tr("No conflicts."));
        none->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(0, 0, none);
        m_table->setSpan(0, 0, 1, m_table->columnCount());
    }
    m_table->resizeColumnsToContents();
}

} // namespace signaali::ui
