#include "core/GroupStatistics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace signaali::stats {

Interval wilsonInterval(qint64 count, qint64 n, double z)
{
    if (n <= 0)
        return {0.0, 1.0};
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(count) / nn;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denominator;
    // Rounding can push an end a hair past 0 or 1 when count is 0 or n.
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    // Wichura 1988, algorithm AS 241 (PPND16): about 16 significant digits.
    if (p <= 0.0)
        return -INFINITY;
    if (p >= 1.0)
        return INFINITY;
    const double q = p - 0.5;
    auto poly = [](const std::array<double, 8>& c, double x) {
        double r = 0;
        for (auto it = c.rbegin(); it != c.rend(); ++it)
            r = r * x + *it;
        return r;
    };
    if (std::fabs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        static constexpr std::array<double, 8> a{3.387132872796366608,  133.14166789178437745,
                                                 1971.5909503065514427, 13731.693765509461125,
                                                 45921.953931549871457, 67265.770927008700853,
                                                 33430.575583588128105, 2509.0809287301226727};
        static constexpr std::array<double, 8> b{1.0,
                                                 42.313330701600911252,
                                                 687.1870074920579083,
                                                 5394.1960214247511077,
                                                 21213.794301586595867,
                                                 39307.89580009271061,
                                                 28729.085735721942674,
                                                 5226.495278852545925};
        return q * poly(a, r) / poly(b, r);
    }
    double r = q < 0 ? p : 1.0 - p;
    r = std::sqrt(-std::log(r));
    double value = 0;
    if (r <= 5.0) {
        r -= 1.6;
        static constexpr std::array<double, 8> c{
            1.42343711074968357734,   4.6303378461565452959,   5.7694972214606914055,
            3.64784832476320460504,   1.27045825245236838258,  0.24178072517745061177,
            0.0227238449892691845833, 7.7454501427834140764e-4};
        static constexpr std::array<double, 8> d{1.0,
                                                 2.05319162663775882187,
                                                 1.6763848301838038494,
                                                 0.68976733498510000455,
                                                 0.14810397642748007459,
                                                 0.0151986665636164571966,
                                                 5.475938084995344946e-4,
                                                 1.05075007164441684324e-9};
        value = poly(c, r) / poly(d, r);
    } else {
        r -= 5.0;
        static constexpr std::array<double, 8> e{
            6.6579046435011037772,     5.4637849111641143699,    1.7848265399172913358,
            0.29656057182850489123,    0.026532189526576123093,  0.0012426609473880784386,
            2.71155556874348757815e-5, 2.01033439929228813265e-7};
        static constexpr std::array<double, 8> f{1.0,
                                                 0.59983220655588793769,
                                                 0.13692988092273580531,
                                                 0.0148753612908506148525,
                                                 7.868691311456132591e-4,
                                                 1.8463183175100546818e-5,
                                                 1.4215117583164458887e-7,
                                                 2.04426310338993978564e-15};
        value = poly(e, r) / poly(f, r);
    }
    return q < 0 ? -value : value;
}

namespace {
double logBinomialPmf(qint64 k, qint64 n, double logP, double logQ)
{
    const double nn = static_cast<double>(n), kk = static_cast<double>(k);
    return std::lgamma(nn + 1.0) - std::lgamma(kk + 1.0) - std::lgamma(nn - kk + 1.0) + kk * logP +
           (nn - kk) * logQ;
}

// The binomial distribution function at 0..n: pmf by the ratio recurrence from
// the mode outwards, so that no term underflows where it matters.
std::vector<double> binomialCdfTable(qint64 n, double p)
{
    std::vector<double> pmf(static_cast<size_t>(n) + 1, 0.0);
    const qint64 mode = std::clamp<qint64>(static_cast<qint64>(std::floor((n + 1) * p)), 0, n);
    const double logP = std::log(p), logQ = std::log1p(-p);
    pmf[static_cast<size_t>(mode)] = std::exp(logBinomialPmf(mode, n, logP, logQ));
    const double odds = p / (1.0 - p);
    for (qint64 k = mode; k < n; ++k)
        pmf[static_cast<size_t>(k + 1)] = pmf[static_cast<size_t>(k)] * static_cast<double>(n - k) /
                                          static_cast<double>(k + 1) * odds;
    for (qint64 k = mode; k > 0; --k)
        pmf[static_cast<size_t>(k - 1)] = pmf[static_cast<size_t>(k)] * static_cast<double>(k) /
                                          static_cast<double>(n - k + 1) / odds;
    std::vector<double> cdf(pmf.size());
    double sum = 0;
    for (size_t k = 0; k < pmf.size(); ++k)
        cdf[k] = sum += pmf[k];
    for (double& c : cdf)
        c = std::min(1.0, c / sum); // the pmf sums to 1 up to rounding
    return cdf;
}

double interpolatedLimit(const std::vector<double>& cdf, qint64 n, double probability)
{
    // r_p: the smallest r with F(r) >= p; then alpha = (F(r_p) - p) / (F(r_p) - F(r_p - 1))
    // and the limit (r_p - alpha) / n (Spiegelhalter 2005, A.1.1).
    const auto it = std::lower_bound(cdf.begin(), cdf.end(), probability);
    const qint64 r = it == cdf.end() ? n : static_cast<qint64>(it - cdf.begin());
    const double f = cdf[static_cast<size_t>(r)];
    const double below = r > 0 ? cdf[static_cast<size_t>(r - 1)] : 0.0;
    const double alpha = f > below ? (f - probability) / (f - below) : 0.0;
    return std::clamp((static_cast<double>(r) - alpha) / static_cast<double>(n), 0.0, 1.0);
}
} // namespace

