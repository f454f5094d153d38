#pragma once

#include <QTableWidget>

namespace signaali::ui {

// A table cell that sorts by a key of its own (a level's rank, a date) instead
// of its text.
class SortableItem : public QTableWidgetItem
{
public:
    SortableItem(const QString& text, const QVariant& sortKey) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole + 1, sortKey);
    }
    bool operator<(const QTableWidgetItem& other) const override;
};

// A read-only table with whole-row selection, sized for lists of pupils.
QTableWidget* makeListTable(const QString& objectName, const QStringList& headers,
                            const QString& accessibleName, QWidget* parent);
// A cell coloured by level, with the level's name so colour is not the only cue.
QTableWidgetItem* levelItem(const QString& level, const QString& text);
// "2026-09-01T08:15:03.120Z" as the local date and time for people (DateText).
QString displayTime(const QString& isoUtc);
// The same as the local date only ("1.9.2026").
QString displayDate(const QString& isoUtc);

} // namespace signaali::ui
