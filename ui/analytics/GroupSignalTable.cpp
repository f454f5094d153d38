#include "analytics/GroupSignalTable.h"

#include "analytics/AnalyticsStyle.h"

#include <QHeaderView>

namespace signaali::ui {

GroupSignalTable::GroupSignalTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("signalTable"));
    setAccessibleName(tr("Group signals with their reasons"));
    setColumnCount(6);
    setHorizontalHeaderLabels(
        {tr("Level"), tr("Group"), tr("Domain"), tr("Signal"), tr("Share"), tr("Reason")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void GroupSignalTable::setSignals(const QList<db::GroupSignal>& list)
{
    setRowCount(0);
    setRowCount(static_cast<int>(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const db::GroupSignal& s = list[r];
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setForeground(AnalyticsStyle::text());
            item->setToolTip(s.reason);
            setItem(r, column, item);
            return item;
        };
        set(LevelColumn, AnalyticsStyle::levelName(s.level))
            ->setBackground(AnalyticsStyle::fill(s.level));
        set(GroupColumn, AnalyticsStyle::groupName(s.group, true));
        set(DomainColumn, AnalyticsStyle::domainTitle(s.group));
        set(KindColumn, s.kind == db::GroupSignal::Kind::Funnel ? tr("Outside the funnel limits")
                                                                : tr("Rising over the rounds"));
        set(ShareColumn, AnalyticsStyle::percent(s.share))
            ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        set(ReasonColumn, s.reason);
    }
}

} // namespace signaali::ui
