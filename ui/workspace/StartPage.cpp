#include "workspace/StartPage.h"

#include "db/workspace/CaseStore.h"
#include "workspace/DateText.h"
#include "workspace/LevelStyle.h"
#include "workspace/PupilSearchBox.h"
#include "workspace/TableHelpers.h"
#include "workspace/WorkspaceEvents.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
QString kindName(db::AttentionKind kind)
{
    switch (kind) {
    case db::AttentionKind::Critical:
        return StartPage::tr("Critical answer");
    case db::AttentionKind::Concern:
        return StartPage::tr("Concern");
    case db::AttentionKind::Change:
        return StartPage::tr("Worse than before");
    case db::AttentionKind::Accumulation:
        return StartPage::tr("Several signals together");
    }
    return {};
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    label->setFont(f);
    return label;
}
} // namespace

StartPage::StartPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("startPage"));
    auto* layout = new QVBoxLayout(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_problem->hide();
    m_followUpTitle = heading(tr("Follow-ups due"), this);
    m_followUps = makeListTable(QStringLiteral("followUps"),
                                {tr("Date"), tr("Pupil"), tr("Class"), tr("School"), tr("Note")},
                                tr("Follow-up visits that are due or overdue"), this);
    m_followUps->setMaximumHeight(170);

    auto* attentionHeader = new QHBoxLayout;
    attentionHeader->addWidget(heading(tr("Needs attention"), this));
    attentionHeader->addStretch(1);
    m_showHandled = new QCheckBox(tr("Show handled"), this);
    m_showHandled->setObjectName(QStringLiteral("showHandled"));
    attentionHeader->addWidget(m_showHandled);
    m_attention = makeListTable(QStringLiteral("attention"),
                                {tr("Why"), tr("Pupil"), tr("Class"), tr("School"), tr("Round"),
                                 tr("Date"), tr("Handled"), tr("Reasons"), tr("Follow-up")},
                                tr("Pupils whose results need attention"), this);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open profile"), this);
    open->setObjectName(QStringLiteral("openProfile"));
    auto* handled = new QPushButton(tr("Mark as handled"), this);
    handled->setObjectName(QStringLiteral("markHandled"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    buttons->addWidget(open);
    buttons->addWidget(handled);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);

    m_search = new PupilSearchBox(m_context, this);
    connect(m_search, &PupilSearchBox::openProfile, this, &StartPage::openProfile);
    layout->addWidget(m_search);
    layout->addWidget(m_problem);
    layout->addWidget(m_followUpTitle);
    layout->addWidget(m_followUps);
    layout->addLayout(attentionHeader);
    layout->addWidget(m_attention, 1);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, [this] { openSelected(m_attention); });
    connect(handled, &QPushButton::clicked, this, &StartPage::markSelectedHandled);
    connect(refreshButton, &QPushButton::clicked, this, &StartPage::refresh);
    connect(m_showHandled, &QCheckBox::toggled, this, &StartPage::refresh);
    connect(m_attention, &QTableWidget::cellDoubleClicked, this,
            [this] { openSelected(m_attention); });
    connect(m_followUps, &QTableWidget::cellDoubleClicked, this,
            [this] { openSelected(m_followUps); });
    if (m_context.events)
        connect(m_context.events, &WorkspaceEvents::caseChanged, this,
                &StartPage::changedElsewhere);
    refresh();
}