double binomialCdf(qint64 k, qint64 n, double p)
{
    if (k < 0)
        return 0.0;
    if (k >= n)
        return 1.0;
    if (p <= 0.0)
        return 1.0;
    if (p >= 1.0)
        return 0.0;
    return binomialCdfTable(n, p)[static_cast<size_t>(k)];
}

double funnelLimit(qint64 n, double target, double probability)
{
    if (n <= 0)
        return probability < 0.5 ? 0.0 : 1.0;
    if (target <= 0.0 || target >= 1.0)
        return std::clamp(target, 0.0, 1.0);
    return interpolatedLimit(binomialCdfTable(n, target), n, probability);
}

FunnelLimits funnelLimits(qint64 n, double target)
{
    FunnelLimits limits{n, target, 0, 0, 1, 1};
    if (n <= 0)
        return limits;
    if (target <= 0.0 || target >= 1.0) {
        const double t = std::clamp(target, 0.0, 1.0);
        return {n, target, t, t, t, t};
    }
    const std::vector<double> cdf = binomialCdfTable(n, target);
    limits.lower998 = interpolatedLimit(cdf, n, 0.001);
    limits.lower95 = interpolatedLimit(cdf, n, 0.025);
    limits.upper95 = interpolatedLimit(cdf, n, 0.975);
    limits.upper998 = interpolatedLimit(cdf, n, 0.999);
    return limits;
}

FunnelPosition funnelPosition(qint64 count, qint64 n, const FunnelLimits& limits)
{
    if (n <= 0)
        return FunnelPosition::Within;
    const double share = static_cast<double>(count) / static_cast<double>(n);
    if (share > limits.upper998)
        return FunnelPosition::Above998;
    if (share > limits.upper95)
        return FunnelPosition::Above95;
    if (share < limits.lower998)
        return FunnelPosition::Below998;
    if (share < limits.lower95)
        return FunnelPosition::Below95;
    return FunnelPosition::Within;
}

std::optional<TrendTest> trendTest(const QList<TrendPoint>& points)
{
    double total = 0, count = 0, weightedScore = 0;
    int used = 0;
    for (const TrendPoint& point : points) {
        if (point.n <= 0)
            continue;
        total += static_cast<double>(point.n);
        count += static_cast<double>(point.count);
        weightedScore += static_cast<double>(point.n) * point.score;
        ++used;
    }
    if (used < 2)
        return std::nullopt;
    const double share = count / total, meanScore = weightedScore / total;
    double statistic = 0, spread = 0;
    for (const TrendPoint& point : points) {
        if (point.n <= 0)
            continue;
        const double deviation = point.score - meanScore;
        statistic += static_cast<double>(point.count) * deviation;
        spread += static_cast<double>(point.n) * deviation * deviation;
    }
    const double variance = share * (1.0 - share) * spread;
    if (spread <= 0.0 || variance <= 0.0)
        return std::nullopt;
    TrendTest test;
    test.z = statistic / std::sqrt(variance);
    test.chiSquare = test.z * test.z;
    test.pRising = normalCdf(-test.z);
    test.pTwoSided = std::min(1.0, 2.0 * normalCdf(-std::fabs(test.z)));
    test.slope = statistic / spread;
    test.points = used;
    return test;
}

TrendDirection trendDirection(const TrendTest& test)
{
    if (test.z > 0)
        return TrendDirection::Rising;
    if (test.z < 0)
        return TrendDirection::Falling;
    return TrendDirection::Flat;
}

} // namespace signaali::stats
