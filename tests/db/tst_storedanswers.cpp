// The answers object a response keeps: written by hand for speed, so read
// back here by SQLite and by Qt exactly as given.
#include "TestDb.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/ResponseStore.h"
#include "db/store/StoredAnswers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace signaali;
using namespace signaali::db;

class TestStoredAnswers : public QObject
{
    Q_OBJECT

private slots:
    void readsBackAsGiven()
    {
        const Answers given{{QStringLiteral("item1"), 0},
                            {QStringLiteral("item2"), 9},
                            {QStringLiteral("item3"), 10},
                            {QStringLiteral("item4"), 0.5},
                            {QStringLiteral("item5"), -1},
                            {QStringLiteral("item6"), 1e-7},
                            {QStringLiteral("item7"), 123456789.25},
                            {QStringLiteral("quote\"back\\slash"), 2},
                            {QStringLiteral("tab\there"), 3},
                            {QStringLiteral("kysymys_ä"), 4}};
        const QByteArray json = storedAnswers(given);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.size(), given.size());
        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
            QCOMPARE(object.value(it.key()).toDouble(), it.value());
        QCOMPARE(storedAnswers(Answers{}), QByteArray("{}"));
    }

    // What the store reads is what it was given, through SQLite's json_each.
    void storeKeepsEveryValue()
    {
        TestDb t;
        QVERIFY(t.open());
        QVERIFY(t.seed(1));
        const Instrument& phq = TestDb::instrument("phq-a");
        ResponseStore responses(t.db->connection());
        Answers given;
        for (const Item& item : phq.items)
            given.insert(item.id, 1);
        given[phq.items.first().id] = 3;
        const auto stored =
            responses.recordCompleted(t.pupilIds[0], t.roundId, phq, given, QStringLiteral("fi"));
        QVERIFY(stored);
        QCOMPARE(responses.answers(stored->first), phq.effectiveAnswers(given));
        QCOMPARE(scalar(t.db->connection(),
                        QStringLiteral("SELECT json_type(answers) FROM response_answers "
                                       "WHERE response_id = ?"),
                        {stored->first})
                     ->toString(),
                 QStringLiteral("object"));
    }

    // The kiosk's answers one at a time: changed, withdrawn, and none left.
    void answersOneAtATime()
    {
        TestDb t;
        QVERIFY(t.open());
        QVERIFY(t.seed(1));
        const Instrument& phq = TestDb::instrument("phq-a");
        ResponseStore responses(t.db->connection());
        const auto started =
            responses.startOrResume(t.pupilIds[0], t.roundId, phq, QStringLiteral("fi"));
        QVERIFY(started);
        QVERIFY(responses.saveAnswer(started->id, QStringLiteral("item1"), 2));
        QVERIFY(responses.saveAnswer(started->id, QStringLiteral("item2"), 1));
        QVERIFY(responses.saveAnswer(started->id, QStringLiteral("item1"), 0));
        QCOMPARE(responses.answers(started->id),
                 (Answers{{QStringLiteral("item1"), 0}, {QStringLiteral("item2"), 1}}));
        QVERIFY(responses.discardAnswers(started->id, {QStringLiteral("item1")}));
        QCOMPARE(responses.answers(started->id), (Answers{{QStringLiteral("item2"), 1}}));
        QVERIFY(responses.discardAnswers(started->id, {QStringLiteral("item2")}));
        QCOMPARE(responses.answers(started->id), Answers{});
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("SELECT count(*) FROM response_answers"))
                     ->toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestStoredAnswers)
#include "tst_storedanswers.moc"
