// signaali-cli's database commands as a process, on a real database file.
#include "CliRunner.h"

#include "db/storage/Database.h"
#include "db/storage/DatabaseKeys.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

class TestCliDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_sheets = 0;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }
    CliRun run(QStringList arguments, const QByteArray& input = {})
    {
        // Set-up encrypts the database and writes the recovery sheet somewhere new.
        if (arguments.value(0) == QLatin1String("setup"))
            arguments << QStringLiteral("--recovery-sheet")
                      << m_dir.filePath(QStringLiteral("recovery-%1.txt").arg(++m_sheets));
        arguments << QStringLiteral("--db") << db();
        return runCli(m_dir.path(), arguments, input);
    }
    static QString data(const char* relative)
    {
        return QStringLiteral(SIGNAALI_TEST_DATA "/") + QString::fromLatin1(relative);
    }
    // Identified commands run as the nurse of Keskuskoulu, her password on stdin.
    CliRun asNurse(QStringList arguments)
    {
        return run(arguments << QStringLiteral("--user") << QStringLiteral("hoitaja"),
                   "hoitajan salasana\n");
    }
    CliRun asAdmin(QStringList arguments)
    {
        return run(arguments << QStringLiteral("--user") << QStringLiteral("admin"),
                   "ylläpitäjän salasana\n");
    }
    // The encrypted database opened in this process with the administrator's key.
    static std::unique_ptr<signaali::db::Database> openAsAdmin(const QString& path)
    {
        const auto key = signaali::db::DatabaseKeys::unlock(path, QStringLiteral("admin"),
                                                            QStringLiteral("ylläpitäjän salasana"));
        if (!key)
            return nullptr;
        signaali::db::Database::Options options;
        options.create = false;
        options.key = *key;
        signaali::db::OpenError error;
        return signaali::db::Database::open(path, options, &error);
    }
    // What the database holds, apart from the log and the sign-in counts
    // (every sign-in adds to those): the hash of every other table's rows.
    QByteArray contentHash()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        {
            auto database = openAsAdmin(db());
            if (!database)
                return {};
            QSqlDatabase& c = database->connection();
            QSqlQuery tables(c);
            tables.exec(
                QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                               "NOT IN ('audit_log', 'sign_in_failure', 'sqlite_sequence') "
                               "ORDER BY name"));
            while (tables.next()) {
                QSqlQuery rows(c);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(tables.value(0).toString()));
                hash.addData(tables.value(0).toString().toUtf8());
                while (rows.next())
                    for (int i = 0; i < rows.record().count(); ++i)
                        hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            }
        }
        return hash.result().toHex();
    }
    QJsonArray pupils()
    {
        return asNurse({QStringLiteral("pupils")}).json().value(QStringLiteral("pupils")).toArray();
    }

