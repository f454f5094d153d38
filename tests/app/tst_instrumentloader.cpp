#include "core/InstrumentCatalog.h"
#include "core/InstrumentLoader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace signaali;

class TestInstrumentLoader : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString& name)
    {
        return QStringLiteral(SIGNAALI_TEST_DATA "/instruments/") + name;
    }

private slots:
    void completeExampleLoads()
    {
        const Loaded<Instrument> loaded =
            InstrumentLoader::fromFile(fixture(QStringLiteral("example-complete.json")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const Instrument& in = *loaded.value;
        QCOMPARE(in.id, QStringLiteral("example-complete"));
        QCOMPARE(in.version, QStringLiteral("2.1"));
        QCOMPARE(in.items.size(), 12);
        QCOMPARE(in.domains.size(), 5);
        QCOMPARE(in.scale(QStringLiteral("yn"))->options.size(), 2);
        QCOMPARE(in.scale(QStringLiteral("yn"))->options[1].label.text(QStringLiteral("sv")),
                 QStringLiteral("Ja"));
        QCOMPARE(in.scale(QStringLiteral("hours"))->points.size(), 3);
        QCOMPARE(in.possibleRange(*in.domain(QStringLiteral("mood"))), std::make_pair(0.0, 12.0));
        QCOMPARE(in.possibleRange(*in.domain(QStringLiteral("sleep"))), std::make_pair(0.0, 5.0));
        QVERIFY(in.item(QStringLiteral("bulliedWhere"))->showIf.has_value());
        QCOMPARE(in.critical.size(), 2);
        QCOMPARE(in.accumulationMinWatch.value_or(0), 2);
        QVERIFY(in.item(QStringLiteral("mood1"))->required);
        QVERIFY(!in.item(QStringLiteral("mood2"))->required);
    }

    void shippedInstrumentsValidate_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(SIGNAALI_SOURCE_DIR "/resources/instruments"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
            if (!name.endsWith(QLatin1String(".schema.json")))
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void shippedInstrumentsValidate()
    {
        QFETCH(QString, file);
        const Loaded<Instrument> loaded = InstrumentLoader::fromFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.value->languages,
                 (QStringList{QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}));
    }

    void builtInCatalog()
    {
        const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
        QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().value(0).toString()));
        for (const char* id : {"signaali-youth", "phq-a", "gad-7", "who-5"})
            QVERIFY2(catalog.find(QString::fromLatin1(id)), id);
        const Instrument* youth = catalog.find(QStringLiteral("signaali-youth"));
        QVERIFY(youth->items.size() >= 40 && youth->items.size() <= 60);
        QCOMPARE(youth->domains.size(), 12);
        QVERIFY(!youth->critical.isEmpty());
        QVERIFY(youth->canAdminister(QStringLiteral("sv")));
        QVERIFY(!catalog.find(QStringLiteral("phq-a"))->canAdminister(QStringLiteral("fi")));
        QCOMPARE(catalog.find(QStringLiteral("phq-a"))->items.size(), 9);
        QCOMPARE(catalog.find(QStringLiteral("gad-7"))->items.size(), 7);
        QCOMPARE(catalog.find(QStringLiteral("who-5"))->items.size(), 5);
    }

    void leadInIsAnOptionalTextInEveryLanguage()
    {
        const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
        const Instrument* youth = catalog.find(QStringLiteral("signaali-youth"));
        const Item* safety = youth->item(QStringLiteral("safety1"));
        for (const QString& language : youth->languages)
            QVERIFY2(safety->leadIn.has(language), language.toUtf8().constData());
        QVERIFY(youth->item(QStringLiteral("mood1"))->leadIn.isEmpty());

        // A lead-in missing a language is refused like any other text.
        QFile file(fixture(QStringLiteral("example-complete.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("leadIn"),
                     QJsonObject{{QStringLiteral("fi"), QStringLiteral("Seuraavaksi...")}});
        items.replace(0, first);
        root.insert(QStringLiteral("items"), items);
        const Loaded<Instrument> loaded = InstrumentLoader::fromJson(
            QJsonDocument(root).toJson(), QStringLiteral("lead-in.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.where, QStringLiteral("$.items[0].leadIn"));
        QVERIFY2(loaded.error.message.contains(QStringLiteral("missing translation for 'sv'")),
                 qPrintable(loaded.error.message));
    }

    void badFilesNameFilePathAndProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        auto row = [](const char* file, const char* where, const char* message) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(where)
                                << QString::fromLatin1(message);
        };
        row("malformed.json", "line 7, column 4", "unterminated object");
        row("unknown-domain-item.json", "$.domains[0].items[3]",
            "unknown item 'mood9' in domain 'mood'");
        row("overlapping-bands.json", "$.domains[0].bands[1]",
            "band 'watch' (4-7) overlaps band 'ok' (0-4)");
        row("cutoff-outside-range.json", "$.domains[0].bands[2]",
            "band 'concern' (8-30) has a cut-off outside the possible range 0-12");
        row("condition-later-item.json", "$.items[1].showIf.item",
            "condition refers to item 'sleep2', which comes later");
        row("missing-translation.json", "$.items[0].text", "missing translation for 'sv'");
        row("unknown-scale.json", "$.items[0].scale", "unknown scale 'freq5'");
        row("duplicate-item.json", "$.items[1].id", "duplicate item id 'mood1'");
        row("band-not-from-lowest.json", "$.domains[1].bands[0].min",
            "the first band must start at the lowest possible value 0");
        row("misspelt-field.json", "$.domains[0]", "unknown field 'bandz'");
        row("yesno-codes.json", "$.scales[2].options",
            "a yes/no scale has exactly the codes 0 and 1");
        row("critical-unknown-item.json", "$.critical[0].item", "unknown item 'nosuch'");
        row("wrong-type.json", "$.items[0].required", "expected true or false");
        row("unknown-level.json", "$.domains[0].bands[1].level", "unknown level 'amber'");
        row("reliability-out-of-range.json", "$.domains[0].reliableChange.reliability",
            "must be between 0 and 1");
    }
    void badFilesNameFilePathAndProblem()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const QString path = fixture(QStringLiteral("bad/") + file);
        const Loaded<Instrument> loaded = InstrumentLoader::fromFile(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, path);
        QCOMPARE(loaded.error.where, where);
        QVERIFY2(loaded.error.message.contains(message), qPrintable(loaded.error.message));
        QVERIFY(loaded.error.toString().startsWith(path + QStringLiteral(": ") + where));
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"x\"");
        QTest::newRow("items not array") << QByteArray(
            R"({"format":1,"id":"x","version":"1","languages":["en"],"title":{"en":"t"},"instructions":{"en":"i"},"source":{"en":"s"},"scales":[],"items":{}})");
        QTest::newRow("bad language")
            << QByteArray(R"({"format":1,"id":"x","version":"1","languages":["de"]})");
        QTest::newRow("format 2") << QByteArray(R"({"format":2})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    }
    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, json);
        const Loaded<Instrument> loaded =
            InstrumentLoader::fromJson(json, QStringLiteral("garbage.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, QStringLiteral("garbage.json"));
        QVERIFY(!loaded.error.message.isEmpty());
    }

    // Every truncation of a valid file is refused cleanly, never crashes.
    void truncatedFilesRefused()
    {
        QFile file(fixture(QStringLiteral("example-complete.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        for (qsizetype cut = 0; cut < json.size() - 2; cut += 97)
            QVERIFY(!InstrumentLoader::fromJson(json.left(cut), QStringLiteral("t.json")).ok());
    }
    // Looking items up by id is indexed: a long instrument loads in linear
    // time (30 000 items once took 6.5 s, 60 000 items 35 s).
    void longInstrumentLoadsInLinearTime()
    {
        QFile file(fixture(QStringLiteral("example-complete.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        constexpr int extra = 30000;
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QJsonArray ids;
        for (int i = 0; i < extra; ++i) {
            const QString id = QStringLiteral("long%1").arg(i);
            items.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("scale"), QStringLiteral("freq4")},
                            {QStringLiteral("text"), QJsonObject{{QStringLiteral("fi"), id},
                                                                 {QStringLiteral("sv"), id},
                                                                 {QStringLiteral("en"), id}}}});
            ids.append(id);
        }
        root.insert(QStringLiteral("items"), items);
        QJsonArray domains = root.value(QStringLiteral("domains")).toArray();
        QJsonObject domain = domains.at(0).toObject();
        domain.insert(QStringLiteral("id"), QStringLiteral("long"));
        domain.insert(QStringLiteral("items"), ids);
        domain.insert(QStringLiteral("scoring"),
                      QJsonObject{{QStringLiteral("method"), QStringLiteral("sum")}});
        QJsonArray bands = domain.value(QStringLiteral("bands")).toArray();
        QJsonObject only = bands.at(0).toObject();
        only.insert(QStringLiteral("max"), 3 * extra);
        domain.insert(QStringLiteral("bands"), QJsonArray{only});
        domains.append(domain);
        root.insert(QStringLiteral("domains"), domains);
        const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);

        QElapsedTimer timer;
        timer.start();
        const Loaded<Instrument> loaded =
            InstrumentLoader::fromJson(json, QStringLiteral("long.json"));
        const qint64 ms = timer.elapsed();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.value->items.size(), 12 + extra);
        QVERIFY(loaded.value->item(QStringLiteral("long29999")));
        QCOMPARE(loaded.value->itemIndex(QStringLiteral("long0")), 12);
        qInfo("%d items loaded in %lld ms", 12 + extra, ms);
        // A quadratic loader takes minutes here; the bound leaves room for a
        // sanitizer build on a busy machine.
#if defined(__SANITIZE_ADDRESS__)
        const qint64 bound = 8000;
#else
        const qint64 bound = 2000;
#endif
        QVERIFY2(ms < bound, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    // A device or a huge file is refused after reading at most the limit.
    void endlessFileRefused()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        const Loaded<Instrument> loaded = InstrumentLoader::fromFile(QStringLiteral("/dev/zero"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error.file, QStringLiteral("/dev/zero"));
        QVERIFY2(loaded.error.message.contains(QStringLiteral("too large")),
                 qPrintable(loaded.error.message));
    }

    // An instrument whose items were appended by hand (no index) still finds them.
    void handMadeInstrumentFindsItems()
    {
        Instrument in;
        Item a;
        a.id = QStringLiteral("a");
        Item b;
        b.id = QStringLiteral("b");
        in.items << a << b;
        QCOMPARE(in.itemIndex(QStringLiteral("b")), 1);
        in.addItem(Item{});
        QVERIFY(in.item(QStringLiteral("a")));
        QVERIFY(!in.item(QStringLiteral("zz")));
    }
};

QTEST_GUILESS_MAIN(TestInstrumentLoader)
#include "tst_instrumentloader.moc"
