#pragma once

#include "db/figures/GroupFigures.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QChart;
class QPainter;
class QRectF;

namespace signaali::ui {

// The look and the words shared by the dashboard's charts: the level colours of
// the rest of the application, and how groups, genders and shares are named.
class AnalyticsStyle
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsStyle)

public:
    // Pale fills for cells and bars, as elsewhere in the application.
    static QColor fill(Level level);
    // Darker variants for lines, points and thin bars, readable on white.
    static QColor line(Level level);
    static QColor text() { return QColor(0x11, 0x11, 0x11); }
    static QColor suppressedFill() { return QColor(0xcc, 0xcc, 0xcc); }
    // Grey with diagonal lines: a hidden figure, distinguishable without colour. Drawn
    // as lines rather than a pattern brush, which SVG exports do not carry over.
    static void paintSuppressed(QPainter& painter, const QRectF& box);

    static QString levelName(Level level);
    static QString measureName(Measure measure);
    static QString genderName(const QString& gender);
    static QString suppressedName();
    // "8B" within a school, "Keskuskoulu 8B" across schools; schools and the municipality by name.
    static QString groupName(const db::GroupKey& group, bool withSchool);
    static QString percent(double share);
    // The domain's title; the overall level named as in the filters.
    static QString domainTitle(const db::GroupKey& group);
    // Ticks at whole tens (or twenties) of percent up to `top`, so that gridlines fall on round
    // shares.
    static int percentTicks(double top);

    // Title, fonts and margins alike on every chart.
    static void setUpChart(QChart* chart, const QString& title);
};

} // namespace signaali::ui
