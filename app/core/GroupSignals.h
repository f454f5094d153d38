#pragma once

#include "core/GroupStatistics.h"
#include "core/Level.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace signaali {

// Which share a funnel plot, a trend or a group signal is about.
enum class Measure {
    Concern,        // the share at concern level
    WatchOrConcern, // the share flagged at all (watch or concern): the flag rate
};
QString measureId(Measure measure);
std::optional<Measure> measureFromId(const QString& id);

// When a group's share is a weak signal, and the reason in words. The sentence
// templates are translated (context "GroupSignals"); numbers follow the default locale.
class GroupSignalRules
{
    Q_DECLARE_TR_FUNCTIONS(GroupSignals)

public:
    // Rounds needed before a rise can be tested.
    static constexpr int kMinimumTrendRounds = 3;
    // One-sided p-values of the trend test matching the funnel plot's 95 % and 99.8 % limits.
    static constexpr double kTrendWatchP = 0.025;
    static constexpr double kTrendConcernP = 0.001;

    // A share above the upper 95 % limit is a watch signal, above 99.8 % a concern.
    static std::optional<Level> funnelLevel(stats::FunnelPosition position);
    // A rise over the rounds (first to latest share up, trend test significant).
    static std::optional<Level> trendLevel(const QList<stats::TrendPoint>& points,
                                           const stats::TrendTest& test);

    // "8B, mood: 9 of 21 (43 %) flagged, above the 99.8 % control limit (38 %) around
    // the municipal share 15 % (Demola)."
    static QString funnelReason(const QString& group, const QString& domain, Measure measure,
                                qint64 count, qint64 n, const stats::FunnelLimits& limits,
                                stats::FunnelPosition position, bool municipalReference,
                                const QString& referenceName);
    // "Keskuskoulu, sleep: the share at concern rose over 4 rounds from 8 % to 14 %
    // (test for trend: p = 0.003)."
    static QString trendReason(const QString& group, const QString& domain, Measure measure,
                               const QList<stats::TrendPoint>& points,
                               const stats::TrendTest& test);

    // "Test for trend: falling, p = 0.08 (two-sided), 4 rounds." The direction
    // is the test's own (the sign of z), the p-value the two-sided one that
    // goes with it; the one-sided p for a rise is only for the signal rule.
    static QString trendTestText(const stats::TrendTest& test);

    // "flagged" / "at concern", and the label of the overall level.
    static QString measureText(Measure measure);
    static QString overallText();
    // "grade 8", for group names in reasons.
    static QString gradeText(int grade);
    static QString percent(double share);
};

} // namespace signaali
