#pragma once

#include <QChartView>
#include <optional>

namespace signaali::ui {

// A pupil's scores over the screening rounds, one line per domain, as a share
// of the domain's maximum so that domains with different scales fit one chart
// and a slow drift shows.
class HistoryChart : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QList<std::optional<double>> percent; // one per round; nothing where not answered
    };
    explicit HistoryChart(QWidget* parent = nullptr);
    void setHistory(const QStringList& rounds, const QList<Line>& lines);
    int lineCount() const;
};

} // namespace signaali::ui
