#include "workspace/TableHelpers.h"

#include "workspace/DateText.h"
#include "workspace/LevelStyle.h"

#include <QHeaderView>
#include <QLocale>

namespace signaali::ui {

bool SortableItem::operator<(const QTableWidgetItem& other) const
{
    const QVariant mine = data(Qt::UserRole + 1);
    const QVariant theirs = other.data(Qt::UserRole + 1);
    if (mine.isValid() && theirs.isValid())
        return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
    return QTableWidgetItem::operator<(other);
}

QTableWidget* makeListTable(const QString& objectName, const QStringList& headers,
                            const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem* levelItem(const QString& level, const QString& text)
{
    auto* item = new SortableItem(text, LevelStyle::rank(level));
    item->setBackground(LevelStyle::background(level));
    item->setForeground(LevelStyle::foreground(level));
    return item;
}

QString displayTime(const QString& isoUtc)
{
    return DateText::fromIsoUtc(isoUtc, true);
}

QString displayDate(const QString& isoUtc)
{
    return DateText::fromIsoUtc(isoUtc, false);
}

} // namespace signaali::ui
