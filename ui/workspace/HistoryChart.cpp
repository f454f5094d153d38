#include "HistoryChart.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace signaali::ui {

HistoryChart::HistoryChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
}

void HistoryChart::setHistory(const QStringList& rounds, const QList<Line>& lines)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(tr("Scores over the screening rounds"));
    setAccessibleName(tr("Chart of the pupil's scores over %n round(s)", nullptr,
                         static_cast<int>(rounds.size())));

    auto* x = new QBarCategoryAxis;
    x->setCategories(rounds);
    x->setTitleText(tr("Round"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTitleText(tr("Score, % of the domain maximum (higher is more burden)"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (const Line& line : lines) {
        auto* series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(true);
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
