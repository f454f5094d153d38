// Group figures over time and against a reference on real database files:
// Wilson intervals, funnel plots, trends and group signals with their reasons.
#include "GroupFiguresWorld.h"
#include "db/figures/GroupSummary.h"

class TestGroupSignals : public QObject
{
    Q_OBJECT

private slots:
    void sharesCarryWilsonIntervals()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 30));
        const qint64 round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        w.record(QStringLiteral("Keskuskoulu/8A"), round, 0.5);
        const SignedInUser coordinator = w.user(Role::Coordinator);
        GroupFigures figures(w.db(), coordinator);
        FigureQuery query;
        query.roundIds = {round};
        query.breakdown = Breakdown::Municipality;
        const auto rows = figures.figures(query);
        QVERIFY(rows);
        QCOMPARE(rows->size(), qsizetype(13));
        for (const FigureRow& row : *rows)
            for (const FigureCell& level : row.levels)
                if (level.count) {
                    QVERIFY(level.share && level.wilson);
                    const stats::Interval expected =
                        stats::wilsonInterval(*level.count, *row.respondents.count);
                    QCOMPARE(level.wilson->low, expected.low);
                    QVERIFY(level.wilson->low <= *level.share &&
                            *level.share <= level.wilson->high);
                }
    }

    void funnelAndTrendSignalsSayWhy()
    {
        World w;
        QVERIFY(w.open());
        for (const char* c : {"8A", "8B", "8C", "8D"})
            QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QLatin1String(c), 24));
        const QStringList names{QStringLiteral("syksy 2024"), QStringLiteral("kevät 2025"),
                                QStringLiteral("syksy 2025"), QStringLiteral("kevät 2026")};
        for (int r = 0; r < names.size(); ++r)
            w.addRound(names[r], QDate(2024, 9, 1).addMonths(5 * r));
        // 8D is far worse than the rest in the latest round, and has grown worse
        // round by round (0, 10, 14, 24 of 24 at concern); the others stay at 10
        // of 24. Every count is 0 or at least 5, so nothing is hidden.
        const QList<int> rising{0, 5, 7, 12};
        for (int r = 0; r < 4; ++r) {
            for (const char* c : {"8A", "8B", "8C"})
                w.recordLevels(QStringLiteral("Keskuskoulu/") + QLatin1String(c), w.rounds[r], 5);
            w.recordLevels(QStringLiteral("Keskuskoulu/8D"), w.rounds[r], rising[r]);
        }
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
        const SignedInUser coordinator = w.user(Role::Coordinator);
        GroupTrends figures(w.db(), coordinator);
        FigureQuery query;
        query.roundIds = w.rounds;
        query.breakdown = Breakdown::Class;
        query.reference = Reference::School;
        query.domainIds = {kOverall};
        query.measure = Measure::Concern;

        const auto plots = figures.funnels([&] {
            FigureQuery latest = query;
            latest.roundIds = {w.rounds.last()};
            return latest;
        }());
        QVERIFY(plots);
        QCOMPARE(plots->size(), qsizetype(1));
        const FunnelPlot& plot = plots->first();
        QCOMPARE(plot.referenceGroup.label, QStringLiteral("Keskuskoulu"));
        QVERIFY(!plot.limits.isEmpty());
        QCOMPARE(plot.points.size(), qsizetype(4));

        const auto trends = figures.trends(query);
        QVERIFY(trends);
        const auto series = std::find_if(trends->begin(), trends->end(), [](const TrendSeries& s) {
            return s.group.label == QLatin1String("8D");
        });
        QVERIFY(series != trends->end());
        QCOMPARE(series->rounds.size(), qsizetype(4));

        const auto found = figures.groupSignals(query);
        QVERIFY(found);
        bool funnel = false, trend = false;
        for (const GroupSignal& s : *found) {
            QVERIFY2(!s.reason.isEmpty(), "a signal always says why");
            if (s.group.label != QLatin1String("8D"))
                continue;
            if (s.kind == GroupSignal::Kind::Funnel) {
                funnel = true;
                QVERIFY2(s.reason.contains(QLatin1String("Keskuskoulu 8D")), qPrintable(s.reason));
                QVERIFY2(s.reason.contains(QLatin1String("control limit")), qPrintable(s.reason));
                QCOMPARE(s.roundId, w.rounds.last());
            } else {
                trend = true;
                QVERIFY2(s.reason.contains(QLatin1String("rose over 4 rounds")),
                         qPrintable(s.reason));
            }
        }
        QVERIFY(funnel);
        QVERIFY(trend);
    }
};

QTEST_GUILESS_MAIN(TestGroupSignals)
#include "tst_groupsignals.moc"
