#include "analytics/TrendChart.h"

#include "analytics/AnalyticsStyle.h"
#include "common/ChartReset.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace signaali::ui {

TrendChart::TrendChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    // The chart the view made itself: replacing it with setChart() would leak it.
    QChart* chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void TrendChart::reset(const QString& title)
{
    QChart* c = chart();
    resetChart(c);
    AnalyticsStyle::setUpChart(c, title);
    m_points = 0;
    m_omitted.clear();
    m_respondents = 0;
}

void TrendChart::clear(const QString& message)
{
    reset(message);
    setAccessibleName(message);
}

void TrendChart::setSeries(const db::TrendSeries& series, Measure measure, const QString& groupName)
{
    reset(tr("%1, %2: share %3 over the rounds")
              .arg(groupName, AnalyticsStyle::domainTitle(series.group),
                   AnalyticsStyle::measureName(measure)));
    QChart* c = chart();
    const QColor colour =
        AnalyticsStyle::line(measure == Measure::Concern ? Level::Concern : Level::Watch);
    auto* line = new QLineSeries;
    line->setName(tr("Share %1").arg(AnalyticsStyle::measureName(measure)));
    line->setPen(QPen(colour, 2.5));
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(QStringLiteral("@yPoint %"));
    line->setPointLabelsColor(AnalyticsStyle::text());
    line->setPointLabelsClipping(false);
    auto* low = new QLineSeries;
    auto* high = new QLineSeries;
    double top = 0;
    for (int r = 0; r < series.rounds.size(); ++r) {
        const db::FigureRow& row = series.rounds[r];
        const db::FigureCell cell = row.measure(measure);
        if (!cell.share || !row.respondents.count || *row.respondents.count == 0) {
            m_omitted << row.roundName;
            continue;
        }
        m_respondents += *row.respondents.count;
        // Whole percents: the labels stay short, and the band shows the uncertainty anyway.
        const double share = std::round(*cell.share * 100.0);
        line->append(r, share);
        if (cell.wilson) {
            low->append(r, cell.wilson->low * 100.0);
            high->append(r, cell.wilson->high * 100.0);
            top = std::max(top, cell.wilson->high * 100.0);
        }
        top = std::max(top, share);
        ++m_points;
    }
    auto* band = new QAreaSeries(high, low);
    // The area series does not own its edges; as its children they go with it.
    low->setParent(band);
    high->setParent(band);
    band->setName(tr("95 % interval"));
    QColor bandColour =
        AnalyticsStyle::fill(measure == Measure::Concern ? Level::Concern : Level::Watch);
    bandColour.setAlpha(170);
    band->setBrush(bandColour);
    band->setPen(QPen(bandColour.darker(115), 1));
    c->addSeries(band);
    c->addSeries(line);

    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int r = 0; r < series.rounds.size(); ++r)
        x->append(series.rounds[r].roundName, r);
    // Half a round of room on each side keeps the first and last labels readable.
    x->setRange(-0.5, std::max<double>(0.5, double(series.rounds.size()) - 0.5));
    x->setStartValue(-0.5);
    x->setTitleText(tr("Screening round"));
    x->setGridLineVisible(false);
    auto* y = new QValueAxis;
    const double yMax = std::min(100.0, std::max(10.0, std::ceil((top + 5) / 10.0) * 10.0));
    y->setRange(0, yMax);
    y->setTickCount(AnalyticsStyle::percentTicks(yMax));
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTitleText(tr("Share of respondents"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(band), static_cast<QAbstractSeries*>(line)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    setAccessibleName(tr("Line chart of the share %1 in %2 over %3 rounds")
                          .arg(AnalyticsStyle::measureName(measure), groupName)
                          .arg(series.rounds.size()));
}

} // namespace signaali::ui
