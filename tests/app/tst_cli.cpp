// signaali-cli as a process, the way a deployer or a script uses it.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    QTemporaryDir m_dataDir; // an empty data folder: only built-in instruments

    Run run(const QStringList& arguments, const QByteArray& input = {})
    {
        return runCli(m_dataDir.path(), arguments, input);
    }

    static QString data(const char* relative)
    {
        return QStringLiteral(SIGNAALI_TEST_DATA "/") + QString::fromLatin1(relative);
    }

private slots:
    void instrumentsListsBuiltIns()
    {
        const Run r = run({QStringLiteral("instruments"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("instruments")).toArray();
        QStringList ids;
        for (const QJsonValue& v : list)
            ids << v.toObject().value(QStringLiteral("id")).toString();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("gad-7"), QStringLiteral("phq-a"),
                                   QStringLiteral("signaali-youth"), QStringLiteral("who-5")}));
        const Run table = run({QStringLiteral("instruments")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("needs official wording"));
    }

    void validateGoodAndBad()
    {
        const Run good =
            run({QStringLiteral("validate"), data("instruments/example-complete.json")});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains("valid"));
        const Run bad =
            run({QStringLiteral("validate"), data("instruments/bad/overlapping-bands.json")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains(
                     QStringLiteral("overlapping-bands.json: $.domains[0].bands[1]: band 'watch'")),
                 qPrintable(bad.err));
        QCOMPARE(run({QStringLiteral("validate"), data("no-such-file.json")}).exitCode, 2);
    }

    void scorePrintsResultJson()
    {
        const QByteArray answers =
            R"({"answers": {"item1": 3, "item2": 2, "item3": 2, "item4": 1, "item5": 1,
            "item6": 2, "item7": 1, "item8": 1, "item9": 1}, "language": "en"})";
        const Run r =
            run({QStringLiteral("score"), QStringLiteral("--instrument"), QStringLiteral("phq-a"),
                 QStringLiteral("--answers"), QStringLiteral("-")},
                answers);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QStringLiteral("instrument")).toString(), QStringLiteral("phq-a"));
        QCOMPARE(result.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(result.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("total")).toDouble(), 14.0);
        QCOMPARE(result.value(QStringLiteral("band")).toString(), QStringLiteral("moderate"));
        QCOMPARE(result.value(QStringLiteral("level")).toString(), QStringLiteral("concern"));
        QCOMPARE(result.value(QStringLiteral("domains")).toArray().size(), 1);
        const QJsonObject first =
            result.value(QStringLiteral("flags")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("critical.item9"));
        QCOMPARE(first.value(QStringLiteral("critical")).toBool(), true);
    }

    void scoreWhoPrintsPercentageAndPrevious()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"answers": {"item1": 1, "item2": 1, "item3": 1, "item4": 2, "item5": 2},
                       "previous": {"item1": 5, "item2": 4, "item3": 4, "item4": 4, "item5": 5}})");
        file.close();
        const Run r = run({QStringLiteral("score"), QStringLiteral("--instrument"),
                           QStringLiteral("who-5"), QStringLiteral("--answers"), path,
                           QStringLiteral("--language"), QStringLiteral("sv")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QStringLiteral("total")).toDouble(), 7.0);
        QCOMPARE(result.value(QStringLiteral("percentage")).toDouble(), 28.0);
        QCOMPARE(result.value(QStringLiteral("language")).toString(), QStringLiteral("sv"));
        QStringList codes;
        for (const QJsonValue& flag : result.value(QStringLiteral("flags")).toArray())
            codes << flag.toObject().value(QStringLiteral("code")).toString();
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("threshold.total"), QStringLiteral("change.total")}));
    }

    void scoreFromInstrumentFileAndWording()
    {
        const Run r =
            run({QStringLiteral("score"), QStringLiteral("--instrument"),
                 data("instruments/example-complete.json"), QStringLiteral("--answers"),
                 QStringLiteral("-")},
                R"({"answers": {"mood1": 3, "mood2": 3, "mood3": 0, "bullied": 0, "sleep1": 8}})");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("total")).toDouble(),
                 12.0);

        const Run listed = run({QStringLiteral("instruments"), QStringLiteral("--json"),
                                QStringLiteral("--wording"), data("wording")});
        QVERIFY(listed.out.contains("\"administrable\": [\n                \"en\""));
    }

    void badAnswersExitTwoNamingThePlace_data()
    {
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown item")
            << QByteArray(R"({"answers": {"item10": 1}})")
            << QStringLiteral(
                   "<stdin>: $.answers.item10: unknown item 'item10' in instrument 'phq-a'");
        QTest::newRow("out of range")
            << QByteArray(R"({"answers": {"item2": 4}})")
            << QStringLiteral("<stdin>: $.answers.item2: answer 4 to item 'item2' is out of range");
        QTest::newRow("previous") << QByteArray(R"({"answers": {}, "previous": {"item2": -1}})")
                                  << QStringLiteral("$.previous.item2");
        QTest::newRow("malformed")
            << QByteArray("{\"answers\": {\n  \"item1\": 1,\n  \"item2\" 2}}")
            << QStringLiteral("<stdin>: line 3, column 12");
        QTest::newRow("not a number") << QByteArray(R"({"answers": {"item1": "two"}})")
                                      << QStringLiteral("$.answers.item1: expected a number");
        QTest::newRow("no answers")
            << QByteArray(R"({"answer": {}})") << QStringLiteral("unknown field 'answer'");
        QTest::newRow("language") << QByteArray(R"({"answers": {}, "language": "de"})")
                                  << QStringLiteral("$.language: unsupported language 'de'");
    }
    void badAnswersExitTwoNamingThePlace()
    {
        QFETCH(QByteArray, answers);
        QFETCH(QString, message);
        const Run r =
            run({QStringLiteral("score"), QStringLiteral("--instrument"), QStringLiteral("phq-a"),
                 QStringLiteral("--answers"), QStringLiteral("-")},
                answers);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(
            run({QStringLiteral("score"), QStringLiteral("--instrument"), QStringLiteral("phq-a")})
                .exitCode,
            2);
        const Run unknown =
            run({QStringLiteral("score"), QStringLiteral("--instrument"), QStringLiteral("nope"),
                 QStringLiteral("--answers"), QStringLiteral("-")},
                "{}");
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown instrument 'nope'")));
        QCOMPARE(run({QStringLiteral("score"), QStringLiteral("--help")}).exitCode, 0);
    }

    void benchPrintsFigures()
    {
        const Run r = run({QStringLiteral("bench"), QStringLiteral("scoring"),
                           QStringLiteral("--count"), QStringLiteral("500")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject figures = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(figures.value(QStringLiteral("questionnaires")).toInt(), 500);
        QCOMPARE(figures.value(QStringLiteral("instrument")).toString(),
                 QStringLiteral("signaali-youth"));
        QVERIFY(figures.value(QStringLiteral("perSecond")).toDouble() > 0);
        QCOMPARE(run({QStringLiteral("bench"), QStringLiteral("nothing")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
