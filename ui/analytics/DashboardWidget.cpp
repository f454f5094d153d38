#include "analytics/DashboardWidget.h"

#include "analytics/AnalyticsStyle.h"
#include "analytics/DashboardFilters.h"
#include "analytics/DistributionChart.h"
#include "analytics/FunnelChart.h"
#include "analytics/FunnelTable.h"
#include "analytics/GroupSignalTable.h"
#include "analytics/HeatMapWidget.h"
#include "analytics/RespondentCount.h"
#include "analytics/TrendPage.h"
#include "core/SmallGroupProtection.h"
#include "db/access/AccessRules.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
QString choiceKey(const DashboardChoice& c, const QString& extra = QString())
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(c.roundId)
        .arg(c.schoolId)
        .arg(c.grade)
        .arg(c.gender, c.domainId, measureId(c.measure), extra);
}
} // namespace

DashboardWidget::DashboardWidget(db::Database* database, const db::SignedInUser& user,
                                 QWidget* parent)
    : QWidget(parent), m_data(database->connection(), user)
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Group and trend figures"));
    m_pages = new QStackedWidget(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setAccessibleName(tr("Why no figures are shown"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_pages->addWidget(m_message);

    auto* content = new QWidget(this);
    m_filters = new DashboardFilters(content);
    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setAccessibleName(tr("Problem with the figures"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #f4c7c3; color: #111; padding: 6px; }"));
    m_error->hide();
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setAccessibleName(tr("Dashboard views"));

    m_distribution = new DistributionChart;
    m_distributionPanel = new ChartPanel(QStringLiteral("distribution"), m_distribution);
    m_heatMap = new HeatMapWidget;
    m_heatMapPanel = new ChartPanel(QStringLiteral("heatmap"), m_heatMap);
    m_funnel = new FunnelChart;
    m_funnelPanel = new ChartPanel(QStringLiteral("funnel"), m_funnel);
    m_tabs->addTab(buildSignalsTab(), tr("Group signals"));
    m_tabs->addTab(m_distributionPanel, tr("Distribution"));
    m_tabs->addTab(m_heatMapPanel, tr("Heat map"));
    m_trendPage = new TrendPage(m_data);
    m_tabs->addTab(m_trendPage, tr("Trend"));
    m_tabs->addTab(m_funnelPanel, tr("Funnel plot"));

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_filters);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    for (ChartPanel* panel :
         {m_distributionPanel, m_heatMapPanel, m_trendPage->panel(), m_funnelPanel})
        panel->setExportLog([this](const QString& what, QString* error) {
            return m_data.recordExport(what, error);
        });
    connect(m_filters, &DashboardFilters::changed, this, &DashboardWidget::filtersChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardWidget::refresh);
    connect(m_trendPage, &TrendPage::targetChanged, this, &DashboardWidget::refresh);
    reload();
}

DashboardWidget::~DashboardWidget() = default;

QWidget* DashboardWidget::buildSignalsTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("signalsPage"));
    m_signalSummary = new QLabel(page);
    m_signalSummary->setObjectName(QStringLiteral("signalSummary"));
    m_signalSummary->setWordWrap(true);
    m_signalSummary->setTextFormat(Qt::PlainText);
    m_signalSummary->setAccessibleName(tr("Summary of the group signals"));
    m_signalTable = new GroupSignalTable(page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_signalSummary);
    layout->addWidget(m_signalTable, 1);
    return page;
}

void DashboardWidget::reload()
{
    m_refused = !m_data.load();
    if (m_refused) {
        m_message->setText(tr("Group figures are not available to you.\n%1").arg(m_data.error()));
        m_pages->setCurrentIndex(0);
        return;
    }
    if (m_data.rounds().isEmpty() || m_data.schools().isEmpty()) {
        m_message->setText(m_data.schools().isEmpty()
                               ? tr("You have no schools whose figures you could see.")
                               : tr("There are no screening rounds yet."));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    m_filters->populate(m_data,
                        db::AccessRules::allows(m_data.user(), db::Permission::ViewMunicipality));
    filtersChanged();
}

QString DashboardWidget::message() const
{
    return m_pages->currentIndex() == 0 ? m_message->text() : m_error->text();
}

DashboardChoice DashboardWidget::choice() const
{
    return m_filters->choice();
}

void DashboardWidget::setSavePrompt(const ChartPanel::SavePrompt& prompt)
{
    for (ChartPanel* panel :
         {m_distributionPanel, m_heatMapPanel, m_trendPage->panel(), m_funnelPanel})
        panel->setSavePrompt(prompt);
}

void DashboardWidget::filtersChanged()
{
    m_shownKeys = QList<QString>(m_tabs->count());
    m_trendPage->fillTargets(m_filters->choice());
    refresh();
}

void DashboardWidget::refresh()
{
    if (m_refused || m_pages->currentIndex() != 1)
        return;
    // Only the tab in view is drawn; the others follow when they are opened.
    const int tab = m_tabs->currentIndex();
    const DashboardChoice c = m_filters->choice();
    const QString key =
        choiceKey(c, tab == TrendTab ? QString::number(m_trendPage->targetIndex()) : QString());
    if (m_shownKeys.value(tab) == key)
        return;
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    switch (tab) {
    case SignalsTab:
        ok = showSignals(c);
        break;
    case DistributionTab:
        ok = showDistribution(c);
        break;
    case HeatMapTab:
        ok = showHeatMap(c);
        break;
    case TrendTab:
        ok = m_trendPage->show(c, m_filters->summary(false));
        break;
    case FunnelTab:
        ok = showFunnel(c);
        break;
    }
    if (ok) {
        m_shownKeys[tab] = key;
        m_error->hide();
    } else {
        showError(m_data.error());
    }
    m_lastRefreshMs = timer.elapsed();
    emit refreshed();
}

void DashboardWidget::showError(const QString& error)
{
    m_error->setText(tr("The figures could not be read: %1").arg(error));
    m_error->show();
}

QString DashboardWidget::groupTitle(const DashboardChoice& choice) const
{
    return DashboardData::breakdown(choice) == db::Breakdown::Class ? tr("Class") : tr("School");
}

QString DashboardWidget::protectionNote() const
{
    return tr("Groups with fewer than %1 respondents are not broken down; counts from 1 to 4 "
              "are shown as a range, and further counts are hidden where a hidden one could be "
              "worked out by subtraction.")
        .arg(m_data.threshold());
}

bool DashboardWidget::showSignals(const DashboardChoice& choice)
{
    const QList<db::GroupSignal>* list = m_data.groupSignals(choice);
    if (!list)
        return false;
    m_signalTable->setSignals(*list);
    const auto concern = std::count_if(list->begin(), list->end(), [](const db::GroupSignal& s) {
        return s.level == Level::Concern;
    });
    m_signalSummary->setText(
        list->isEmpty()
            ? tr("%1. No class or school stands out: no share lies outside the funnel limits "
                 "or rises significantly over the rounds.")
                  .arg(m_filters->summary())
            : tr("%1. %2 group signals, %3 of them at concern level: classes or schools whose "
                 "share %4 lies outside the funnel limits around the municipal share, or rises "
                 "over the rounds. About one group in twenty lies outside the 95 % limits by "
                 "chance.")
                  .arg(m_filters->summary())
                  .arg(list->size())
                  .arg(concern)
                  .arg(AnalyticsStyle::measureName(choice.measure)));
    return true;
}

bool DashboardWidget::showDistribution(const DashboardChoice& choice)
{
    const QList<db::FigureRow>* rows = m_data.figures(choice);
    if (!rows)
        return false;
    const bool withSchool = DashboardData::breakdown(choice) != db::Breakdown::Class;
    m_distribution->setRows(*rows, choice.domainId, withSchool, groupTitle(choice));
    QList<db::FigureRow> shown;
    for (const db::FigureRow& row : *rows)
        if (row.group.domainId == choice.domainId)
            shown << row;
    m_distributionPanel->setTable(db::GroupFigures::toTable(shown, m_data.threshold()));
    m_distributionPanel->setCaption(tr("%1. %2. %n group(s) with a suppressed part (grey). %3",
                                       nullptr, m_distribution->suppressedGroups())
                                        .arg(m_filters->summary(),
                                             m_distribution->respondentCount().basedOn(),
                                             protectionNote()));
    return true;
}

bool DashboardWidget::showHeatMap(const DashboardChoice& choice)
{
    const QList<db::FigureRow>* rows = m_data.figures(choice);
    if (!rows)
        return false;
    const bool withSchool = DashboardData::breakdown(choice) != db::Breakdown::Class;
    m_heatMap->setRows(*rows, withSchool, groupTitle(choice));
    m_heatMapPanel->setTable(db::GroupFigures::toTable(*rows, m_data.threshold()));
    // A questionnaire counts in every domain it has a level in: per group, the
    // largest shown n, else a range, else a hidden count.
    QHash<QString, db::FigureCell> perGroup;
    const auto rank = [](const db::FigureCell& cell) {
        return cell.count ? 2 + *cell.count
                          : (cell.suppression == protection::Suppression::SmallCount ? 1 : 0);
    };
    QStringList order;
    for (const db::FigureRow& row : *rows) {
        const QString key = QStringLiteral("%1|%2").arg(row.group.schoolId).arg(row.group.groupId);
        if (!perGroup.contains(key))
            order << key;
        if (!perGroup.contains(key) || rank(row.respondents) > rank(perGroup.value(key)))
            perGroup[key] = row.respondents;
    }
    RespondentCount respondents;
    for (const QString& key : order)
        respondents.add(perGroup.value(key));
    m_heatMapPanel->setCaption(
        tr("%1. %2. %n cell(s) suppressed (grey, hatched, –). %3", nullptr,
           m_heatMap->suppressedCells())
            .arg(m_filters->summary(), respondents.basedOn(), protectionNote()));
    return true;
}

bool DashboardWidget::showFunnel(const DashboardChoice& choice)
{
    bool ok = false;
    const auto plot = m_data.funnel(choice, &ok);
    if (!ok)
        return false;
    if (!plot) {
        m_funnel->clear(tr("No funnel plot: the reference share is suppressed or there are no "
                           "respondents."));
        m_funnelPanel->setTable({});
        m_funnelPanel->setCaption(m_filters->summary());
        return true;
    }
    const bool withSchool = DashboardData::breakdown(choice) != db::Breakdown::Class;
    m_funnel->setPlot(*plot, withSchool);
    m_funnelPanel->setTable(funnelTable(*plot, m_data.threshold()));
    m_funnelPanel->setCaption(
        tr("%1. %2 groups with %3 respondents placed; %4 groups not placed because their count "
           "is suppressed. A point outside the dashed lines lies outside the 95 % limits (about "
           "one group in twenty does so by chance), outside the solid lines beyond the 99.8 % "
           "limits.")
            .arg(m_filters->summary())
            .arg(m_funnel->placedPoints())
            .arg(m_funnel->respondents())
            .arg(m_funnel->hiddenPoints()));
    return true;
}

} // namespace signaali::ui
