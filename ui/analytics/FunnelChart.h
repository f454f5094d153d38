#pragma once

#include "db/figures/GroupFigures.h"

#include <QChartView>

class QGraphicsSimpleTextItem;

namespace signaali::ui {

// A funnel plot (Spiegelhalter 2005): each group's share against its number of
// respondents, with the 95 % and 99.8 % control limits around the reference
// share. Groups outside the limits are named next to their point.
class FunnelChart : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget* parent = nullptr);

    void setPlot(const db::FunnelPlot& plot, bool withSchool);
    void clear(const QString& message);

    int placedPoints() const { return m_placed; }
    // Groups listed but not placed: their count is suppressed.
    int hiddenPoints() const { return m_hidden; }
    QStringList outsideLabels() const { return m_outside; }
    qint64 respondents() const { return m_respondents; }

private:
    void reset(const QString& title);
    void placeLabels();

    struct Label
    {
        QGraphicsSimpleTextItem* item;
        QPointF value;
    };
    QList<Label> m_labels;
    int m_placed = 0;
    int m_hidden = 0;
    QStringList m_outside;
    qint64 m_respondents = 0;
};

} // namespace signaali::ui
