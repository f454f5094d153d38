// Every input a fuzzing harness once crashed or hung on, kept in
// tests/data/fuzz/<harness>/, runs through the same code in the normal suite;
// the seeds in tests/data run too, so the harnesses themselves stay working.
#include "FuzzTargets.h"

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
        };
        int count = 0;
        for (const QString& folder : folders)
            runAll(folder, targets.at(harness), &count);
        QVERIFY2(count > 0, "no inputs found");
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
