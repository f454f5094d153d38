// Group statistics against values worked out by hand from the formulas in docs/analytics.md.
#include "core/GroupSignals.h"
#include "core/GroupStatistics.h"
#include "core/Percentiles.h"

#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace signaali;
using namespace signaali::stats;

class TestStatistics : public QObject
{
    Q_OBJECT

    static QList<TrendPoint> points() { return {{10, 100, 0}, {15, 100, 1}, {20, 100, 2}}; }

private slots:
    void benchmarkPercentilesAreNearestRank()
    {
        QList<double> values;
        for (int i = 10; i >= 1; --i)
            values << i;
        QCOMPARE(percentile(values, 0.5), 6.0);
        QCOMPARE(percentile(values, 0.95), 10.0);
        QCOMPARE(percentile(values, 0.0), 1.0);
        QCOMPARE(percentile({}, 0.5), 0.0);
        const QJsonObject summary = timingSummary(values);
        QCOMPARE(summary.value(QStringLiteral("max")).toDouble(), 10.0);
        QCOMPARE(summary.value(QStringLiteral("runs")).toInt(), 10);
    }

    void wilsonInterval_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // p = x/n, c = (p + z²/2n) / (1 + z²/n), h = z √(p(1-p)/n + z²/4n²) / (1 + z²/n)
        // 0/10: c = (0 + 0.192073) / 1.384146 = 0.138766, h = 0.138766
        QTest::newRow("0 of 10") << qint64(0) << qint64(10) << 0.0 << 0.277533;
        // 5/10: c = 0.5, h = 1.959964 · √(0.025 + 0.009604) / 1.384146 = 0.263407
        QTest::newRow("5 of 10") << qint64(5) << qint64(10) << 0.236593 << 0.763407;
        // 3/20: c = (0.15 + 0.096037) / 1.192073 = 0.206394, h = 0.154025
        QTest::newRow("3 of 20") << qint64(3) << qint64(20) << 0.052369 << 0.360419;
        QTest::newRow("10 of 10") << qint64(10) << qint64(10) << 0.722467 << 1.0;
        QTest::newRow("no respondents") << qint64(0) << qint64(0) << 0.0 << 1.0;
    }
    void wilsonInterval()
    {
        QFETCH(qint64, count);
        QFETCH(qint64, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const Interval interval = stats::wilsonInterval(count, n);
        QVERIFY2(std::fabs(interval.low - low) < 1e-6, qPrintable(QString::number(interval.low)));
        QVERIFY2(std::fabs(interval.high - high) < 1e-6,
                 qPrintable(QString::number(interval.high)));
    }

    void normalDistribution()
    {
        QVERIFY(std::fabs(normalQuantile(0.975) - 1.959963984540054) < 1e-12);
        QVERIFY(std::fabs(normalQuantile(0.999) - 3.090232306167813) < 1e-12);
        QVERIFY(std::fabs(normalQuantile(0.001) + 3.090232306167813) < 1e-12);
        QVERIFY(std::fabs(normalQuantile(1e-10) + 6.361340902404056) < 1e-9);
        QVERIFY(std::fabs(normalQuantile(0.5)) < 1e-15);
        QVERIFY(std::fabs(normalCdf(1.959963984540054) - 0.975) < 1e-12);
        QVERIFY(std::fabs(normalCdf(normalQuantile(0.2)) - 0.2) < 1e-12);
    }

    void binomialDistribution()
    {
        // P(X <= 2), X ~ Bin(10, 0.3) = 0.7^10 + 10·0.3·0.7^9 + 45·0.09·0.7^8
        //                             = 0.0282475 + 0.1210608 + 0.2334744
        QVERIFY(std::fabs(binomialCdf(2, 10, 0.3) - 0.3827827864) < 1e-9);
        QCOMPARE(binomialCdf(-1, 10, 0.3), 0.0);
        QCOMPARE(binomialCdf(10, 10, 0.3), 1.0);
        // Large n stays accurate: the median of Bin(20000, 0.5) has F just above one half.
        const double f = binomialCdf(10000, 20000, 0.5);
        QVERIFY(f > 0.5 && f < 0.5 + 0.003);
    }

    void funnelLimitsExactBinomial_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("lower998");
        QTest::addColumn<double>("lower95");
        QTest::addColumn<double>("upper95");
        QTest::addColumn<double>("upper998");
        // n = 100, θ = 0.1. Upper 95 %: F(15) = 0.960109, F(16) = 0.979401, so r = 16,
        // α = (0.979401 - 0.975) / (0.979401 - 0.960109) = 0.228139, limit (16 - α)/100.
        // Lower 99.8 %: F(1) = 0.000322, F(2) = 0.001945, r = 2, α = 0.582113.
        QTest::newRow("n 100 at 10 %")
            << qint64(100) << 0.1 << 0.014178865 << 0.040380596 << 0.157718612 << 0.198356719;
        // n = 20, θ = 0.15: F(0) = 0.038760 > 0.025, so both lower limits are 0.
        // Upper 95 %: r = 6, α = (0.978065 - 0.975) / (0.978065 - 0.932692) = 0.067549.
        QTest::newRow("n 20 at 15 %")
            << qint64(20) << 0.15 << 0.0 << 0.0 << 0.296622542 << 0.415219822;
    }
    void funnelLimitsExactBinomial()
    {
        QFETCH(qint64, n);
        QFETCH(double, target);
        QFETCH(double, lower998);
        QFETCH(double, lower95);
        QFETCH(double, upper95);
        QFETCH(double, upper998);
        const FunnelLimits limits = funnelLimits(n, target);
        QVERIFY(std::fabs(limits.lower998 - lower998) < 1e-8);
        QVERIFY(std::fabs(limits.lower95 - lower95) < 1e-8);
        QVERIFY(std::fabs(limits.upper95 - upper95) < 1e-8);
        QVERIFY(std::fabs(limits.upper998 - upper998) < 1e-8);
        QVERIFY(std::fabs(funnelLimit(n, target, 0.975) - upper95) < 1e-8);
    }

    void funnelLimitsApproachNormalForLargeGroups()
    {
        // For large n the exact limits meet θ ± z √(θ(1-θ)/n).
        const FunnelLimits limits = funnelLimits(50000, 0.2);
        const double se = std::sqrt(0.2 * 0.8 / 50000);
        QVERIFY(std::fabs(limits.upper95 - (0.2 + 1.959964 * se)) < 2e-4);
        QVERIFY(std::fabs(limits.lower998 - (0.2 - 3.090232 * se)) < 2e-4);
    }

    void funnelPositions()
    {
        const FunnelLimits limits = funnelLimits(100, 0.1);
        QCOMPARE(funnelPosition(10, 100, limits), FunnelPosition::Within);
        QCOMPARE(funnelPosition(16, 100, limits), FunnelPosition::Above95); // 0.16 > 0.1577
        QCOMPARE(funnelPosition(19, 100, limits), FunnelPosition::Above95);
        QCOMPARE(funnelPosition(20, 100, limits), FunnelPosition::Above998); // 0.20 > 0.1984
        QCOMPARE(funnelPosition(4, 100, limits), FunnelPosition::Below95);
        QCOMPARE(funnelPosition(1, 100, limits), FunnelPosition::Below998);
        QCOMPARE(GroupSignalRules::funnelLevel(FunnelPosition::Above998), Level::Concern);
        QCOMPARE(GroupSignalRules::funnelLevel(FunnelPosition::Above95), Level::Watch);
        QVERIFY(!GroupSignalRules::funnelLevel(FunnelPosition::Below998));
    }

    void trendTestByHand()
    {
        // 10/100, 15/100, 20/100 at scores 0, 1, 2: p̄ = 0.15, mean score 1,
        // T = Σ x(s - 1) = -10 + 20 = 10, Σ n(s - 1)² = 200,
        // Var = 0.15 · 0.85 · 200 = 25.5, z = 10 / √25.5 = 1.980295, χ² = 3.921569.
        const QList<TrendPoint> points{{10, 100, 0}, {15, 100, 1}, {20, 100, 2}};
        const auto test = trendTest(points);
        QVERIFY(test);
        QVERIFY(std::fabs(test->z - 1.980295086) < 1e-8);
        QVERIFY(std::fabs(test->chiSquare - 3.921568627) < 1e-8);
        QVERIFY(std::fabs(test->pRising - 0.023835190) < 1e-8);
        QVERIFY(std::fabs(test->pTwoSided - 0.047670381) < 1e-8);
        QVERIFY(std::fabs(test->slope - 0.05) < 1e-12);
        QCOMPARE(test->points, 3);
        // p = 0.0238 < 0.025: a watch-level rise; not a concern (0.001).
        QCOMPARE(GroupSignalRules::trendLevel(points, *test), Level::Watch);
    }

    void trendTestRefusesWhatItCannotTest()
    {
        QVERIFY(!trendTest({{3, 10, 0}}));                        // one round
        QVERIFY(!trendTest({{0, 10, 0}, {0, 12, 1}, {0, 9, 2}})); // never flagged
        QVERIFY(!trendTest({{2, 10, 1}, {5, 12, 1}}));            // same round twice
        // A fall is no rise, however significant.
        const QList<TrendPoint> falling{{40, 100, 0}, {20, 100, 1}, {10, 100, 2}};
        const auto test = trendTest(falling);
        QVERIFY(test && test->z < 0);
        QVERIFY(!GroupSignalRules::trendLevel(falling, *test));
        // Up, then back down to below the start: not a rise any more.
        const QList<TrendPoint> turned{{10, 100, 0}, {30, 100, 1}, {40, 100, 2}, {9, 100, 3}};
        TrendTest significant;
        significant.z = 4;
        significant.pRising = 0.00003;
        QVERIFY(!GroupSignalRules::trendLevel(turned, significant));
        QCOMPARE(GroupSignalRules::trendLevel(points(), significant), Level::Concern);
        // Two rounds are not enough, however steep.
        QVERIFY(!GroupSignalRules::trendLevel({{1, 100, 0}, {50, 100, 1}}, significant));
    }

    void aFallingShareIsCalledFalling()
    {
        // The dashboard once said "p = 0.96 (a rise)" under a line from 33 % down to 26 %.
        const QList<TrendPoint> falling{{66, 200, 0}, {60, 200, 1}, {52, 200, 2}};
        const auto test = trendTest(falling);
        QVERIFY(test);
        QVERIFY(test->z < 0);
        QVERIFY(test->pRising > 0.5); // no evidence of a rise
        QCOMPARE(trendDirection(*test), TrendDirection::Falling);
        QVERIFY(!GroupSignalRules::trendLevel(falling, *test));
        const QString text = GroupSignalRules::trendTestText(*test);
        QVERIFY2(text.contains(QStringLiteral("falling")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("ris")), qPrintable(text));
        // The p-value shown is the two-sided one of the direction named.
        QVERIFY2(text.contains(QStringLiteral("p = %1").arg(test->pTwoSided, 0, 'g', 2)),
                 qPrintable(text));
        QVERIFY(test->pTwoSided < 0.5);

        const QList<TrendPoint> rising{{10, 100, 0}, {15, 100, 1}, {20, 100, 2}};
        QCOMPARE(trendDirection(*trendTest(rising)), TrendDirection::Rising);
        QVERIFY(
            GroupSignalRules::trendTestText(*trendTest(rising)).contains(QStringLiteral("rising")));
    }

    void reasonsSayWhy()
    {
        const FunnelLimits limits = funnelLimits(100, 0.1);
        const QString reason = GroupSignalRules::funnelReason(
            QStringLiteral("Keskuskoulu 8B"), QStringLiteral("Mood"), Measure::Concern, 21, 100,
            limits, FunnelPosition::Above998, true, QStringLiteral("Demola"));
        QVERIFY2(reason.contains(QStringLiteral("Keskuskoulu 8B")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("21 of 100")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("99.8 %")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("Demola")), qPrintable(reason));
        const QList<TrendPoint> points{{10, 100, 0}, {15, 100, 1}, {20, 100, 2}};
        const QString trend =
            GroupSignalRules::trendReason(QStringLiteral("Rantakoulu"), QStringLiteral("Sleep"),
                                          Measure::WatchOrConcern, points, *trendTest(points));
        QVERIFY2(trend.contains(QStringLiteral("3 rounds")), qPrintable(trend));
        QVERIFY2(trend.contains(QStringLiteral("p = 0.024")), qPrintable(trend));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
