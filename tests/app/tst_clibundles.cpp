// Bundles from the command line, as separate processes on two encrypted
// databases ("laptops"): device lines compared by fingerprint, a screening on
// each, bundles both ways, a replay, refusals with their exit codes, and a
// summary for the coordinator.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kAdmin = "admin password 1\n";
const QByteArray kNurse = "nurse password 1\n";
const QByteArray kCoordinator = "coordinator password 1\n";
} // namespace

class TestCliBundles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    CliRun on(const QString& laptop, const char* user, QStringList arguments,
              const QByteArray& input)
    {
        arguments << QStringLiteral("--db") << path(laptop + QStringLiteral(".db"))
                  << QStringLiteral("--user") << QString::fromLatin1(user);
        return runCli(m_dir.path(), arguments, input);
    }
    void setUp(const QString& laptop)
    {
        const CliRun done = runCli(
            m_dir.path(),
            {QStringLiteral("setup"), QStringLiteral("--db"), path(laptop + QStringLiteral(".db")),
             QStringLiteral("--recovery-sheet"), path(laptop + QStringLiteral(".sheet")),
             QStringLiteral("--municipality"), QStringLiteral("Demola"), QStringLiteral("--school"),
             QStringLiteral("Keskuskoulu"), QStringLiteral("--admin"), QStringLiteral("admin"),
             QStringLiteral("--admin-name"), QStringLiteral("Anna Admin"),
             QStringLiteral("--nurse"), QStringLiteral("hoitaja"), QStringLiteral("--nurse-name"),
             QStringLiteral("Hilkka Hoitaja")},
            kAdmin + kNurse);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        const CliRun roster = on(laptop, "hoitaja",
                                 {QStringLiteral("import-roster"),
                                  QStringLiteral(SIGNAALI_TEST_DATA "/rosters/import/autumn.csv"),
                                  QStringLiteral("--school"), QStringLiteral("Keskuskoulu")},
                                 kNurse);
        QVERIFY2(roster.exitCode == 0, qPrintable(roster.err));
        QCOMPARE(
            on(laptop, "hoitaja",
               {QStringLiteral("rounds"), QStringLiteral("--create"), QStringLiteral("syksy 2026"),
                QStringLiteral("--starts"), QStringLiteral("2026-09-01")},
               kNurse)
                .exitCode,
            0);
    }
    QString pupilUuid(const QString& laptop, const QString& lastName)
    {
        const CliRun pupils = on(laptop, "hoitaja", {QStringLiteral("pupils")}, kNurse);
        for (const QJsonValue& p : pupils.json().value(QStringLiteral("pupils")).toArray())
            if (p.toObject().value(QStringLiteral("lastName")).toString() == lastName)
                return p.toObject().value(QStringLiteral("uuid")).toString();
        return {};
    }
    void record(const QString& laptop, const QString& lastName)
    {
        const QString answers = path(QStringLiteral("answers.json"));
        QFile file(answers);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"answers": {"item1": 1, "item2": 2, "item3": 0, "item4": 3, "item5": 1},
                       "language": "fi"})");
        file.close();
        const CliRun recorded =
            on(laptop, "hoitaja",
               {QStringLiteral("record"), QStringLiteral("--pupil"), pupilUuid(laptop, lastName),
                QStringLiteral("--instrument"), QStringLiteral("who-5"), QStringLiteral("--round"),
                QStringLiteral("syksy 2026"), QStringLiteral("--answers"), answers},
               kNurse);
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
    }
    void trust(const QString& at, const QString& other)
    {
        const CliRun shown =
            on(other, "admin", {QStringLiteral("device"), QStringLiteral("show")}, kAdmin);
        QCOMPARE(shown.exitCode, 0);
        const QString lineFile = path(other + QStringLiteral(".device"));
        QFile file(lineFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(shown.out);
        file.close();
        const auto match = QRegularExpression(QStringLiteral("# fingerprint (\\S+)"))
                               .match(QString::fromUtf8(shown.out));
        QVERIFY(match.hasMatch());
        // A fingerprint read wrong: nothing is trusted.
        const CliRun wrong = on(at, "admin",
                                {QStringLiteral("device"), QStringLiteral("trust"), lineFile,
                                 QStringLiteral("--name"), other, QStringLiteral("--fingerprint"),
                                 QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA")},
                                kAdmin);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(lineFile), qPrintable(wrong.err));
        // A nurse does not decide whom the installation trusts.
        QCOMPARE(on(at, "hoitaja",
                    {QStringLiteral("device"), QStringLiteral("trust"), lineFile,
                     QStringLiteral("--name"), other, QStringLiteral("--fingerprint"),
                     match.captured(1)},
                    kNurse)
                     .exitCode,
                 3);
        const CliRun trusted = on(at, "admin",
                                  {QStringLiteral("device"), QStringLiteral("trust"), lineFile,
                                   QStringLiteral("--name"), other, QStringLiteral("--fingerprint"),
                                   match.captured(1).toLower()},
                                  kAdmin);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
    }

private slots:
    void twoLaptopsExchangeBundles()
    {
        setUp(QStringLiteral("a"));
        setUp(QStringLiteral("b"));
        trust(QStringLiteral("a"), QStringLiteral("b"));
        trust(QStringLiteral("b"), QStringLiteral("a"));
        const CliRun list = on(QStringLiteral("a"), "hoitaja",
                               {QStringLiteral("device"), QStringLiteral("list")}, kNurse);
        QCOMPARE(list.json().value(QStringLiteral("devices")).toArray().size(), 1);

        record(QStringLiteral("a"), QStringLiteral("Mäkinen"));
        record(QStringLiteral("b"), QStringLiteral("Törmälä"));
        const QString ab = path(QStringLiteral("a-to-b.bundle"));
        const CliRun sent =
            on(QStringLiteral("a"), "hoitaja",
               {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                QStringLiteral("b"), QStringLiteral("--out"), ab},
               kNurse);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QCOMPARE(sent.json()
                     .value(QStringLiteral("records"))
                     .toObject()
                     .value(QStringLiteral("response"))
                     .toInt(),
                 1);
        // Neither names nor answers are readable in the file.
        QFile bundle(ab);
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const QByteArray bytes = bundle.readAll();
        QVERIFY(!bytes.contains("Mäkinen") && !bytes.contains("140312A904P"));
        QVERIFY(bundle.permissions() & QFileDevice::ReadOwner);
        QVERIFY(!(bundle.permissions() & QFileDevice::ReadOther));

        const CliRun received =
            on(QStringLiteral("b"), "hoitaja",
               {QStringLiteral("bundle"), QStringLiteral("import"), ab}, kNurse);
        QVERIFY2(received.exitCode == 0, qPrintable(received.err));
        QCOMPARE(received.json()
                     .value(QStringLiteral("added"))
                     .toObject()
                     .value(QStringLiteral("response"))
                     .toInt(),
                 1);
        QCOMPARE(received.json()
                     .value(QStringLiteral("added"))
                     .toObject()
                     .value(QStringLiteral("pupil"))
                     .toInt(),
                 0);
        const CliRun replay = on(QStringLiteral("b"), "hoitaja",
                                 {QStringLiteral("bundle"), QStringLiteral("import"), ab}, kNurse);
        QCOMPARE(replay.exitCode, 2);
        QVERIFY2(replay.err.contains(QStringLiteral("already been imported")),
                 qPrintable(replay.err));

        const QString ba = path(QStringLiteral("b-to-a.bundle"));
        QCOMPARE(on(QStringLiteral("b"), "hoitaja",
                    {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                     QStringLiteral("a"), QStringLiteral("--out"), ba},
                    kNurse)
                     .exitCode,
                 0);
        const CliRun back = on(QStringLiteral("a"), "hoitaja",
                               {QStringLiteral("bundle"), QStringLiteral("import"), ba}, kNurse);
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        for (const QString& laptop : {QStringLiteral("a"), QStringLiteral("b")}) {
            const CliRun results = on(laptop, "hoitaja", {QStringLiteral("results")}, kNurse);
            QCOMPARE(results.exitCode, 0);
            QCOMPARE(results.json().value(QStringLiteral("results")).toArray().size(), 2);
            const CliRun conflicts = on(
                laptop, "hoitaja", {QStringLiteral("bundle"), QStringLiteral("conflicts")}, kNurse);
            QCOMPARE(conflicts.exitCode, 0);
            QCOMPARE(conflicts.json().value(QStringLiteral("conflicts")).toArray().size(), 0);
        }

        // The administrator manages devices but sends no pupils' data; an
        // existing file is not replaced without --force; a missing file is named.
        QCOMPARE(
            on(QStringLiteral("a"), "admin",
               {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                QStringLiteral("b"), QStringLiteral("--out"), path(QStringLiteral("x.bundle"))},
               kAdmin)
                .exitCode,
            3);
        QCOMPARE(on(QStringLiteral("a"), "hoitaja",
                    {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                     QStringLiteral("b"), QStringLiteral("--out"), ab},
                    kNurse)
                     .exitCode,
                 2);
        const CliRun missing = on(QStringLiteral("a"), "hoitaja",
                                  {QStringLiteral("bundle"), QStringLiteral("import"),
                                   path(QStringLiteral("nothing.bundle"))},
                                  kNurse);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("nothing.bundle")));

        // Revoked: B's next bundle is refused at A.
        QCOMPARE(on(QStringLiteral("a"), "admin",
                    {QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("b")},
                    kAdmin)
                     .exitCode,
                 0);
        const QString later = path(QStringLiteral("later.bundle"));
        QCOMPARE(on(QStringLiteral("b"), "hoitaja",
                    {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                     QStringLiteral("a"), QStringLiteral("--out"), later},
                    kNurse)
                     .exitCode,
                 0);
        const CliRun revoked =
            on(QStringLiteral("a"), "hoitaja",
               {QStringLiteral("bundle"), QStringLiteral("import"), later}, kNurse);
        QCOMPARE(revoked.exitCode, 3);
        QVERIFY2(revoked.err.contains(QStringLiteral("revoked")), qPrintable(revoked.err));
    }

    void theCoordinatorReceivesCountsOnly()
    {
        // The coordinator's installation: set up, with a coordinator account.
        setUp(QStringLiteral("town"));
        const CliRun added =
            on(QStringLiteral("town"), "admin",
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("koordinaattori"),
                QStringLiteral("--name"), QStringLiteral("Kaija Koordinaattori"),
                QStringLiteral("--role"), QStringLiteral("coordinator")},
               kAdmin + kCoordinator);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        trust(QStringLiteral("a"), QStringLiteral("town"));
        trust(QStringLiteral("town"), QStringLiteral("a"));
        const QString summary = path(QStringLiteral("summary.bundle"));
        const CliRun sent =
            on(QStringLiteral("a"), "hoitaja",
               {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                QStringLiteral("town"), QStringLiteral("--kind"), QStringLiteral("summary"),
                QStringLiteral("--out"), summary},
               kNurse);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY(!sent.json()
                     .value(QStringLiteral("records"))
                     .toObject()
                     .contains(QStringLiteral("pupil")));
        // The town's own Keskuskoulu has no results, so the counts are taken;
        // the coordinator's one-time password is changed first.
        QCOMPARE(on(QStringLiteral("town"), "koordinaattori",
                    {QStringLiteral("password"), QStringLiteral("change")},
                    kCoordinator + "coordinator password 2\n")
                     .exitCode,
                 0);
        const CliRun got = on(QStringLiteral("town"), "koordinaattori",
                              {QStringLiteral("bundle"), QStringLiteral("import"), summary},
                              "coordinator password 2\n");
        QVERIFY2(got.exitCode == 0, qPrintable(got.err));
        QVERIFY(got.json()
                    .value(QStringLiteral("added"))
                    .toObject()
                    .value(QStringLiteral("summary"))
                    .toInt() > 0);
        // A nurse of the receiving installation does not receive a summary.
        const CliRun byNurse =
            on(QStringLiteral("town"), "hoitaja",
               {QStringLiteral("bundle"), QStringLiteral("import"), summary}, kNurse);
        QCOMPARE(byNurse.exitCode, 3);
        QVERIFY2(byNurse.err.contains(QStringLiteral("receive group counts")),
                 qPrintable(byNurse.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBundles)
#include "tst_clibundles.moc"
