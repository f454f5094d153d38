// signaali-cli codes: printable one-time check-in codes for a class.
#include "CliRunner.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliKiosk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_sheets = 0;
    CliRun run(QStringList arguments, const QByteArray& input = {})
    {
        // Set-up encrypts the database and writes the recovery sheet somewhere new.
        if (arguments.value(0) == QLatin1String("setup"))
            arguments << QStringLiteral("--recovery-sheet")
                      << m_dir.filePath(QStringLiteral("recovery-%1.txt").arg(++m_sheets));
        arguments << QStringLiteral("--db") << m_dir.filePath(QStringLiteral("cli.db"));
        return runCli(m_dir.path(), arguments, input);
    }
    // The codes name pupils: the nurse of the school prints them.
    CliRun asNurse(QStringList arguments)
    {
        return run(arguments << QStringLiteral("--user") << QStringLiteral("hoitaja"),
                   "hoitajan salasana\n");
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(
            run({QStringLiteral("setup"), QStringLiteral("--municipality"), QStringLiteral("Kunta"),
                 QStringLiteral("--school"), QStringLiteral("Koulu"), QStringLiteral("--admin"),
                 QStringLiteral("admin"), QStringLiteral("--admin-name"),
                 QStringLiteral("Anna Admin"), QStringLiteral("--nurse"), QStringLiteral("hoitaja"),
                 QStringLiteral("--nurse-name"), QStringLiteral("Hilkka Hoitaja")},
                "ylläpitäjän salasana\nhoitajan salasana\n")
                .exitCode,
            0);
        QCOMPARE(asNurse({QStringLiteral("import-roster"),
                          QStringLiteral(SIGNAALI_TEST_DATA "/rosters/utf8-comma-fi.csv"),
                          QStringLiteral("--school"), QStringLiteral("Koulu")})
                     .exitCode,
                 0);
        QCOMPARE(
            asNurse({QStringLiteral("rounds"), QStringLiteral("--create"), QStringLiteral("syksy")})
                .exitCode,
            0);
    }

    void codesAreMadeOnceAndDistinct()
    {
        const QStringList args{QStringLiteral("codes"), QStringLiteral("--school"),
                               QStringLiteral("Koulu"), QStringLiteral("--class"),
                               QStringLiteral("7a"),    QStringLiteral("--round"),
                               QStringLiteral("syksy")};
        const CliRun first = asNurse(args);
        QCOMPARE(first.exitCode, 0);
        const QJsonArray codes = first.json().value(QStringLiteral("codes")).toArray();
        QVERIFY(codes.size() >= 2);
        QSet<QString> distinct;
        for (const auto& entry : codes) {
            const QString code = entry.toObject().value(QStringLiteral("code")).toString();
            QCOMPARE(code.size(), 6);
            QVERIFY(!entry.toObject().value(QStringLiteral("name")).toString().isEmpty());
            distinct.insert(code);
        }
        QCOMPARE(distinct.size(), codes.size());
        QCOMPARE(asNurse(args).json().value(QStringLiteral("codes")).toArray(), codes);

        const CliRun csv =
            asNurse(QStringList(args) << QStringLiteral("--format") << QStringLiteral("csv"));
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("name,code\n"));
        QCOMPARE(csv.out.count('\n'), codes.size() + 1);

        const CliRun anonymous = run(args);
        QCOMPARE(anonymous.exitCode, 2);
        QVERIFY(anonymous.out.isEmpty());
        const CliRun admin =
            run(QStringList(args) << QStringLiteral("--user") << QStringLiteral("admin"),
                "ylläpitäjän salasana\n");
        QCOMPARE(admin.exitCode, 3);
        QVERIFY(admin.out.isEmpty());
    }

    void unknownClassIsNamed()
    {
        const CliRun r =
            asNurse({QStringLiteral("codes"), QStringLiteral("--school"), QStringLiteral("Koulu"),
                     QStringLiteral("--class"), QStringLiteral("9Z"), QStringLiteral("--round"),
                     QStringLiteral("syksy")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("9Z")));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliKiosk)
#include "tst_clikiosk.moc"
