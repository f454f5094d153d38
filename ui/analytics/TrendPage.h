#pragma once

#include "analytics/ChartPanel.h"
#include "analytics/DashboardData.h"

#include <QWidget>

class QComboBox;

namespace signaali::ui {

class TrendChart;

// The dashboard's trend tab: which group to follow (the municipality for a
// coordinator, the schools, the chosen school's classes) and its share over
// the rounds with interval bands, a caption and exports.
class TrendPage : public QWidget
{
    Q_OBJECT

public:
    TrendPage(DashboardData& data, QWidget* parent = nullptr);

    // The groups that can be followed for this choice, keeping the one followed
    // when it is still there.
    void fillTargets(const DashboardChoice& choice);
    // Draws the followed group's trend; false with data.error() when the
    // figures could not be read. `summary` describes the filters.
    bool show(const DashboardChoice& choice, const QString& summary);
    int targetIndex() const;
    ChartPanel* panel() const { return m_panel; }

signals:
    void targetChanged();

private:
    DashboardData& m_data;
    QList<TrendTarget> m_targets;
    QComboBox* m_target;
    TrendChart* m_trend;
    ChartPanel* m_panel;
};

} // namespace signaali::ui
