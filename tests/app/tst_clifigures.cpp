// signaali-cli figures and bench dashboard as a process, on a small demo database.
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCliFigures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_sheets = 0;
    QString db() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    CliRun run(QStringList arguments, const QByteArray& input = {})
    {
        // Set-up encrypts the database and writes the recovery sheet somewhere new.
        if (arguments.value(0) == QLatin1String("setup"))
            arguments << QStringLiteral("--recovery-sheet")
                      << m_dir.filePath(QStringLiteral("recovery-%1.txt").arg(++m_sheets));
        arguments << QStringLiteral("--db") << db();
        return runCli(m_dir.path(), arguments, input);
    }
    // figures as the coordinator (every school), signed in with the password on stdin.
    CliRun figures(const QStringList& arguments, const char* user = "koordinaattori")
    {
        return run(QStringList{QStringLiteral("figures")} + arguments +
                       QStringList{QStringLiteral("--user"), QString::fromLatin1(user)},
                   kPassword);
    }
    static inline const QByteArray kPassword = "figures password 1\n";
    QString out(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        const CliRun demo =
            run({QStringLiteral("generate-demo"), QStringLiteral("--pupils"), QStringLiteral("500"),
                 QStringLiteral("--rounds"), QStringLiteral("3")});
        QCOMPARE(demo.exitCode, 0);
        // The benchmark runs on a demo database without people's accounts.
        QVERIFY(QFile::copy(db(), m_dir.filePath(QStringLiteral("bench.db"))));
        const CliRun setup = run(
            {QStringLiteral("setup"), QStringLiteral("--municipality"), QStringLiteral("Demola"),
             QStringLiteral("--school"), QStringLiteral("Keskuskoulu"), QStringLiteral("--admin"),
             QStringLiteral("admin"), QStringLiteral("--admin-name"), QStringLiteral("Anna Admin"),
             QStringLiteral("--nurse"), QStringLiteral("hoitaja"), QStringLiteral("--nurse-name"),
             QStringLiteral("Hilkka Hoitaja")},
            kPassword + kPassword);
        QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
        for (const auto& [name, role] :
             {std::pair{"koordinaattori", "coordinator"}, std::pair{"ryhma", "welfare_group"},
              std::pair{"psykologi", "case_team"}}) {
            QStringList add{
                QStringLiteral("user"),    QStringLiteral("add"),     QString::fromLatin1(name),
                QStringLiteral("--name"),  QString::fromLatin1(name), QStringLiteral("--role"),
                QString::fromLatin1(role), QStringLiteral("--user"),  QStringLiteral("admin")};
            if (QLatin1String(role) == QLatin1String("welfare_group"))
                add << QStringLiteral("--school") << QStringLiteral("Rantakoulu");
            const CliRun added = run(add, kPassword + kPassword);
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
    }

    void needsASignedInUserWhoMaySeeFigures()
    {
        const QStringList arguments{QStringLiteral("--round"), QStringLiteral("syksy 2026"),
                                    QStringLiteral("--out"), out("anyone.csv")};
        const CliRun anonymous = run(QStringList{QStringLiteral("figures")} + arguments);
        QCOMPARE(anonymous.exitCode, 2);
        QVERIFY2(anonymous.err.contains(QLatin1String("--user")), qPrintable(anonymous.err));
        for (const char* refused : {"admin", "psykologi"}) {
            const CliRun r = figures(arguments, refused);
            QCOMPARE(r.exitCode, 3);
            QVERIFY(!QFile::exists(out("anyone.csv")));
        }
        // A welfare group sees its own school only.
        const CliRun own = figures({QStringLiteral("--round"), QStringLiteral("syksy 2026"),
                                    QStringLiteral("--by"), QStringLiteral("school"),
                                    QStringLiteral("--out"), out("own.csv")},
                                   "ryhma");
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        QFile file(out("own.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(QLatin1String("Rantakoulu")));
        QVERIFY(!csv.contains(QLatin1String("Keskuskoulu,")));
        const CliRun other = figures({QStringLiteral("--round"), QStringLiteral("syksy 2026"),
                                      QStringLiteral("--school"), QStringLiteral("Keskuskoulu"),
                                      QStringLiteral("--out"), out("other.csv")},
                                     "ryhma");
        QCOMPARE(other.exitCode, 2);
        QVERIFY(!QFile::exists(out("other.csv")));
        // Every export is in the audit log.
        const CliRun log =
            run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                 out("audit.csv"), QStringLiteral("--user"), QStringLiteral("admin")},
                kPassword);
        QVERIFY2(log.exitCode == 0, qPrintable(log.err));
        QFile audit(out("audit.csv"));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(audit.readAll().contains(",ryhma,welfare_group,export.figures,"));
    }

    void exportsTheProtectedTableAsCsv()
    {
        const CliRun r =
            figures({QStringLiteral("--round"), QStringLiteral("syksy 2026"),
                     QStringLiteral("--by"), QStringLiteral("class"), QStringLiteral("--gender"),
                     QStringLiteral("--out"), out("classes.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json().value(QStringLiteral("rows")).toInt() > 0);
        QCOMPARE(r.json().value(QStringLiteral("threshold")).toInt(), 10);
        QFile file(out("classes.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.startsWith(QLatin1String("round,breakdown,school,grade,group,gender,domain,"
                                             "respondents,ok,watch,concern")));
        // Classes of about 20 split by gender: small counts and small groups abound,
        // and appear as ranges or dashes, never as numbers.
        QVERIFY(csv.contains(QStringLiteral(",1\u20134,")));
        QVERIFY(csv.contains(QStringLiteral(",\u2013,")));
        QVERIFY(csv.contains(QLatin1String("# Groups with fewer than 10 respondents")));
        QVERIFY2(!csv.contains(QLatin1String("Korhonen")), "no names in figures");
    }

    void exportsXlsx()
    {
        const CliRun r = figures({QStringLiteral("--round"), QStringLiteral("syksy 2026"),
                                  QStringLiteral("--by"), QStringLiteral("municipality"),
                                  QStringLiteral("--out"), out("municipality.xlsx")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
        QCOMPARE(r.json().value(QStringLiteral("rows")).toInt(), 13);
        QFile file(out("municipality.xlsx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("PK")); // a zip container, as .xlsx is
    }

    void badInputNamesTheOptionAndWritesNothing()
    {
        const QList<std::pair<QStringList, QString>> cases{
            {{QStringLiteral("--round"), QStringLiteral("no such round")},
             QStringLiteral("--round")},
            {{QStringLiteral("--round"), QStringLiteral("syksy 2026"), QStringLiteral("--by"),
              QStringLiteral("street")},
             QStringLiteral("--by")},
            {{QStringLiteral("--round"), QStringLiteral("syksy 2026"), QStringLiteral("--format"),
              QStringLiteral("pdf")},
             QStringLiteral("--format")},
            {{QStringLiteral("--round"), QStringLiteral("syksy 2026"), QStringLiteral("--school"),
              QStringLiteral("Nowhere")},
             QStringLiteral("--school")},
            {{QStringLiteral("--round"), QStringLiteral("syksy 2026"), QStringLiteral("--domain"),
              QStringLiteral("happiness")},
             QStringLiteral("domainIds")},
        };
        for (const auto& [arguments, field] : cases) {
            const CliRun r =
                figures(QStringList{QStringLiteral("--out"), out("refused.csv")} + arguments);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(field), qPrintable(r.err));
            QVERIFY(!QFile::exists(out("refused.csv")));
        }
        const CliRun noOut = figures({QStringLiteral("--round"), QStringLiteral("syksy 2026")});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.err.contains(QLatin1String("--out")));
    }

    void thresholdIsSetByAnAdministratorOnly()
    {
        // Encrypted: even the threshold is read by a signed-in user only.
        QCOMPARE(run({QStringLiteral("threshold")}).exitCode, 2);
        const CliRun shown =
            run({QStringLiteral("threshold"), QStringLiteral("--user"), QStringLiteral("admin")},
                kPassword);
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QStringLiteral("threshold")).toInt(), 10);
        const QStringList set{QStringLiteral("threshold"), QStringLiteral("--set"),
                              QStringLiteral("12"), QStringLiteral("--user")};
        QCOMPARE(run(set + QStringList{QStringLiteral("koordinaattori")}, kPassword).exitCode, 3);
        const QStringList low{QStringLiteral("threshold"), QStringLiteral("--set"),
                              QStringLiteral("4"), QStringLiteral("--user"),
                              QStringLiteral("admin")};
        const CliRun tooLow = run(low, kPassword);
        QCOMPARE(tooLow.exitCode, 2);
        QVERIFY(tooLow.err.contains(QLatin1String("minimum 5")));
        const CliRun done = run(set + QStringList{QStringLiteral("admin")}, kPassword);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(done.json().value(QStringLiteral("threshold")).toInt(), 12);
        QCOMPARE(run({QStringLiteral("threshold"), QStringLiteral("--set"), QStringLiteral("10"),
                      QStringLiteral("--user"), QStringLiteral("admin")},
                     kPassword)
                     .exitCode,
                 0);
    }

    void benchDashboardPrintsOneJsonObject()
    {
        const CliRun refused = run({QStringLiteral("bench"), QStringLiteral("dashboard")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("demo databases")), qPrintable(refused.err));
        const CliRun r = runCli(m_dir.path(), {QStringLiteral("bench"), QStringLiteral("dashboard"),
                                               QStringLiteral("--repeats"), QStringLiteral("1"),
                                               QStringLiteral("--db"),
                                               m_dir.filePath(QStringLiteral("bench.db"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("benchmark")).toString(), QStringLiteral("dashboard"));
        const QJsonObject queries = json.value(QStringLiteral("queries")).toObject();
        for (const char* name :
             {"municipality", "school", "perSchool", "perGradeOfSchool", "perClassOfSchool",
              "municipalityByGender", "trendMunicipality", "groupSignalsSchools"})
            QVERIFY2(queries.value(QLatin1String(name))
                             .toObject()
                             .value(QLatin1String("coldMs"))
                             .toDouble() > 0,
                     name);
        const QJsonObject scan = json.value(QStringLiteral("scan")).toObject();
        QVERIFY(scan.value(QStringLiteral("sameCounts")).toBool());
        QVERIFY(json.value(QStringLiteral("ratio"))
                    .toObject()
                    .value(QStringLiteral("municipality"))
                    .toDouble() > 0);
        const CliRun missing =
            runCli(m_dir.path(), {QStringLiteral("bench"), QStringLiteral("dashboard"),
                                  QStringLiteral("--db"), out("missing.db")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFile::exists(out("missing.db")));
    }
};

QTEST_GUILESS_MAIN(TestCliFigures)
#include "tst_clifigures.moc"
