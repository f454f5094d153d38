#pragma once

#include "db/figures/GroupFigures.h"

#include <QChartView>

namespace signaali::ui {

// The share of one group in one domain over the rounds, with its 95 % Wilson
// interval as a band. Rounds whose figure is suppressed or that have no
// respondents are left out of the line and named in the caption.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    void setSeries(const db::TrendSeries& series, Measure measure, const QString& groupName);
    void clear(const QString& message);

    // The rounds drawn and those left out (suppressed or without respondents).
    int pointCount() const { return m_points; }
    QStringList omittedRounds() const { return m_omitted; }
    qint64 respondents() const { return m_respondents; }

private:
    void reset(const QString& title);
    int m_points = 0;
    QStringList m_omitted;
    qint64 m_respondents = 0;
};

} // namespace signaali::ui
