// Published scoring of PHQ-A, GAD-7 and WHO-5: every band boundary on both sides,
// the critical item and the missing-answer rules.
#include "core/AnswerSet.h"
#include "core/InstrumentCatalog.h"
#include "core/Scorer.h"

#include <QTest>

using namespace signaali;

namespace {
const Instrument& builtIn(const QString& id)
{
    static const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
    const Instrument* instrument = catalog.find(id);
    Q_ASSERT(instrument);
    return *instrument;
}

// Answers item1..itemN adding up to `total`, filling items in order, leaving
// `lastItemZero` items at the end at 0 where possible (PHQ-A item9 is critical).
Answers answersWithTotal(int total, int items, int maxCode, bool keepLastZero)
{
    Answers answers;
    int left = total;
    for (int i = 1; i <= items; ++i) {
        const bool last = i == items;
        int code = std::min(left, maxCode);
        if (last && keepLastZero && total <= (items - 1) * maxCode)
            code = 0;
        answers.insert(QStringLiteral("item%1").arg(i), code);
        left -= code;
    }
    Q_ASSERT(left == 0);
    return answers;
}
} // namespace

class TestValidatedScoring : public QObject
{
    Q_OBJECT

private slots:
    void bandBoundaries_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        QTest::addColumn<QString>("level");
        auto row = [](const char* in, int total, const char* band, const char* level) {
            QTest::addRow("%s %d", in, total)
                << QString::fromLatin1(in) << total << QString::fromLatin1(band)
                << QString::fromLatin1(level);
        };
        row("phq-a", 0, "minimal", "ok");
        row("phq-a", 4, "minimal", "ok");
        row("phq-a", 5, "mild", "watch");
        row("phq-a", 9, "mild", "watch");
        row("phq-a", 10, "moderate", "concern");
        row("phq-a", 14, "moderate", "concern");
        row("phq-a", 15, "moderately-severe", "concern");
        row("phq-a", 19, "moderately-severe", "concern");
        row("phq-a", 20, "severe", "concern");
        row("phq-a", 27, "severe", "concern");
        row("gad-7", 0, "minimal", "ok");
        row("gad-7", 4, "minimal", "ok");
        row("gad-7", 5, "mild", "watch");
        row("gad-7", 9, "mild", "watch");
        row("gad-7", 10, "moderate", "concern");
        row("gad-7", 14, "moderate", "concern");
        row("gad-7", 15, "severe", "concern");
        row("gad-7", 21, "severe", "concern");
        // WHO-5 raw scores; percentage = raw x 4: 28 % or below, 29-50 %, above 50 %.
        row("who-5", 0, "depression-likely", "concern");
        row("who-5", 7, "depression-likely", "concern");
        row("who-5", 8, "poor", "watch");
        row("who-5", 12, "poor", "watch");
        row("who-5", 13, "adequate", "ok");
        row("who-5", 25, "adequate", "ok");
    }
    void bandBoundaries()
    {
        QFETCH(QString, instrument);
        QFETCH(int, total);
        QFETCH(QString, band);
        QFETCH(QString, level);
        const Instrument& in = builtIn(instrument);
        const int maxCode = instrument == QLatin1String("who-5") ? 5 : 3;
        const Answers answers = answersWithTotal(total, static_cast<int>(in.items.size()), maxCode,
                                                 instrument == QLatin1String("phq-a"));
        QVERIFY(!AnswerSet::check(in, answers, {}, {}));
        const ScoreResult result = Scorer::score(in, answers, QStringLiteral("en"));
        QVERIFY(result.valid);
        QCOMPARE(result.total.value(), double(total));
        QCOMPARE(result.band, band);
        QCOMPARE(levelId(result.level.value()), level);
        if (instrument == QLatin1String("who-5"))
            QCOMPARE(result.percentage.value(), total * 4.0);
        else
            QVERIFY(!result.percentage);
        const bool flagged = level != QLatin1String("ok");
        // PHQ-A totals above 24 need item9 > 0, which adds its critical flag.
        const bool critical = answers.value(QStringLiteral("item9")) > 0;
        QCOMPARE(result.hasCritical(), critical);
        QCOMPARE(result.flags.size(), (flagged ? 1 : 0) + (critical ? 1 : 0));
        if (flagged) {
            const Flag& threshold = result.flags.last();
            QCOMPARE(threshold.code, QStringLiteral("threshold.total"));
            QCOMPARE(levelId(threshold.level), level);
            QVERIFY2(threshold.reason.contains(QStringLiteral("cut-off")),
                     qPrintable(threshold.reason));
        }
    }

    void phqReasonSentence()
    {
        const ScoreResult result =
            Scorer::score(builtIn(QStringLiteral("phq-a")), answersWithTotal(14, 9, 3, true),
                          QStringLiteral("en"));
        QCOMPARE(
            result.flags[0].reason,
            QStringLiteral("Depressive symptoms: 14 of 27, at or above the concern cut-off 10"));
        const ScoreResult fi =
            Scorer::score(builtIn(QStringLiteral("phq-a")), answersWithTotal(14, 9, 3, true),
                          QStringLiteral("fi"));
        QCOMPARE(fi.flags[0].reason, QStringLiteral("Masennusoireet: 14/27, yltää huolirajaan 10"));
        const ScoreResult sv = Scorer::score(builtIn(QStringLiteral("phq-a")),
                                             answersWithTotal(7, 9, 3, true), QStringLiteral("sv"));
        QCOMPARE(sv.flags[0].reason,
                 QStringLiteral("Depressionssymtom: 7 av 27, når uppföljningsgränsen 5"));
    }

    void whoReasonUsesPercentage()
    {
        const ScoreResult result =
            Scorer::score(builtIn(QStringLiteral("who-5")), answersWithTotal(7, 5, 5, false),
                          QStringLiteral("en"));
        QCOMPARE(
            result.flags[0].reason,
            QStringLiteral("Well-being: 7 of 25 (28 %), at or below the concern cut-off 28 %"));
    }

    void phqItem9IsCritical_data()
    {
        QTest::addColumn<int>("item9");
        QTest::addColumn<bool>("critical");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("2") << 2 << true;
        QTest::newRow("3") << 3 << true;
    }
    void phqItem9IsCritical()
    {
        QFETCH(int, item9);
        QFETCH(bool, critical);
        Answers answers = answersWithTotal(0, 9, 3, true);
        answers[QStringLiteral("item9")] = item9;
        const ScoreResult result =
            Scorer::score(builtIn(QStringLiteral("phq-a")), answers, QStringLiteral("en"));
        QCOMPARE(result.hasCritical(), critical);
        QCOMPARE(levelId(*result.level), QString::fromLatin1(critical ? "concern" : "ok"));
        if (critical) {
            QCOMPARE(result.flags[0].code, QStringLiteral("critical.item9"));
            QVERIFY(result.flags[0].critical);
            QCOMPARE(result.band, QStringLiteral("minimal")); // the band stays what the total says
        }
    }

    void phqProratesUpToTwoMissing()
    {
        Answers answers;
        for (int i = 1; i <= 7; ++i)
            answers.insert(QStringLiteral("item%1").arg(i), 2); // 14 from 7 items
        const ScoreResult result =
            Scorer::score(builtIn(QStringLiteral("phq-a")), answers, QStringLiteral("en"));
        QVERIFY(result.valid);
        QCOMPARE(result.total.value(), 18.0); // 14 x 9 / 7 = 18
        QCOMPARE(result.band, QStringLiteral("moderately-severe"));

        answers.insert(QStringLiteral("item7"), 1); // 13 x 9 / 7 = 16.71 -> 17
        QCOMPARE(Scorer::score(builtIn(QStringLiteral("phq-a")), answers, QStringLiteral("en"))
                     .total.value(),
                 17.0);
    }

    void phqThreeMissingIsInvalid()
    {
        Answers answers;
        for (int i = 1; i <= 6; ++i)
            answers.insert(QStringLiteral("item%1").arg(i), 3);
        const ScoreResult result =
            Scorer::score(builtIn(QStringLiteral("phq-a")), answers, QStringLiteral("en"));
        QVERIFY(!result.valid);
        QVERIFY(!result.total);
        QVERIFY(result.band.isEmpty());
        QCOMPARE(result.invalidReasons,
                 QStringList{QStringLiteral(
                     "Depressive symptoms: 3 of 9 items unanswered, at most 2 allowed")});
        QVERIFY(!result.level);
        QVERIFY(result.flags.isEmpty());
    }

    void gadAllowsNoMissing()
    {
        Answers answers = answersWithTotal(12, 7, 3, false);
        answers.remove(QStringLiteral("item7"));
        const ScoreResult result =
            Scorer::score(builtIn(QStringLiteral("gad-7")), answers, QStringLiteral("en"));
        QVERIFY(!result.valid);
        QVERIFY(!result.total);
    }

    void outOfRangeCodesRefused()
    {
        const Answers answers{{QStringLiteral("item1"), 4}};
        const auto error = AnswerSet::check(builtIn(QStringLiteral("phq-a")), answers,
                                            QStringLiteral("a.json"), QStringLiteral("$.answers"));
        QVERIFY(error);
        QCOMPARE(error->where, QStringLiteral("$.answers.item1"));
        QVERIFY(error->message.contains(QStringLiteral("out of range")));
        const auto unknown =
            AnswerSet::check(builtIn(QStringLiteral("gad-7")), {{QStringLiteral("item8"), 1}},
                             QStringLiteral("a.json"), QStringLiteral("$.answers"));
        QVERIFY(unknown);
        QVERIFY(unknown->message.contains(QStringLiteral("unknown item 'item8'")));
    }
};

QTEST_GUILESS_MAIN(TestValidatedScoring)
#include "tst_validatedscoring.moc"
