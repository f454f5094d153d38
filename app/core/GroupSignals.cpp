#include "core/GroupSignals.h"

#include <QLocale>

namespace signaali {

QString measureId(Measure measure)
{
    return measure == Measure::Concern ? QStringLiteral("concern")
                                       : QStringLiteral("watch-or-concern");
}

std::optional<Measure> measureFromId(const QString& id)
{
    if (id == QLatin1String("concern"))
        return Measure::Concern;
    if (id == QLatin1String("watch-or-concern") || id == QLatin1String("flagged"))
        return Measure::WatchOrConcern;
    return std::nullopt;
}

std::optional<Level> GroupSignalRules::funnelLevel(stats::FunnelPosition position)
{
    switch (position) {
    case stats::FunnelPosition::Above998:
        return Level::Concern;
    case stats::FunnelPosition::Above95:
        return Level::Watch;
    case stats::FunnelPosition::Within:
    case stats::FunnelPosition::Below95:
    case stats::FunnelPosition::Below998:
        break;
    }
    return std::nullopt;
}

std::optional<Level> GroupSignalRules::trendLevel(const QList<stats::TrendPoint>& points,
                                                  const stats::TrendTest& test)
{
    QList<stats::TrendPoint> used;
    for (const stats::TrendPoint& p : points)
        if (p.n > 0)
            used << p;
    if (used.size() < kMinimumTrendRounds || test.z <= 0)
        return std::nullopt;
    auto share = [](const stats::TrendPoint& p) {
        return static_cast<double>(p.count) / static_cast<double>(p.n);
    };
    // The latest round must stand above the first: a trend that has turned
    // back down is no longer a rise.
    if (share(used.last()) <= share(used.first()))
        return std::nullopt;
    if (test.pRising < kTrendConcernP)
        return Level::Concern;
    if (test.pRising < kTrendWatchP)
        return Level::Watch;
    return std::nullopt;
}

QString GroupSignalRules::trendTestText(const stats::TrendTest& test)
{
    const QString p = test.pTwoSided < 0.001
                          ? tr("p < 0.001")
                          : tr("p = %1").arg(QLocale().toString(test.pTwoSided, 'g', 2));
    switch (stats::trendDirection(test)) {
    case stats::TrendDirection::Rising:
        return tr("Test for trend: rising, %1 (two-sided), %n round(s).", nullptr, test.points)
            .arg(p);
    case stats::TrendDirection::Falling:
        return tr("Test for trend: falling, %1 (two-sided), %n round(s).", nullptr, test.points)
            .arg(p);
    case stats::TrendDirection::Flat:
        break;
    }
    return tr("Test for trend: no change, %n round(s).", nullptr, test.points);
}

QString GroupSignalRules::percent(double share)
{
    const double value = share * 100.0;
    return tr("%1 %").arg(QLocale().toString(value, 'f', value < 10.0 && value > 0.0 ? 1 : 0));
}

QString GroupSignalRules::measureText(Measure measure)
{
    return measure == Measure::Concern ? tr("at concern") : tr("flagged");
}

QString GroupSignalRules::overallText()
{
    return tr("overall");
}

QString GroupSignalRules::gradeText(int grade)
{
    return grade > 0 ? tr("grade %1").arg(grade) : tr("grade not recorded");
}

QString GroupSignalRules::funnelReason(const QString& group, const QString& domain, Measure measure,
                                       qint64 count, qint64 n, const stats::FunnelLimits& limits,
                                       stats::FunnelPosition position, bool municipalReference,
                                       const QString& referenceName)
{
    const bool outer =
        position == stats::FunnelPosition::Above998 || position == stats::FunnelPosition::Below998;
    const bool above =
        position == stats::FunnelPosition::Above998 || position == stats::FunnelPosition::Above95;
    const double limit = above ? (outer ? limits.upper998 : limits.upper95)
                               : (outer ? limits.lower998 : limits.lower95);
    const QString share = percent(n > 0 ? static_cast<double>(count) / n : 0.0);
    const QString template_ =
        above ? (municipalReference
                     ? tr("%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around "
                          "the municipal share %9 (%10).")
                     : tr("%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around "
                          "the school's share %9 (%10)."))
              : (municipalReference
                     ? tr("%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around "
                          "the municipal share %9 (%10).")
                     : tr("%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around "
                          "the school's share %9 (%10)."));
    return template_
        .arg(group, domain, QLocale().toString(count), QLocale().toString(n), measureText(measure),
             share, outer ? tr("99.8 %") : tr("95 %"), percent(limit), percent(limits.target))
        .arg(referenceName);
}

QString GroupSignalRules::trendReason(const QString& group, const QString& domain, Measure measure,
                                      const QList<stats::TrendPoint>& points,
                                      const stats::TrendTest& test)
{
    QList<stats::TrendPoint> used;
    for (const stats::TrendPoint& p : points)
        if (p.n > 0)
            used << p;
    auto share = [](const stats::TrendPoint& p) {
        return p.n > 0 ? static_cast<double>(p.count) / static_cast<double>(p.n) : 0.0;
    };
    const QString p = test.pRising < 0.001
                          ? tr("p < 0.001")
                          : tr("p = %1").arg(QLocale().toString(test.pRising, 'f', 3));
    return tr("%1, %2: the share %3 rose over %4 rounds from %5 to %6 (test for trend: %7).")
        .arg(group, domain, measureText(measure), QLocale().toString(used.size()),
             percent(used.isEmpty() ? 0.0 : share(used.first())),
             percent(used.isEmpty() ? 0.0 : share(used.last())), p);
}

} // namespace signaali
