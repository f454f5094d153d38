#include "analytics/FunnelChart.h"

#include "analytics/AnalyticsStyle.h"
#include "common/ChartReset.h"

#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace signaali::ui {

namespace {
// Where the drawn funnel starts: no published group is smaller than the minimum threshold.
constexpr double kSmallestGroup = protection::kMinimumThreshold;

QLineSeries* limitLine(const QString& name, const QColor& colour, Qt::PenStyle style)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->setPen(QPen(colour, 1.6, style));
    return series;
}

QScatterSeries* points(const QString& name, const QColor& colour, double size)
{
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setColor(colour);
    series->setBorderColor(QColor(0x11, 0x11, 0x11));
    series->setMarkerSize(size);
    return series;
}
} // namespace

FunnelChart::FunnelChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("funnelChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    // The chart the view made itself: replacing it with setChart() would leak it.
    QChart* chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    connect(chart, &QChart::plotAreaChanged, this, &FunnelChart::placeLabels);
}

void FunnelChart::reset(const QString& title)
{
    QChart* c = chart();
    for (const Label& label : m_labels)
        delete label.item;
    m_labels.clear();
    resetChart(c);
    AnalyticsStyle::setUpChart(c, title);
    m_placed = 0;
    m_hidden = 0;
    m_outside.clear();
    m_respondents = 0;
}

void FunnelChart::clear(const QString& message)
{
    reset(message);
    setAccessibleName(message);
}

void FunnelChart::setPlot(const db::FunnelPlot& plot, bool withSchool)
{
    reset(tr("Funnel plot, %1: share %2, %3")
              .arg(plot.domainId.isEmpty() ? tr("overall level") : plot.domainTitle,
                   AnalyticsStyle::measureName(plot.measure), plot.roundName));
    QChart* c = chart();
    const QColor watch = AnalyticsStyle::line(Level::Watch);
    const QColor concern = AnalyticsStyle::line(Level::Concern);

    auto* upper95 = limitLine(tr("95 % control limits"), watch, Qt::DashLine);
    auto* lower95 = limitLine(QString(), watch, Qt::DashLine);
    auto* upper998 = limitLine(tr("99.8 % control limits"), concern, Qt::SolidLine);
    auto* lower998 = limitLine(QString(), concern, Qt::SolidLine);
    double top = plot.referenceShare * 100.0;
    qint64 largest = 1;
    for (const stats::FunnelLimits& l : plot.limits)
        largest = std::max(largest, l.n);
    for (const db::FunnelPoint& point : plot.points)
        largest = std::max(largest, point.respondents.count.value_or(0));
    const double xMax = std::ceil(double(largest) * 1.1 / 10.0) * 10.0;
    // The funnel over the whole axis, not only between the groups shown: a reader
    // sees where any group of another size would stand. Geometric steps, as the
    // funnel narrows fastest at small n.
    const double xMin = kSmallestGroup;
    constexpr int kSteps = 60;
    for (int i = 0; i <= kSteps; ++i) {
        const double n = std::round(xMin * std::pow(xMax * 1.5 / xMin, double(i) / kSteps));
        const stats::FunnelLimits l = stats::funnelLimits(qint64(n), plot.referenceShare);
        upper95->append(n, l.upper95 * 100.0);
        lower95->append(n, l.lower95 * 100.0);
        upper998->append(n, l.upper998 * 100.0);
        lower998->append(n, l.lower998 * 100.0);
    }
    const QString referenceName = plot.reference == db::Reference::Municipality
                                      ? tr("Municipal share %1 (%2)")
                                      : tr("School share %1 (%2)");
    auto* reference = limitLine(
        referenceName.arg(AnalyticsStyle::percent(plot.referenceShare), plot.referenceGroup.label),
        AnalyticsStyle::text(), Qt::SolidLine);
    reference->append(0, plot.referenceShare * 100.0);
    reference->append(xMax * 2, plot.referenceShare * 100.0); // nice numbers may widen the axis

    auto* within = points(tr("Within the limits"), QColor(0x55, 0x55, 0x55), 9);
    auto* above95 = points(tr("Above the 95 % limit"), AnalyticsStyle::fill(Level::Watch), 12);
    auto* above998 = points(tr("Above the 99.8 % limit"), concern, 12);
    auto* below = points(tr("Below the 95 % limit"), AnalyticsStyle::fill(Level::Ok), 12);
    QList<std::pair<QString, QPointF>> labelled;
    for (const db::FunnelPoint& point : plot.points) {
        if (!point.position || !point.count.count || !point.respondents.count) {
            ++m_hidden;
            continue;
        }
        const qint64 n = *point.respondents.count;
        const QPointF value(double(n), 100.0 * double(*point.count.count) / double(n));
        m_respondents += n;
        top = std::max(top, value.y());
        ++m_placed;
        QScatterSeries* series = within;
        switch (*point.position) {
        case stats::FunnelPosition::Within:
            break;
        case stats::FunnelPosition::Above95:
            series = above95;
            break;
        case stats::FunnelPosition::Above998:
            series = above998;
            break;
        case stats::FunnelPosition::Below95:
        case stats::FunnelPosition::Below998:
            series = below;
            break;
        }
        series->append(value);
        if (series != within) {
            const QString name = AnalyticsStyle::groupName(point.group, withSchool);
            m_outside << name;
            labelled << std::make_pair(name, value);
        }
    }
    // The axis follows the groups and the upper 95 % limit at the middle of the axis; at
    // the smallest sizes the funnel may run off the top.
    top =
        std::max(top, stats::funnelLimits(qint64(xMax / 2), plot.referenceShare).upper998 * 100.0);
    const double yMax = std::min(100.0, std::ceil((top + 4) / 10.0) * 10.0);

    QList<QAbstractSeries*> all{upper998, lower998, upper95, lower95, reference};
    for (QScatterSeries* s : {within, below, above95, above998}) {
        if (s->count() > 0)
            all << s;
        else
            delete s;
    }
    auto* x = new QValueAxis;
    x->setRange(0, xMax);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Respondents in the group (n)"));
    auto* y = new QValueAxis;
    y->setRange(0, yMax);
    y->setTickCount(AnalyticsStyle::percentTicks(yMax));
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTitleText(tr("Share %1").arg(AnalyticsStyle::measureName(plot.measure)));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : all) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // The lower halves share the upper halves' legend entries.
    for (QLineSeries* s : {lower95, lower998})
        for (QLegendMarker* marker : c->legend()->markers(s))
            marker->setVisible(false);

    QFont labelFont = font();
    labelFont.setBold(true);
    for (const auto& [name, value] : labelled) {
        auto* item = new QGraphicsSimpleTextItem(name, c);
        item->setFont(labelFont);
        item->setBrush(AnalyticsStyle::text());
        item->setZValue(20);
        m_labels << Label{item, value};
    }
    placeLabels();
    setAccessibleName(tr("Funnel plot of %1 groups, %2 outside the 95 % limits")
                          .arg(m_placed)
                          .arg(m_outside.size()));
}

void FunnelChart::placeLabels()
{
    const auto all = chart()->series();
    if (all.isEmpty())
        return;
    for (const Label& label : m_labels) {
        const QPointF at = chart()->mapToPosition(label.value, all.first());
        label.item->setPos(at + QPointF(8, -label.item->boundingRect().height() - 2));
    }
}

} // namespace signaali::ui
