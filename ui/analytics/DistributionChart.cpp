#include "analytics/DistributionChart.h"

#include "analytics/AnalyticsStyle.h"
#include "common/ChartReset.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace signaali::ui {

DistributionChart::DistributionChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("distributionChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    // The chart the view made itself: replacing it with setChart() would leak it.
    QChart* chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void DistributionChart::setRows(const QList<db::FigureRow>& rows, const QString& domainId,
                                bool withSchool, const QString& groupTitle)
{
    QChart* c = chart();
    resetChart(c);
    m_groups.clear();
    m_suppressedGroups = 0;
    m_respondents = 0;
    m_count = {};

    QString domainTitle;
    std::array<QBarSet*, 3> sets{};
    for (Level level : {Level::Ok, Level::Watch, Level::Concern}) {
        auto* set = new QBarSet(AnalyticsStyle::levelName(level));
        set->setColor(AnalyticsStyle::fill(level));
        set->setBorderColor(AnalyticsStyle::line(level));
        set->setLabelColor(AnalyticsStyle::text());
        sets[static_cast<int>(level)] = set;
    }
    auto* suppressed = new QBarSet(AnalyticsStyle::suppressedName());
    suppressed->setColor(AnalyticsStyle::suppressedFill());
    suppressed->setBorderColor(QColor(0x88, 0x88, 0x88));

    QList<const db::FigureRow*> shown;
    for (const db::FigureRow& row : rows)
        if (row.group.domainId == domainId)
            shown << &row;
    for (const db::FigureRow* row : shown) {
        domainTitle = AnalyticsStyle::domainTitle(row->group);
        const std::optional<qint64> n = row->respondents.count;
        m_groups << AnalyticsStyle::groupName(row->group, withSchool) +
                        tr(" (n %1)").arg(row->respondents.text());
        if (n)
            m_respondents += *n;
        m_count.add(row->respondents);
    }
    // A horizontal bar chart draws its first category at the bottom; reversed, the
    // bars read top-down in the order of the table.
    std::reverse(shown.begin(), shown.end());
    const QStringList categories(m_groups.rbegin(), m_groups.rend());
    for (const db::FigureRow* row : shown) {
        const std::optional<qint64> n = row->respondents.count;
        double rest = 100.0;
        for (Level level : {Level::Ok, Level::Watch, Level::Concern}) {
            const db::FigureCell& cell = row->level(level);
            const double value = cell.share ? *cell.share * 100.0 : 0.0;
            sets[static_cast<int>(level)]->append(value);
            rest -= value;
        }
        // Rounding leaves crumbs of a percent; only a hidden cell makes a real remainder.
        const bool anyHidden = row->anyHidden() || !n || *n == 0;
        suppressed->append(anyHidden ? std::max(0.0, rest) : 0.0);
        if (anyHidden)
            ++m_suppressedGroups;
    }

    AnalyticsStyle::setUpChart(c, domainTitle.isEmpty()
                                      ? tr("Distribution of levels")
                                      : tr("Distribution of levels: %1").arg(domainTitle));
    auto* series = new QHorizontalStackedBarSeries;
    for (QBarSet* set : sets)
        series->append(set);
    series->append(suppressed);
    series->setBarWidth(0.7);
    c->addSeries(series);

    auto* y = new QBarCategoryAxis;
    y->setCategories(categories);
    y->setTitleText(groupTitle);
    y->setTruncateLabels(false);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(11);
    x->setLabelFormat(QStringLiteral("%d %"));
    x->setTitleText(tr("Share of respondents"));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    setAccessibleName(
        tr("Bar chart of OK, watch and concern shares in %1 groups").arg(categories.size()));
}

} // namespace signaali::ui
