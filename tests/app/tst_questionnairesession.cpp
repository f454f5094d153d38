// Moving through a questionnaire: Back/Next, required items, display
// conditions both ways, discarded answers and resume.
#include "core/InstrumentLoader.h"
#include "core/QuestionnaireSession.h"

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

struct RecordingSink : AnswerSink
{
    Answers saved;
    QStringList discarded;
    bool failNext = false;
    bool saveAnswer(const QString& itemId, double value) override
    {
        if (failNext)
            return false;
        saved.insert(itemId, value);
        return true;
    }
    bool discardAnswers(const QStringList& itemIds) override
    {
        discarded += itemIds;
        for (const QString& id : itemIds)
            saved.remove(id);
        return true;
    }
};

// Answers the current item and moves on.
void give(QuestionnaireSession& s, double value)
{
    QVERIFY(s.answer(value));
    QVERIFY(s.next());
}
} // namespace

class TestQuestionnaireSession : public QObject
{
    Q_OBJECT

private slots:
    void walksThroughShownItemsOnly()
    {
        RecordingSink sink;
        QuestionnaireSession s(example(), {}, &sink);
        QCOMPARE(s.current()->id, QStringLiteral("mood1"));
        QCOMPARE(s.count(),
                 8); // follow-ups, the any-condition item and wb2 are hidden at the start
        QVERIFY(!s.canAdvance()); // mood1 is required
        QVERIFY(!s.next());
        give(s, 1);
        QVERIFY(s.canAdvance()); // mood2 is optional
        QVERIFY(s.next());
        give(s, 3); // mood3
        give(s, 8); // sleep1 (hours)
        give(s, 0); // sleep2
        QCOMPARE(s.current()->id, QStringLiteral("bullied"));
        give(s, 1); // yes: the follow-up appears
        QCOMPARE(s.current()->id, QStringLiteral("bulliedOften"));
        QCOMPARE(s.count(), 9);
        give(s, 2); // often: where? appears too
        QCOMPARE(s.current()->id, QStringLiteral("bulliedWhere"));
        give(s, 2);
        give(s, 3); // home1
        QCOMPARE(s.current()->id, QStringLiteral("wb1"));
        give(s, 2);
        give(s, 2); // wb2
        QVERIFY(s.isFinished());
        QCOMPARE(s.progress(), 1.0);
        QCOMPARE(sink.saved.size(), 10);
        QVERIFY(!sink.saved.contains(QStringLiteral("mood2")));
    }

    void changingAnEarlierAnswerHidesLaterItemsAndDiscardsTheirAnswers()
    {
        RecordingSink sink;
        QuestionnaireSession s(example(), {}, &sink);
        give(s, 1);
        QVERIFY(s.next());
        give(s, 3);
        give(s, 8);
        give(s, 0);
        give(s, 1); // bullied: yes
        give(s, 3); // bulliedOften
        give(s, 1); // bulliedWhere
        QVERIFY(s.back());
        QVERIFY(s.back());
        QVERIFY(s.back());
        QCOMPARE(s.current()->id, QStringLiteral("bullied"));
        QCOMPARE(s.currentAnswer().value(), 1.0);
        QVERIFY(s.answer(0)); // no after all
        QCOMPARE(s.lastDiscarded(),
                 (QStringList{QStringLiteral("bulliedOften"), QStringLiteral("bulliedWhere")}));
        QCOMPARE(sink.discarded, s.lastDiscarded());
        QVERIFY(!sink.saved.contains(QStringLiteral("bulliedOften")));
        QVERIFY(s.next());
        QCOMPARE(s.current()->id, QStringLiteral("home1"));
        // And shown again when the answer goes back to yes, without the old answers.
        QVERIFY(s.back());
        QVERIFY(s.answer(1));
        QVERIFY(s.next());
        QCOMPARE(s.current()->id, QStringLiteral("bulliedOften"));
        QVERIFY(!s.currentAnswer());
    }

    void resumeStartsAtFirstUnanswered()
    {
        const Answers saved{{QStringLiteral("mood1"), 2},
                            {QStringLiteral("mood2"), 1},
                            {QStringLiteral("mood3"), 2},
                            {QStringLiteral("bulliedOften"), 3}}; // a stray answer to a hidden item
        QuestionnaireSession s(example(), saved);
        QVERIFY(!s.answers().contains(QStringLiteral("bulliedOften")));
        s.moveToFirstUnanswered();
        QCOMPARE(s.current()->id, QStringLiteral("sleep1"));
        QCOMPARE(s.position(), 4);
    }

    void refusesInvalidAnswersAndSinkFailures()
    {
        RecordingSink sink;
        QuestionnaireSession s(example(), {}, &sink);
        QVERIFY(!s.answer(7)); // not a code of the scale
        sink.failNext = true;
        QVERIFY(!s.answer(1)); // not saved, so not taken
        QVERIFY(!s.currentAnswer());
        QVERIFY(!s.back());
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireSession)
#include "tst_questionnairesession.moc"
