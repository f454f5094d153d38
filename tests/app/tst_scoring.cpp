// The scoring engine on the complete example instrument: reversal, weights,
// means, points for numbers, display conditions, flags and their reasons.
#include "core/InstrumentCatalog.h"
#include "core/InstrumentLoader.h"
#include "core/RandomAnswers.h"
#include "core/ReasonText.h"
#include "core/ResultJson.h"
#include "core/Scorer.h"

#include <QJsonDocument>
#include <QTest>

using namespace signaali;

namespace {
const Instrument& example()
{
    static const Instrument instrument =
        *InstrumentLoader::fromFile(
             QStringLiteral(SIGNAALI_TEST_DATA "/instruments/example-complete.json"))
             .value;
    return instrument;
}

// A calm baseline: every domain at ok level, nothing critical.
Answers calm()
{
    return {{QStringLiteral("mood1"), 0},  {QStringLiteral("mood2"), 0},
            {QStringLiteral("mood3"), 3},  {QStringLiteral("sleep1"), 9},
            {QStringLiteral("sleep2"), 0}, {QStringLiteral("bullied"), 0},
            {QStringLiteral("home1"), 3},  {QStringLiteral("wb1"), 3},
            {QStringLiteral("wb2"), 3}};
}

ScoreResult scoreWith(const Answers& changes, const QString& language = QStringLiteral("en"),
                      const ScoreResult* previous = nullptr)
{
    Answers answers = calm();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        answers.insert(it.key(), it.value());
    return Scorer::score(example(), answers, language, previous);
}

QStringList flagCodes(const ScoreResult& result)
{
    QStringList codes;
    for (const Flag& flag : result.flags)
        codes << flag.code;
    return codes;
}
} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void calmAnswersRaiseNothing()
    {
        const ScoreResult result = scoreWith({});
        QVERIFY(result.valid);
        QCOMPARE(*result.level, Level::Ok);
        QVERIFY(result.flags.isEmpty());
        QCOMPARE(result.total.value(), 0.0);
        QCOMPARE(result.domain(QStringLiteral("wellbeing"))->percentage.value(), 60.0);
    }

    void reverseAndWeights()
    {
        // mood1 x2 = 4, mood2 = 1, mood3 agree 3 reversed = 0.
        const ScoreResult result =
            scoreWith({{QStringLiteral("mood1"), 2}, {QStringLiteral("mood2"), 1}});
        QCOMPARE(result.domain(QStringLiteral("mood"))->score.value(), 5.0);
        QCOMPARE(result.domain(QStringLiteral("mood"))->band, QStringLiteral("watch"));
        const ScoreResult reversed = scoreWith({{QStringLiteral("mood3"), 0}});
        QCOMPARE(reversed.domain(QStringLiteral("mood"))->score.value(), 3.0);
    }

    void prorationRoundsToNearest()
    {
        Answers answers = calm();
        answers.remove(QStringLiteral("mood2"));
        answers[QStringLiteral("mood1")] = 2; // 4 points from weight 3 of 4
        answers[QStringLiteral("mood3")] = 0; // reversed: 3 points
        const ScoreResult result = Scorer::score(example(), answers, QStringLiteral("en"));
        const DomainResult* mood = result.domain(QStringLiteral("mood"));
        QCOMPARE(mood->answered, 2);
        QCOMPARE(mood->asked, 3);
        QCOMPARE(mood->score.value(), 9.0); // 7 x 4 / 3 = 9.33
        QCOMPARE(mood->band, QStringLiteral("concern"));
    }

    void tooManyMissingMakesDomainInvalid()
    {
        Answers answers = calm();
        answers.remove(QStringLiteral("mood2"));
        answers.remove(QStringLiteral("mood3"));
        const ScoreResult result = Scorer::score(example(), answers, QStringLiteral("en"));
        QVERIFY(!result.valid);
        QVERIFY(!result.domain(QStringLiteral("mood"))->valid);
        QVERIFY(!result.total);
        QCOMPARE(result.invalidReasons,
                 QStringList{QStringLiteral("Mood: 2 of 3 items unanswered, at most 1 allowed")});
        QCOMPARE(*result.level, Level::Ok); // the other domains still count
    }

    void meanAndReverse()
    {
        QCOMPARE(
            scoreWith({{QStringLiteral("home1"), 0}}).domain(QStringLiteral("home"))->score.value(),
            3.0);
        QCOMPARE(scoreWith({{QStringLiteral("home1"), 1}}).domain(QStringLiteral("home"))->band,
                 QStringLiteral("watch"));
    }

    void numberAnswersScoreThroughPoints_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("points");
        QTest::newRow("0") << 0.0 << 2.0;
        QTest::newRow("6.5") << 6.5 << 2.0;
        QTest::newRow("7") << 7.0 << 1.0;
        QTest::newRow("7.5") << 7.5 << 1.0;
        QTest::newRow("8") << 8.0 << 0.0;
        QTest::newRow("14") << 14.0 << 0.0;
    }
    void numberAnswersScoreThroughPoints()
    {
        QFETCH(double, hours);
        QFETCH(double, points);
        QCOMPARE(scoreWith({{QStringLiteral("sleep1"), hours}})
                     .domain(QStringLiteral("sleep"))
                     ->score.value(),
                 points);
    }

    void numberScaleAcceptsOnlyItsGrid()
    {
        const Scale* hours = example().scale(QStringLiteral("hours"));
        QVERIFY(hours->accepts(7.5));
        QVERIFY(!hours->accepts(7.25));
        QVERIFY(!hours->accepts(-0.5));
        QVERIFY(!hours->accepts(14.5));
    }

    void hiddenItemsAreNotAskedAndTheirAnswersDiscarded()
    {
        // Not bullied: the follow-ups are hidden, a stray answer to them does not count.
        const ScoreResult notBullied =
            scoreWith({{QStringLiteral("bulliedOften"), 3}, {QStringLiteral("bulliedWhere"), 1}});
        const DomainResult* bullying = notBullied.domain(QStringLiteral("bullying"));
        QCOMPARE(bullying->asked, 1);
        QCOMPARE(bullying->score.value(), 0.0);
        QVERIFY(bullying->valid);

        const ScoreResult bullied =
            scoreWith({{QStringLiteral("bullied"), 1}, {QStringLiteral("bulliedOften"), 3}});
        QCOMPARE(bullied.domain(QStringLiteral("bullying"))->score.value(), 4.0);

        Answers answers = calm();
        answers[QStringLiteral("bullied")] = 1;
        answers[QStringLiteral("bulliedOften")] = 2;
        QVERIFY(example().visibleItems(answers).contains(QStringLiteral("bulliedWhere")));
        answers[QStringLiteral("bulliedOften")] = 1;
        QVERIFY(!example().visibleItems(answers).contains(QStringLiteral("bulliedWhere")));
        // A chain: hiding bulliedOften also hides bulliedWhere, even with the old answer still
        // there.
        answers[QStringLiteral("bulliedOften")] = 3;
        answers[QStringLiteral("bullied")] = 0;
        const QStringList visible = example().visibleItems(answers);
        QVERIFY(!visible.contains(QStringLiteral("bulliedOften")));
        QVERIFY(!visible.contains(QStringLiteral("bulliedWhere")));
    }

    void anyConditionAndAnswered()
    {
        Answers answers = calm();
        QVERIFY(!example().visibleItems(answers).contains(QStringLiteral("hurt")));
        answers[QStringLiteral("home1")] = 1;
        QVERIFY(example().visibleItems(answers).contains(QStringLiteral("hurt")));
        answers[QStringLiteral("home1")] = 3;
        answers[QStringLiteral("mood1")] = 3;
        QVERIFY(example().visibleItems(answers).contains(QStringLiteral("hurt")));
        answers.remove(QStringLiteral("wb1"));
        QVERIFY(!example().visibleItems(answers).contains(QStringLiteral("wb2")));
    }

    void criticalAnswersLeadAndRaiseToConcern()
    {
        const ScoreResult result = scoreWith({{QStringLiteral("home1"), 1},
                                              {QStringLiteral("hurt"), 1},
                                              {QStringLiteral("mood2"), 3}});
        QCOMPARE(*result.level, Level::Concern);
        QCOMPARE(flagCodes(result).mid(0, 2),
                 (QStringList{QStringLiteral("critical.hurt"), QStringLiteral("critical.mood2")}));
        QVERIFY(result.flags[0].critical);
        QCOMPARE(
            result.flags[0].reason,
            QStringLiteral("Critical answer: Violence at home: \"Yes\". Needs a response today."));
        const ScoreResult fi = scoreWith(
            {{QStringLiteral("home1"), 1}, {QStringLiteral("hurt"), 1}}, QStringLiteral("fi"));
        QCOMPARE(fi.flags[0].reason,
                 QStringLiteral(
                     "Kriittinen vastaus: Väkivalta kotona: ”Kyllä”. Vaatii yhteydenoton tänään."));
        // The critical answer only counts while its item is shown.
        QVERIFY(!scoreWith({{QStringLiteral("hurt"), 1}}).hasCritical());
    }

    void accumulationRaisesOverallLevel()
    {
        // Sleep 2 points (watch) and home 2 (watch): two watch domains with minWatchDomains 2.
        const ScoreResult result =
            scoreWith({{QStringLiteral("sleep1"), 6}, {QStringLiteral("home1"), 1}});
        QCOMPARE(*result.level, Level::Concern);
        QVERIFY(flagCodes(result).contains(QStringLiteral("accumulation")));
        QCOMPARE(
            result.flags.last().reason,
            QStringLiteral(
                "2 areas at watch level together (Sleep, Home): overall level raised to concern"));
        const ScoreResult one = scoreWith({{QStringLiteral("sleep1"), 6}});
        QCOMPARE(*one.level, Level::Watch);
        QVERIFY(!flagCodes(one).contains(QStringLiteral("accumulation")));
    }

    void changeRuleUsesReliableChange()
    {
        // Mood threshold: 1.96 x sqrt(2) x 3 x sqrt(0.2) = 3.72.
        const ReliableChange rc{3.0, 0.8};
        QVERIFY(std::abs(rc.threshold() - 3.7188) < 1e-3);
        const ScoreResult before = scoreWith({{QStringLiteral("mood2"), 1}}); // mood 1
        const ScoreResult small =
            scoreWith({{QStringLiteral("mood1"), 1}, {QStringLiteral("mood2"), 2}},
                      QStringLiteral("en"), &before); // 4: +3
        QVERIFY(!flagCodes(small).contains(QStringLiteral("change.mood")));
        QCOMPARE(*small.level, Level::Ok);
        const ScoreResult big = scoreWith({{QStringLiteral("mood1"), 1},
                                           {QStringLiteral("mood2"), 2},
                                           {QStringLiteral("mood3"), 2}},
                                          QStringLiteral("en"), &before); // 5: +4, and watch
        QVERIFY(flagCodes(big).contains(QStringLiteral("change.mood")));
        QCOMPARE(big.flags.last().reason,
                 QStringLiteral("Mood: 5 now, 1 at the previous screening; a change of 4 exceeds "
                                "the reliable change 3.7"));
        // Improvement is never a change flag.
        const ScoreResult better = scoreWith({}, QStringLiteral("en"), &big);
        QVERIFY(!flagCodes(better).contains(QStringLiteral("change.mood")));
    }

    void changeBelowCutOffStillFlagsWatch()
    {
        const ScoreResult before = scoreWith({}); // mood 0
        const ScoreResult after =
            scoreWith({{QStringLiteral("mood1"), 1}, {QStringLiteral("mood2"), 2}},
                      QStringLiteral("en"), &before);
        QCOMPARE(after.domain(QStringLiteral("mood"))->band,
                 QStringLiteral("ok")); // 4: below the watch cut-off
        QCOMPARE(flagCodes(after), QStringList{QStringLiteral("change.mood")});
        QCOMPARE(*after.level, Level::Watch);
    }

    void changeRespectsHigherIsBetter()
    {
        // Well-being falls from 6 to 3 (threshold 1.96 x sqrt(2) x 1.5 x sqrt(0.2) = 1.86).
        const ScoreResult high = scoreWith({});
        const ScoreResult low = scoreWith({{QStringLiteral("wb1"), 2}, {QStringLiteral("wb2"), 1}},
                                          QStringLiteral("en"), &high);
        QVERIFY(flagCodes(low).contains(QStringLiteral("change.wellbeing")));
        const ScoreResult recovered = scoreWith({}, QStringLiteral("en"), &low);
        QVERIFY(!flagCodes(recovered).contains(QStringLiteral("change.wellbeing")));
    }

    void numbersFollowLanguage()
    {
        QCOMPARE(ReasonText(example(), QStringLiteral("fi")).number(2.5), QStringLiteral("2,5"));
        QCOMPARE(ReasonText(example(), QStringLiteral("sv")).number(2.5), QStringLiteral("2,5"));
        QCOMPARE(ReasonText(example(), QStringLiteral("en")).number(2.5), QStringLiteral("2.5"));
        QCOMPARE(ReasonText(example(), QStringLiteral("en")).number(12.0), QStringLiteral("12"));
    }

    void randomAnswersStayInRange_data()
    {
        QTest::addColumn<QString>("id");
        for (const char* id : {"signaali-youth", "phq-a", "gad-7", "who-5"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void randomAnswersStayInRange()
    {
        QFETCH(QString, id);
        static const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
        QVERIFY(catalog.find(id));
        const Instrument& in = *catalog.find(id);
        QRandomGenerator rng(42);
        int flagged = 0;
        for (int i = 0; i < 3000; ++i) {
            const double burden = (i % 10) / 9.0;
            const Answers answers = randomAnswers(in, rng, burden, i % 3 ? 0.0 : 0.2);
            const ScoreResult result = Scorer::score(in, answers, QStringLiteral("fi"));
            for (const Domain& domain : in.domains) {
                const DomainResult* dr = result.domain(domain.id);
                QVERIFY(dr);
                QVERIFY(dr->answered <= dr->asked);
                if (!dr->valid)
                    continue;
                const auto [low, high] = in.possibleRange(domain);
                QVERIFY2(
                    *dr->score >= low - 1e-9 && *dr->score <= high + 1e-9,
                    qPrintable(QStringLiteral("%1 %2 = %3").arg(id, domain.id).arg(*dr->score)));
                QVERIFY(dr->level.has_value());
                QVERIFY(!dr->band.isEmpty());
            }
            for (const Flag& flag : result.flags) {
                QVERIFY(!flag.reason.isEmpty());
                QVERIFY(*result.level >= flag.level);
            }
            flagged += result.flags.isEmpty() ? 0 : 1;
            // Deterministic: the same input gives the same JSON.
            if (i % 500 == 0)
                QCOMPARE(
                    QJsonDocument(resultToJson(Scorer::score(in, answers, QStringLiteral("fi"))))
                        .toJson(),
                    QJsonDocument(resultToJson(result)).toJson());
        }
        QVERIFY(flagged > 0);
        QVERIFY(flagged < 3000);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
