#pragma once

#include "analytics/RespondentCount.h"
#include "db/figures/GroupFigures.h"

#include <QChartView>

namespace signaali::ui {

// Stacked bars of the OK, watch and concern shares of one domain, a bar per
// group (the classes of a school, or the schools). What small-group protection
// hides is drawn as a grey "suppressed" part, so every bar still reaches 100 %
// and nothing hidden can be read from the bar lengths.
class DistributionChart : public QChartView
{
    Q_OBJECT

public:
    explicit DistributionChart(QWidget* parent = nullptr);

    // `rows`: one round's rows of one breakdown; only those of `domainId` are drawn.
    // `groupTitle` names the groups on the axis ("Class", "School").
    void setRows(const QList<db::FigureRow>& rows, const QString& domainId, bool withSchool,
                 const QString& groupTitle);

    // The categories drawn, top to bottom, and how many of them have a suppressed part.
    QStringList groups() const { return m_groups; }
    int suppressedGroups() const { return m_suppressedGroups; }
    qint64 respondents() const { return m_respondents; }
    // The respondents as the bars' n say them (ranges and hidden counts apart).
    const RespondentCount& respondentCount() const { return m_count; }

private:
    QStringList m_groups;
    int m_suppressedGroups = 0;
    qint64 m_respondents = 0;
    RespondentCount m_count;
};

} // namespace signaali::ui
