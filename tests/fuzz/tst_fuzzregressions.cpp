// Every input a fuzzing harness once crashed or hung on, kept in
// tests/data/fuzz/<harness>/, runs through the same code in the normal suite;
// the seeds in tests/data run too, so the harnesses themselves stay working.
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <functional>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static void runAll(const QString& folder, const std::function<void(const QByteArray&)>& target,
                       int* count)
    {
        QDirIterator it(QStringLiteral(SIGNAALI_TEST_DATA "/") + folder, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            target(file.readAll());
            ++*count;
        }
    }

private slots:
    void inputs_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QStringList>("folders");
        QTest::newRow("instrument")
            << QStringLiteral("instrument")
            << QStringList{QStringLiteral("fuzz/fuzz_instrument"), QStringLiteral("instruments")};
        QTest::newRow("answers") << QStringLiteral("answers")
                                 << QStringList{QStringLiteral("fuzz/fuzz_answers"),
                                                QStringLiteral("answers")};
        QTest::newRow("roster") << QStringLiteral("roster")
                                << QStringList{QStringLiteral("fuzz/fuzz_roster"),
                                               QStringLiteral("rosters")};
        QTest::newRow("wording") << QStringLiteral("wording")
                                 << QStringList{QStringLiteral("fuzz/fuzz_wording"),
                                                QStringLiteral("wording")};
        QTest::newRow("keyheader")
            << QStringLiteral("keyheader")
            << QStringList{QStringLiteral("fuzz/fuzz_keyheader"), QStringLiteral("keyheaders")};
        QTest::newRow("bundle") << QStringLiteral("bundle")
                                << QStringList{QStringLiteral("fuzz/fuzz_bundle"),
                                               QStringLiteral("bundles")};
    }
    void inputs()
    {
        QFETCH(QString, harness);
        QFETCH(QStringList, folders);
        const std::map<QString, std::function<void(const QByteArray&)>> targets{
            {QStringLiteral("instrument"), signaali::fuzz::instrument},
            {QStringLiteral("answers"), signaali::fuzz::answers},
            {QStringLiteral("roster"), signaali::fuzz::roster},
            {QStringLiteral("wording"), signaali::fuzz::wording},
            {QStringLiteral("keyheader"), signaali::fuzz::keyHeader},
            {QStringLiteral("bundle"), signaali::fuzz::bundle},
        };
        int count = 0;
        for (const QString& folder : folders)
            runAll(folder, targets.at(harness), &count);
        QVERIFY2(count > 0, "no inputs found");
    }
};

// The bundle seeds open under the harness's keys as far as the last record, so
// the fuzzer starts from whole bundles. SIGNAALI_WRITE_BUNDLE_SEEDS=DIR writes
// a fresh set (tests/data/bundles was made so).
class TestBundleSeeds : public QObject
{
    Q_OBJECT
private slots:
    void seedsAreWholeBundles()
    {
        const QList<std::pair<QString, QList<QByteArray>>> seeds{
            {QStringLiteral("identified.bundle"),
             {R"({"t":"school","uuid":"s1","name":"Keskuskoulu"})",
              R"({"t":"pupil","uuid":"p1","school":"s1","last_name":"Testinen",)"
              R"("first_name":"Oppilas","date_of_birth":"2012-01-01","groups":[]})",
              R"({"t":"response","uuid":"r1","pupil":"p1","answers":{"q1":2}})"}},
            {QStringLiteral("summary.bundle"),
             {R"({"t":"round","uuid":"r1","name":"syksy 2026"})",
              R"({"t":"summary","round":"r1","school":"s1","counts":{"":[1,2,3]}})"}},
            {QStringLiteral("empty.bundle"), {}},
        };
        const QByteArray out = qgetenv("SIGNAALI_WRITE_BUNDLE_SEEDS");
        for (const auto& [name, records] : seeds) {
            const QByteArray bytes = signaali::fuzz::bundleSeed(
                records, name.startsWith(QLatin1String("summary")) ? QStringLiteral("summary")
                                                                   : QStringLiteral("identified"));
            QVERIFY(!bytes.isEmpty());
            if (!out.isEmpty()) {
                QFile file(QString::fromLocal8Bit(out) + QLatin1Char('/') + name);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(bytes);
            }
            QFile stored(QStringLiteral(SIGNAALI_TEST_DATA "/bundles/") + name);
            QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
            QCOMPARE(signaali::fuzz::bundleRecordsRead(stored.readAll()),
                     static_cast<qint64>(records.size()));
        }
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestFuzzRegressions regressions;
    TestBundleSeeds seeds;
    return QTest::qExec(&regressions, argc, argv) | QTest::qExec(&seeds, argc, argv);
}
#include "tst_fuzzregressions.moc"
