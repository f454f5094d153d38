// Official wording files merged over a validated instrument's short labels.
#include "core/InstrumentCatalog.h"
#include "core/Wording.h"

#include <QTemporaryDir>
#include <QTest>

using namespace signaali;

class TestWording : public QObject
{
    Q_OBJECT

private slots:
    void wordingFileReplacesLabelsAndAllowsKiosk()
    {
        Instrument phq = *InstrumentCatalog::builtIn().find(QStringLiteral("phq-a"));
        QVERIFY(!phq.canAdminister(QStringLiteral("en")));
        const QString shortLabel = phq.items[0].text.text(QStringLiteral("en"));
        const auto error =
            Wording::applyFile(phq, QStringLiteral(SIGNAALI_TEST_DATA "/wording/phq-a.en.json"));
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QVERIFY(phq.canAdminister(QStringLiteral("en")));
        QVERIFY(!phq.canAdminister(QStringLiteral("fi")));
        QVERIFY(phq.items[0].text.text(QStringLiteral("en")) != shortLabel);
        QVERIFY(phq.items[0]
                    .text.text(QStringLiteral("en"))
                    .startsWith(QStringLiteral("[Example wording]")));
        QCOMPARE(phq.items[1].text.text(QStringLiteral("fi")),
                 QStringLiteral("Alakulo tai toivottomuus")); // other languages untouched
        QVERIFY(phq.scales[0]
                    .options[0]
                    .label.text(QStringLiteral("en"))
                    .startsWith(QStringLiteral("[Example wording]")));
    }

    void catalogPicksUpWordingFolder()
    {
        const InstrumentCatalog catalog =
            InstrumentCatalog::load({}, QStringLiteral(SIGNAALI_TEST_DATA "/wording"));
        QVERIFY(catalog.problems().isEmpty());
        QVERIFY(catalog.find(QStringLiteral("phq-a"))->canAdminister(QStringLiteral("en")));
        QVERIFY(!catalog.find(QStringLiteral("gad-7"))->canAdminister(QStringLiteral("en")));
    }

    void badWordingNamesFieldAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown item")
            << QByteArray(R"({"instrument":"phq-a","language":"en","items":{"item10":"x"}})")
            << QStringLiteral("$.items.item10") << QStringLiteral("unknown item 'item10'");
        QTest::newRow("unknown code")
            << QByteArray(R"({"instrument":"phq-a","language":"en","options":{"freq4":{"7":"x"}}})")
            << QStringLiteral("$.options.freq4.7") << QStringLiteral("no option code 7");
        QTest::newRow("other instrument")
            << QByteArray(R"({"instrument":"gad-7","language":"en"})")
            << QStringLiteral("$.instrument") << QStringLiteral("wording is for 'gad-7'");
        QTest::newRow("language") << QByteArray(R"({"instrument":"phq-a","language":"de"})")
                                  << QStringLiteral("$.language")
                                  << QStringLiteral("'de' is not one of");
        QTest::newRow("malformed") << QByteArray("{\"instrument\":\n\"phq-a\" \"language\"}")
                                   << QStringLiteral("line 2, column 10") << QString();
    }
    void badWordingNamesFieldAndChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("phq-a.en.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        Instrument phq = *InstrumentCatalog::builtIn().find(QStringLiteral("phq-a"));
        const QString before = phq.items[0].text.text(QStringLiteral("en"));
        const auto error = Wording::applyFile(phq, path);
        QVERIFY(error);
        QCOMPARE(error->file, path);
        QCOMPARE(error->where, where);
        QVERIFY2(error->message.contains(message), qPrintable(error->message));
        QCOMPARE(phq.items[0].text.text(QStringLiteral("en")), before);
        QVERIFY(!phq.canAdminister(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
