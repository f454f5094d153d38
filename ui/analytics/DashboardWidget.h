#pragma once

#include "analytics/ChartPanel.h"
#include "analytics/DashboardData.h"
#include "db/storage/Database.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace signaali::ui {

class DashboardFilters;
class DistributionChart;
class FunnelChart;
class GroupSignalTable;
class HeatMapWidget;
class TrendPage;

// Group and trend figures for the pupil-welfare group (their schools) and the
// coordinator (every school): group signals, the level distribution, a heat
// map, trends and funnel plots, with filters. Only aggregates, protected by
// GroupFigures; a user who may not see group figures gets the reason instead.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    DashboardWidget(db::Database* database, const db::SignedInUser& user,
                    QWidget* parent = nullptr);
    ~DashboardWidget() override;

    // Reads the rounds and schools again (after new results came in) and redraws.
    void reload();
    // True when the user may not see group figures; message() says why.
    bool isRefused() const { return m_refused; }
    QString message() const;
    DashboardChoice choice() const;
    // How long the last redraw took, database included.
    qint64 lastRefreshMilliseconds() const { return m_lastRefreshMs; }
    // Where the chart panels ask to save exports (for tests and scripted use).
    void setSavePrompt(const ChartPanel::SavePrompt& prompt);

signals:
    void refreshed();

private:
    enum Tab { SignalsTab, DistributionTab, HeatMapTab, TrendTab, FunnelTab };
    QWidget* buildSignalsTab();
    void filtersChanged();
    void refresh();
    bool showSignals(const DashboardChoice& choice);
    bool showDistribution(const DashboardChoice& choice);
    bool showHeatMap(const DashboardChoice& choice);
    bool showFunnel(const DashboardChoice& choice);
    void showError(const QString& error);
    QString groupTitle(const DashboardChoice& choice) const;
    QString protectionNote() const;

    DashboardData m_data;
    bool m_refused = false;
    qint64 m_lastRefreshMs = 0;
    QList<QString> m_shownKeys; // per tab: the choice it was last drawn for

    QStackedWidget* m_pages;
    QLabel* m_message;
    QLabel* m_error;
    DashboardFilters* m_filters;
    QTabWidget* m_tabs;
    QLabel* m_signalSummary;
    GroupSignalTable* m_signalTable;
    DistributionChart* m_distribution;
    HeatMapWidget* m_heatMap;
    FunnelChart* m_funnel;
    TrendPage* m_trendPage;
    ChartPanel* m_distributionPanel;
    ChartPanel* m_heatMapPanel;
    ChartPanel* m_funnelPanel;
};

} // namespace signaali::ui
