#pragma once

#include <QAbstractAxis>
#include <QChart>

namespace signaali::ui {

// Empties a chart before it is drawn again. removeAllSeries() deletes the
// series, but removeAxis() only hands an axis back: it is deleted here, or every
// redraw would leak its axes.
inline void resetChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace signaali::ui
