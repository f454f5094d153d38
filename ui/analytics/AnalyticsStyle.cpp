#include "analytics/AnalyticsStyle.h"

#include <QChart>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace signaali::ui {

QColor AnalyticsStyle::fill(Level level)
{
    switch (level) {
    case Level::Ok:
        return QColor(0xd4, 0xed, 0xda);
    case Level::Watch:
        return QColor(0xff, 0xe8, 0xa3);
    case Level::Concern:
        return QColor(0xf4, 0xc7, 0xc3);
    }
    return suppressedFill();
}

QColor AnalyticsStyle::line(Level level)
{
    switch (level) {
    case Level::Ok:
        return QColor(0x2e, 0x7d, 0x46);
    case Level::Watch:
        return QColor(0xb3, 0x80, 0x00);
    case Level::Concern:
        return QColor(0xb0, 0x2a, 0x1f);
    }
    return text();
}

void AnalyticsStyle::paintSuppressed(QPainter& painter, const QRectF& box)
{
    painter.save();
    painter.fillRect(box, QColor(0xe4, 0xe4, 0xe4));
    painter.setClipRect(box, Qt::IntersectClip);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
    constexpr double kStep = 7;
    for (double x = box.left() - box.height(); x < box.right(); x += kStep)
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()));
    painter.restore();
}

QString AnalyticsStyle::levelName(Level level)
{
    switch (level) {
    case Level::Ok:
        return tr("OK");
    case Level::Watch:
        return tr("Watch");
    case Level::Concern:
        return tr("Concern");
    }
    return {};
}

QString AnalyticsStyle::measureName(Measure measure)
{
    return measure == Measure::Concern ? tr("at concern level") : tr("flagged (watch or concern)");
}

QString AnalyticsStyle::genderName(const QString& gender)
{
    if (gender == QLatin1String("female"))
        return tr("Girls");
    if (gender == QLatin1String("male"))
        return tr("Boys");
    if (gender == QLatin1String("other"))
        return tr("Other or not recorded");
    return tr("All genders");
}

QString AnalyticsStyle::suppressedName()
{
    return tr("Suppressed (small group)");
}

QString AnalyticsStyle::groupName(const db::GroupKey& group, bool withSchool)
{
    switch (group.breakdown) {
    case db::Breakdown::Class:
        if (group.groupId == 0)
            return withSchool ? tr("%1, no class").arg(group.schoolName) : tr("No class");
        return withSchool ? group.schoolName + QLatin1Char(' ') + group.label : group.label;
    case db::Breakdown::Grade:
        return withSchool ? tr("%1, grade %2").arg(group.schoolName).arg(group.grade)
                          : tr("Grade %1").arg(group.grade);
    case db::Breakdown::MunicipalGrade:
        return tr("Grade %1").arg(group.grade);
    case db::Breakdown::School:
    case db::Breakdown::Municipality:
        break;
    }
    return group.label;
}

QString AnalyticsStyle::percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}

QString AnalyticsStyle::domainTitle(const db::GroupKey& group)
{
    return group.domainId.isEmpty() ? tr("Overall level") : group.domainTitle;
}

int AnalyticsStyle::percentTicks(double top)
{
    const int tens = static_cast<int>(std::lround(top / 10.0));
    return tens <= 10 ? tens + 1 : tens / 2 + 1;
}

void AnalyticsStyle::setUpChart(QChart* chart, const QString& title)
{
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text());
    chart->setTitle(title);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
}

} // namespace signaali::ui