void StartPage::changedElsewhere()
{
    // Read again only when the nurse looks: every read of the lists is logged.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void StartPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void StartPage::refresh()
{
    m_stale = false;
    m_problem->hide();
    fillFollowUps();
    fillAttention();
}

void StartPage::fillFollowUps()
{
    m_followUps->setRowCount(0);
    const auto due = db::CaseStore(m_context.db(), *m_context.clock)
                         .followUpsDue(m_context.user, m_context.today());
    if (!due) {
        m_problem->setText(due.error());
        m_problem->show();
        return;
    }
    m_followUpTitle->setText(tr("Follow-ups due (%n)", nullptr, static_cast<int>(due->size())));
    for (const db::FollowUp& f : *due) {
        const int row = m_followUps->rowCount();
        m_followUps->insertRow(row);
        auto* date =
            new QTableWidgetItem(DateText::date(f.action.followUpOn) +
                                 (f.overdue ? QStringLiteral("  ") + tr("overdue") : QString()));
        date->setData(Qt::UserRole, f.action.pupilId);
        if (f.overdue)
            date->setBackground(LevelStyle::background(QStringLiteral("concern")));
        m_followUps->setItem(row, 0, date);
        m_followUps->setItem(row, 1,
                             new QTableWidgetItem(f.lastName + QStringLiteral(", ") + f.firstName));
        m_followUps->setItem(row, 2, new QTableWidgetItem(f.className));
        m_followUps->setItem(row, 3, new QTableWidgetItem(f.schoolName));
        m_followUps->setItem(row, 4, new QTableWidgetItem(f.action.note));
    }
    m_followUps->resizeColumnsToContents();
}

void StartPage::fillAttention()
{
    m_attention->setSortingEnabled(false);
    m_attention->setRowCount(0);
    db::AttentionRequest request;
    request.includeHandled = m_showHandled->isChecked();
    const auto items = db::attentionList(m_context.db(), m_context.user, request, *m_context.clock);
    if (!items) {
        m_items.clear();
        m_problem->setText(items.error());
        m_problem->show();
        return;
    }
    m_items = *items;
    for (int i = 0; i < m_items.size(); ++i) {
        const db::AttentionItem& a = m_items[i];
        QStringList reasons;
        for (const db::FlagView& flag : a.flags)
            reasons << flag.reason;
        const QString level =
            a.kind == db::AttentionKind::Critical || a.kind == db::AttentionKind::Concern
                ? QStringLiteral("concern")
                : QStringLiteral("watch");
        // No result yet: say so, or the nurse looks for one in the profile.
        auto* why = levelItem(
            level, a.unfinished ? tr("%1, questionnaire not finished").arg(kindName(a.kind))
                                : kindName(a.kind));
        why->setData(Qt::UserRole, a.pupilId);
        why->setData(Qt::UserRole + 2, i);
        m_attention->insertRow(i);
        m_attention->setItem(i, 0, why);
        m_attention->setItem(i, 1,
                             new QTableWidgetItem(a.lastName + QStringLiteral(", ") + a.firstName));
        m_attention->setItem(i, 2, new QTableWidgetItem(a.className));
        m_attention->setItem(i, 3, new QTableWidgetItem(a.schoolName));
        m_attention->setItem(i, 4, new QTableWidgetItem(a.roundName));
        m_attention->setItem(i, 5, new QTableWidgetItem(displayTime(a.completedAt)));
        QString handledText;
        if (a.handled && !a.flags.isEmpty())
            handledText =
                tr("%1, %2").arg(a.flags.first().handledBy, displayTime(a.flags.first().handledAt));
        m_attention->setItem(i, 6, new QTableWidgetItem(handledText));
        auto* reasonItem = new QTableWidgetItem(reasons.join(QStringLiteral(" · ")));
        reasonItem->setToolTip(reasons.join(QLatin1Char('\n')));
        m_attention->setItem(i, 7, reasonItem);
        m_attention->setItem(i, 8, new QTableWidgetItem);
        if (a.kind == db::AttentionKind::Critical) {
            auto* record = new QPushButton(tr("Record follow-up…"), m_attention);
            record->setObjectName(QStringLiteral("recordFollowUp"));
            record->setAccessibleName(
                tr("Record follow-up for %1 %2").arg(a.firstName, a.lastName));
            const qint64 pupilId = a.pupilId;
            const qint64 responseId = a.responseId;
            connect(record, &QPushButton::clicked, this,
                    [this, pupilId, responseId] { emit recordFollowUp(pupilId, responseId); });
            m_attention->setCellWidget(i, 8, record);
        }
    }
    m_attention->resizeColumnsToContents();
    // Long reasons are in the tooltip: the follow-up button stays in sight.
    m_attention->setColumnWidth(7, std::min(m_attention->columnWidth(7), 420));
    m_attention->horizontalHeader()->setStretchLastSection(true);
}

bool StartPage::markSelectedHandled()
{
    const int row = m_attention->currentRow();
    if (row < 0)
        return false;
    const int index = m_attention->item(row, 0)->data(Qt::UserRole + 2).toInt();
    // Only what the nurse has on screen: a critical answer the pupil gives at the
    // kiosk after this list was read must not be handled unseen.
    QStringList shown;
    for (const db::FlagView& flag : m_items[index].flags)
        shown << flag.code;
    const auto done = db::markFlagsHandled(m_context.db(), m_context.user,
                                           m_items[index].responseId, shown, {}, *m_context.clock);
    if (!done) {
        m_problem->setText(done.error());
        m_problem->show();
        return false;
    }
    refresh();
    return true;
}

void StartPage::openSelected(QTableWidget* table)
{
    const int row = table->currentRow();
    if (row >= 0)
        emit openProfile(table->item(row, 0)->data(Qt::UserRole).toLongLong());
}

} // namespace signaali::ui
