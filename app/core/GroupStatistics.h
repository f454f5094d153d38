#pragma once

#include <QList>
#include <QtGlobal>
#include <optional>

// The statistics behind group figures and group weak signals. Pure functions:
// the methods and formulas are described in docs/analytics.md.
namespace signaali::stats {

// z of a two-sided 95 % interval.
inline constexpr double kZ95 = 1.959963984540054;

struct Interval
{
    double low = 0;
    double high = 0;
};

// Wilson score interval of a proportion count / n (Wilson 1927). Unlike the
// Wald interval it stays inside [0, 1] and is usable for shares near 0 or 1 and
// for small groups. n == 0 gives [0, 1].
Interval wilsonInterval(qint64 count, qint64 n, double z = kZ95);

// The standard normal distribution function and its inverse (0 < p < 1).
double normalCdf(double z);
double normalQuantile(double p);

// P(X <= k) for X ~ Binomial(n, p).
double binomialCdf(qint64 k, qint64 n, double p);

// Funnel plot control limits for a proportion around `target` for a group of n
// (Spiegelhalter 2005, appendix A.1.1): the exact binomial quantile, interpolated
// so that the limits are smooth in n. 95 % and 99.8 % correspond to about 2 and 3
// standard deviations.
struct FunnelLimits
{
    qint64 n = 0;
    double target = 0;
    double lower998 = 0;
    double lower95 = 0;
    double upper95 = 0;
    double upper998 = 0;
};
// The limit below which a share falls with `probability` when the true share is `target`.
double funnelLimit(qint64 n, double target, double probability);
FunnelLimits funnelLimits(qint64 n, double target);

enum class FunnelPosition { Below998, Below95, Within, Above95, Above998 };
// Where count / n lies relative to the limits; a share exactly on a limit is within.
FunnelPosition funnelPosition(qint64 count, qint64 n, const FunnelLimits& limits);

// One round of a trend: count of n, at `score` (the round's position in time).
struct TrendPoint
{
    qint64 count = 0;
    qint64 n = 0;
    double score = 0;
};

// Chi-square test for trend in proportions (Cochran 1954; Armitage 1955).
struct TrendTest
{
    double chiSquare = 0; // 1 degree of freedom; z * z
    double z = 0;         // positive when the share rises with the score
    double pRising = 1;   // one-sided: the chance of a rise at least this steep without a trend
    double pTwoSided = 1;
    double slope = 0; // change of the share per unit of score (n-weighted least squares)
    int points = 0;
};
// Empty when the test is undefined: fewer than two points with respondents, all
// scores equal, or a share of 0 or 1 over all points.
std::optional<TrendTest> trendTest(const QList<TrendPoint>& points);

// Which way the share went according to the test: the sign of z, so a label
// and the p-value it is shown with always agree.
enum class TrendDirection { Rising, Falling, Flat };
TrendDirection trendDirection(const TrendTest& test);

} // namespace signaali::stats
