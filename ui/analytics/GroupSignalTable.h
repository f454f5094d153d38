#pragma once

#include "db/figures/GroupFigures.h"

#include <QTableWidget>

namespace signaali::ui {

// Group weak signals with their reasons, the most serious first. A signal is
// about a class or a school, never a pupil.
class GroupSignalTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { LevelColumn, GroupColumn, DomainColumn, KindColumn, ShareColumn, ReasonColumn };
    explicit GroupSignalTable(QWidget* parent = nullptr);
    void setSignals(const QList<db::GroupSignal>& list);
};

} // namespace signaali::ui
