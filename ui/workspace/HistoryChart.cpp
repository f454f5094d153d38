#include "workspace/HistoryChart.h"

#include "common/ChartReset.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace signaali::ui {

namespace {
// Twelve domains need twelve colours that can be told apart (the theme has five):
// a qualitative palette, the second six drawn dashed as a further cue.
const QList<QColor> kLineColours{
    QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
    QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
    QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0x00, 0x00, 0x00)};
} // namespace

HistoryChart::HistoryChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    // The chart the view made itself: replacing it with setChart() would leak it.
    QChart* chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignRight);
}

void HistoryChart::setHistory(const QStringList& rounds, const QList<Line>& lines)
{
    QChart* c = chart();
    resetChart(c);
    c->setTitle(tr("Scores over the screening rounds (higher is more burden)"));
    setAccessibleName(tr("Chart of the pupil's scores over %n round(s)", nullptr,
                         static_cast<int>(rounds.size())));

    auto* x = new QBarCategoryAxis;
    x->setCategories(rounds);
    x->setTitleText(tr("Round"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTitleText(tr("% of the domain's maximum score"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (int n = 0; n < lines.size(); ++n) {
        const Line& line = lines[n];
        auto* series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(true);
        QPen pen(kLineColours[n % kLineColours.size()], 2);
        if (n >= 6 && lines.size() > 6)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        for (int i = 0; i < line.percent.size(); ++i)
            if (line.percent[i])
                series->append(i, *line.percent[i]);
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

int HistoryChart::lineCount() const
{
    return static_cast<int>(chart()->series().size());
}

} // namespace signaali::ui