private slots:
    void initCreatesDatabase()
    {
        const CliRun r = run(
            {QStringLiteral("init"), QStringLiteral("--municipality"), QStringLiteral("Demola")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("schema version"));
        QCOMPARE(run({QStringLiteral("check")}).exitCode, 0);
        const CliRun setup = run(
            {QStringLiteral("setup"), QStringLiteral("--municipality"), QStringLiteral("Demola"),
             QStringLiteral("--school"), QStringLiteral("Keskuskoulu"), QStringLiteral("--admin"),
             QStringLiteral("admin"), QStringLiteral("--admin-name"), QStringLiteral("Anna Admin"),
             QStringLiteral("--nurse"), QStringLiteral("hoitaja"), QStringLiteral("--nurse-name"),
             QStringLiteral("Hilkka Hoitaja")},
            "ylläpitäjän salasana\nhoitajan salasana\n");
        QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    }

    void importRosterDryRunThenReal()
    {
        const QString file = data("rosters/import/autumn.csv");
        // Once there are accounts, changing pupils' data needs one.
        const CliRun anonymousImport =
            run({QStringLiteral("import-roster"), file, QStringLiteral("--school"),
                 QStringLiteral("Keskuskoulu")});
        QCOMPARE(anonymousImport.exitCode, 2);
        QVERIFY(anonymousImport.err.contains(QStringLiteral("--user")));
        const CliRun dry = asNurse({QStringLiteral("import-roster"), file,
                                    QStringLiteral("--school"), QStringLiteral("Keskuskoulu"),
                                    QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.json().value(QStringLiteral("added")).toInt(), 3);
        QCOMPARE(dry.json().value(QStringLiteral("committed")).toBool(), false);
        QCOMPARE(pupils().size(), 0);

        const CliRun real = asNurse({QStringLiteral("import-roster"), file,
                                     QStringLiteral("--school"), QStringLiteral("Keskuskoulu")});
        QCOMPARE(real.exitCode, 0);
        QVERIFY(real.out.contains("3 added, 0 updated, 0 unchanged, 0 rejected (saved)"));
        QVERIFY2(!real.out.contains("Mäkinen"), "the report names lines, not pupils");
        const CliRun csv =
            asNurse({QStringLiteral("pupils"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count('\n'), 4);
        QVERIFY(csv.out.contains("Mäkinen"));
        // Names only to a signed-in nurse.
        const CliRun anonymous = run({QStringLiteral("pupils")});
        QCOMPARE(anonymous.exitCode, 2);
        QVERIFY(anonymous.err.contains(QStringLiteral("--user")));
        QVERIFY(anonymous.out.isEmpty());
        const CliRun admin =
            run({QStringLiteral("pupils"), QStringLiteral("--user"), QStringLiteral("admin")},
                "ylläpitäjän salasana\n");
        QCOMPARE(admin.exitCode, 3);
        QVERIFY(admin.err.contains(QStringLiteral("not allowed")));
        QVERIFY(!admin.out.contains("Mäkinen"));
    }

    void rosterWithRejectedRowsChangesNothingUnlessAsked()
    {
        const QString file = data("rosters/rejections-semicolon.csv");
        // A nurse cannot make a school; an administrator can, but not with rejected rows.
        const CliRun nurse =
            asNurse({QStringLiteral("import-roster"), data("rosters/import/autumn.csv"),
                     QStringLiteral("--school"), QStringLiteral("Toinen koulu")});
        QCOMPARE(nurse.exitCode, 3);
        QVERIFY2(nurse.err.contains(QStringLiteral("only an administrator")),
                 qPrintable(nurse.err));
        const CliRun refused =
            asAdmin({QStringLiteral("import-roster"), file, QStringLiteral("--school"),
                     QStringLiteral("Toinen koulu")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("nothing was imported")));
        QVERIFY(refused.out.contains("rejections-semicolon.csv:"));
        // Not even the school was made: it cannot be assigned to anyone.
        const CliRun assign =
            run({QStringLiteral("user"), QStringLiteral("assign"), QStringLiteral("hoitaja"),
                 QStringLiteral("--school"), QStringLiteral("Toinen koulu"),
                 QStringLiteral("--user"), QStringLiteral("admin")},
                "ylläpitäjän salasana\n");
        QCOMPARE(assign.exitCode, 2);
        QVERIFY2(assign.err.contains(QStringLiteral("no school 'Toinen koulu'")),
                 qPrintable(assign.err));
        QCOMPARE(pupils().size(), 3);
        const CliRun bad =
            asNurse({QStringLiteral("import-roster"), data("rosters/missing-class.csv"),
                     QStringLiteral("--school"), QStringLiteral("X")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("missing-class.csv: line 1")),
                 qPrintable(bad.err));
    }

    void recordAndResults()
    {
        QCOMPARE(asNurse({QStringLiteral("rounds"), QStringLiteral("--create"),
                          QStringLiteral("syksy 2026"), QStringLiteral("--starts"),
                          QStringLiteral("2026-09-01")})
                     .exitCode,
                 0);
        const QString pupil = pupils().first().toObject().value(QStringLiteral("uuid")).toString();
        const QString answers = m_dir.filePath(QStringLiteral("answers.json"));
        const QString badAnswers = m_dir.filePath(QStringLiteral("bad-answers.json"));
        for (const auto& [path, text] :
             {std::pair{answers, QByteArray(R"({"answers": {"item1": 3, "item2": 3, "item3": 2,
              "item4": 2, "item5": 1, "item6": 1, "item7": 1, "item8": 0, "item9": 0},
              "language": "en"})")},
              std::pair{badAnswers, QByteArray(R"({"answers": {"item1": 9}})")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        const QStringList record{
            QStringLiteral("record"),       QStringLiteral("--pupil"),  pupil,
            QStringLiteral("--instrument"), QStringLiteral("phq-a"),    QStringLiteral("--round"),
            QStringLiteral("syksy 2026"),   QStringLiteral("--answers")};
        QCOMPARE(run(record + QStringList{answers}).exitCode, 2); // --user is needed
        QCOMPARE(asAdmin(record + QStringList{answers}).exitCode, 3);
        const CliRun recorded = asNurse(record + QStringList{answers});
        QCOMPARE(recorded.exitCode, 0);
        QCOMPARE(recorded.json().value(QStringLiteral("total")).toDouble(), 13.0);
        QCOMPARE(recorded.json().value(QStringLiteral("band")).toString(),
                 QStringLiteral("moderate"));
        const CliRun twice = asNurse(record + QStringList{answers});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY(twice.err.contains(QStringLiteral("already completed")));
        const CliRun badAnswer = asNurse(record + QStringList{badAnswers});
        QCOMPARE(badAnswer.exitCode, 2);
        QVERIFY(badAnswer.err.contains(QStringLiteral("$.answers.item1")));

        QCOMPARE(run({QStringLiteral("results")}).exitCode, 2); // pseudonymised still needs --user
        const CliRun results = asNurse({QStringLiteral("results")});
        QCOMPARE(results.exitCode, 0);
        const QJsonObject first =
            results.json().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("pupil")).toString(), pupil);
        QVERIFY(!first.contains(QStringLiteral("lastName"))); // pseudonymised by default
        QCOMPARE(first.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toDouble(),
                 13.0);
        const CliRun identified =
            asNurse({QStringLiteral("results"), QStringLiteral("--identified"),
                     QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(identified.out.startsWith("response,pupil,last_name,first_name,"));
        QVERIFY(identified.out.contains(",moderate,threshold.total"));
        const CliRun withoutUser = run({QStringLiteral("results"), QStringLiteral("--identified")});
        QCOMPARE(withoutUser.exitCode, 2);
        QVERIFY(withoutUser.out.isEmpty());
    }

    void backupCheckRestoreAndErase()
    {
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        QCOMPARE(asNurse({QStringLiteral("backup"), backup}).exitCode, 3);
        QVERIFY(!QFile::exists(backup));
        QCOMPARE(asAdmin({QStringLiteral("backup"), backup}).exitCode, 0);
        // Encrypted like the database, with the same key slots.
        QVERIFY(signaali::db::DatabaseKeys::isEncrypted(backup));
        QVERIFY(signaali::db::DatabaseKeys::unlock(backup, QStringLiteral("hoitaja"),
                                                   QStringLiteral("hoitajan salasana")));
        {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("SQLite format 3"));
        }
        // A wrong password is told as such, naming the backup; nothing changes.
        const CliRun wrongPassword = run(
            {QStringLiteral("restore"), backup, QStringLiteral("--user"), QStringLiteral("admin")},
            "väärä salasana\n");
        QCOMPARE(wrongPassword.exitCode, 3);
        QVERIFY2(wrongPassword.err.contains(QStringLiteral("do not open this database")),
                 qPrintable(wrongPassword.err));
        const QString before = m_dir.filePath(QStringLiteral("before-restore.csv"));
        QCOMPARE(asAdmin({QStringLiteral("audit"), QStringLiteral("export"),
                          QStringLiteral("--out"), before})
                     .exitCode,
                 0);
        QFile beforeRestore(before);
        QVERIFY(beforeRestore.open(QIODevice::ReadOnly));
        QVERIFY(beforeRestore.readAll().contains(",admin,admin,export.backup,"));
        const QString pupil = pupils().first().toObject().value(QStringLiteral("uuid")).toString();
        QCOMPARE(run({QStringLiteral("erase"), QStringLiteral("--pupil"), pupil}).exitCode, 2);
        QCOMPARE(asNurse({QStringLiteral("erase"), QStringLiteral("--pupil"), pupil}).exitCode, 0);
        QCOMPARE(pupils().size(), 2);
        QCOMPARE(asNurse({QStringLiteral("restore"), backup}).exitCode, 3);
        QCOMPARE(pupils().size(), 2);
        QCOMPARE(asAdmin({QStringLiteral("restore"), backup}).exitCode, 0);
        QCOMPARE(pupils().size(), 3);
        // The restore is recorded in the restored database, whose log is the
        // backup's (the erasure after the backup is in the file kept beside it).
        const CliRun log =
            asAdmin({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                     m_dir.filePath(QStringLiteral("a.csv"))});
        QCOMPARE(log.exitCode, 0);
        QFile audit(m_dir.filePath(QStringLiteral("a.csv")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray rows = audit.readAll();
        for (const char* action :
             {",admin,admin,change.restored,", ",hoitaja,nurse,change.roster_imported,",
              ",hoitaja,nurse,change.answers_recorded,", ",hoitaja,nurse,change.round_created,"})
            QVERIFY2(rows.contains(action), action);

        QFile garbage(m_dir.filePath(QStringLiteral("garbage.db")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a database");
        garbage.close();
        const CliRun refused = runCli(
            m_dir.path(), {QStringLiteral("check"), QStringLiteral("--db"), garbage.fileName()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("not a Signaali database")));
        QCOMPARE(asAdmin({QStringLiteral("restore"), garbage.fileName()}).exitCode, 2);
        QCOMPARE(asAdmin({QStringLiteral("check")}).exitCode, 0);
    }

    // A typed output path never destroys data (the hardening review's
    // reproductions): the database, its -wal and an existing file are refused,
    // --force replaces only the last, and backups are owner-only.
    void anOutputPathNeverDestroysData()
    {
        const QByteArray before = contentHash();
        QVERIFY(!before.isEmpty());
        for (const QString& target :
             {db(), db() + QStringLiteral("-wal"), db() + QStringLiteral("-journal")}) {
            const CliRun backup =
                asAdmin({QStringLiteral("backup"), target, QStringLiteral("--force")});
            QCOMPARE(backup.exitCode, 2);
            QVERIFY2(backup.err.contains(QStringLiteral("this is the database")),
                     qPrintable(backup.err));
            const CliRun exported =
                asAdmin({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                         target, QStringLiteral("--force")});
            QCOMPARE(exported.exitCode, 2);
        }
        QCOMPARE(asAdmin({QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(contentHash(), before);
        QVERIFY(!QFileInfo::exists(db() + QStringLiteral("-journal")));

        const QString existing = m_dir.filePath(QStringLiteral("existing.txt"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        const CliRun refused = asAdmin({QStringLiteral("backup"), existing});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--force")));
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        kept.close();
        QCOMPARE(asAdmin({QStringLiteral("backup"), existing, QStringLiteral("--force")}).exitCode,
                 0);
        QCOMPARE(QFile::permissions(existing) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    // Only init, setup and generate-demo make a database: a mistyped --db is
    // refused and creates no file or folder.
    void aMistypedDatabaseIsNotCreated()
    {
        const QString typo = m_dir.filePath(QStringLiteral("no/such/folder/typo.db"));
        const CliRun r =
            runCli(m_dir.path(), {QStringLiteral("rounds"), QStringLiteral("--db"), typo});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no such database")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
        // `check` looks without leaving -wal or -shm files beside the file.
        const QString copy = m_dir.filePath(QStringLiteral("looked-at.db"));
        QVERIFY(QFile::copy(db(), copy));
        QCOMPARE(runCli(m_dir.path(),
                        {QStringLiteral("check"), QStringLiteral("--db"), copy,
                         QStringLiteral("--user"), QStringLiteral("admin")},
                        "ylläpitäjän salasana\n")
                     .exitCode,
                 0);
        // Encrypted, it is not read without a password.
        QCOMPARE(
            runCli(m_dir.path(), {QStringLiteral("check"), QStringLiteral("--db"), copy}).exitCode,
            2);
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-shm")));
        // Another program's SQLite file, even one with no tables, is left alone.
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.db"));
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            c.setDatabaseName(foreign);
            QVERIFY(c.open());
            QSqlQuery(c).exec(QStringLiteral("PRAGMA user_version = 3"));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const CliRun init =
            runCli(m_dir.path(), {QStringLiteral("init"), QStringLiteral("--db"), foreign});
        QCOMPARE(init.exitCode, 2);
        QVERIFY(init.err.contains(QStringLiteral("not a Signaali database")));
    }

    // `: > z.db; restore z.db` would empty the database into first-start mode.
    void anEmptyBackupIsNotRestored()
    {
        const QByteArray before = contentHash();
        const QString empty = m_dir.filePath(QStringLiteral("z.db"));
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        const CliRun r = asAdmin({QStringLiteral("restore"), empty});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("before set-up")), qPrintable(r.err));
        QCOMPARE(contentHash(), before);
        QCOMPARE(
            run({QStringLiteral("setup"), QStringLiteral("--municipality"), QStringLiteral("X"),
                 QStringLiteral("--school"), QStringLiteral("Y"), QStringLiteral("--admin"),
                 QStringLiteral("a2"), QStringLiteral("--admin-name"), QStringLiteral("A"),
                 QStringLiteral("--nurse"), QStringLiteral("n2"), QStringLiteral("--nurse-name"),
                 QStringLiteral("N")},
                "salasana-123456\nsalasana-654321\n")
                .exitCode,
            3);
        // Without --user there is nobody to check: refused before anything is read.
        QCOMPARE(run({QStringLiteral("restore"), empty}).exitCode, 2);
    }

    void theLogVerifiesAndNamesItsFirstBrokenRow()
    {
        const CliRun ok = asAdmin({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(ok.json().value(QStringLiteral("rows")).toInt() > 10);
        QCOMPARE(asNurse({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 3);
        const QString copy = m_dir.filePath(QStringLiteral("tampered.db"));
        QVERIFY(QFile::copy(db(), copy));
        {
            // Someone with the key and SQL of their own: the chain still tells.
            auto tampered = openAsAdmin(copy);
            QVERIFY(tampered);
            QSqlQuery q(tampered->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
        }
        const CliRun check = runCli(m_dir.path(),
                                    {QStringLiteral("check"), QStringLiteral("--db"), copy,
                                     QStringLiteral("--user"), QStringLiteral("admin")},
                                    "ylläpitäjän salasana\n");
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.contains(QStringLiteral("tampered with: rows are missing at row 6")),
                 qPrintable(check.err));
    }

    void generateDemoAndBenchStorage()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        const CliRun generated =
            runCli(m_dir.path(), {QStringLiteral("generate-demo"), QStringLiteral("--db"), demo,
                                  QStringLiteral("--pupils"), QStringLiteral("300"),
                                  QStringLiteral("--rounds"), QStringLiteral("2")});
        QCOMPARE(generated.exitCode, 0);
        QVERIFY2(!generated.err.contains(QStringLiteral("not defined")), qPrintable(generated.err));
        QCOMPARE(generated.json().value(QStringLiteral("pupils")).toInt(), 300);
        QVERIFY(generated.json().value(QStringLiteral("questionnaires")).toInt() > 500);
        const CliRun again =
            runCli(m_dir.path(), {QStringLiteral("generate-demo"), QStringLiteral("--db"), demo});
        QCOMPARE(again.exitCode, 2);
        const CliRun bench = runCli(
            m_dir.path(), {QStringLiteral("bench"), QStringLiteral("storage"),
                           QStringLiteral("--db"), demo, QStringLiteral("--answers"),
                           QStringLiteral("50"), QStringLiteral("--count"), QStringLiteral("50")});
        QCOMPARE(bench.exitCode, 0);
        const QJsonObject figures = bench.json();
        QVERIFY(figures.value(QStringLiteral("answerCommitMs"))
                    .toObject()
                    .value(QStringLiteral("median"))
                    .toDouble() > 0);
        QCOMPARE(figures.value(QStringLiteral("database"))
                     .toObject()
                     .value(QStringLiteral("completedQuestionnaires"))
                     .toInt(),
                 generated.json().value(QStringLiteral("questionnaires")).toInt());
    }
};

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_clidatabase.moc"
