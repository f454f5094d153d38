// The database file: creation, migration, refusals that leave a file untouched,
// answers that survive, results, erasure, backup and restore.
#include "TestDb.h"
#include "core/FlagCode.h"
#include "core/Scorer.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/Backup.h"
#include "db/storage/BackupFile.h"
#include "db/store/ResponseStore.h"
#include "db/store/ResultStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace signaali;
using namespace signaali::db;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A plain SQLite file made by "another program".
void makeForeignSqlite(const QString& path, int userVersion, int applicationId)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsCurrentSchemaWithSafeSettings()
    {
        TestDb t;
        QVERIFY(t.open());
        QCOMPARE(t.db->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("PRAGMA synchronous"))->toInt(),
                 2); // FULL
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("PRAGMA secure_delete"))->toInt(), 1);
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("PRAGMA application_id"))->toInt(),
                 Database::kApplicationId);
        // STRICT tables refuse a value of the wrong type.
        QSqlQuery q(t.db->connection());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO municipality (uuid, name) VALUES ('x', x'00ff')")));
        QVERIFY(t.db->integrityProblems().isEmpty());
    }

    void migratesDatabaseFromFirstVersion()
    {
        TestDb t;
        OpenError error;
        Database::Options first;
        first.migrateTo = 1;
        {
            auto db = Database::open(t.path(), first, &error);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 1);
            QVERIFY(!scalar(db->connection(), QStringLiteral("SELECT count(*) FROM app_user")));
            t.db = std::move(db);
            QVERIFY(t.seed(4));
            t.db.reset();
        }
        auto db = Database::open(t.path(), &error);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(PupilStore(db->connection()).pupils().size(), 4);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM app_user"))->toInt(),
                 0);
        QVERIFY(db->integrityProblems().isEmpty());
    }

    // Version 0.1.0 wrote schema versions 4 and 5 with nothing in them; such a
    // database must still get the workspace and the group summaries.
    void migratesDatabaseOfTheFirstRelease()
    {
        TestDb t;
        OpenError error;
        Database::Options released;
        released.migrateTo = 5;
        {
            auto db = Database::open(t.path(), released, &error);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 5);
            QVERIFY(!scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")));
        }
        auto db = Database::open(t.path(), &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        for (const char* table :
             {"audit_log", "case_share", "group_summary", "small_group_setting"})
            QVERIFY2(scalar(db->connection(),
                            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     table);
    }

    // Version 10 stores each flag's kind beside its code; the migration reads it
    // from the codes already stored.
    void migrationGivesStoredFlagsTheirKind()
    {
        TestDb t;
        OpenError error;
        Database::Options before;
        before.migrateTo = 9;
        qint64 responseId = 0;
        {
            auto db = Database::open(t.path(), before, &error);
            QVERIFY2(db, qPrintable(error.message));
            t.db = std::move(db);
            QVERIFY(t.seed(1));
            const auto started =
                ResponseStore(t.db->connection())
                    .startOrResume(t.pupilIds[0], t.roundId, TestDb::instrument("phq-a"),
                                   QStringLiteral("en"));
            QVERIFY(started);
            responseId = started->id;
            QSqlQuery q(t.db->connection());
            int position = 0;
            for (const char* code : {"threshold.total", "change.total", "critical.item9",
                                     "accumulation", "not.a.kind", "change."})
                QVERIFY2(execBound(q,
                                   QStringLiteral("INSERT INTO flag (response_id, code, level, "
                                                  "critical, reason, position) "
                                                  "VALUES (?, ?, 'watch', 0, 'why', ?)"),
                                   {responseId, QString::fromLatin1(code), position++}),
                         code);
            t.db.reset();
        }
        auto db = Database::open(t.path(), &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        QSqlQuery q(db->connection());
        QVERIFY(execBound(q,
                          QStringLiteral("SELECT code, kind FROM flag WHERE response_id = ? "
                                         "ORDER BY position"),
                          {responseId}));
        QStringList kinds;
        while (q.next()) {
            kinds << q.value(1).toString();
            // The same answer as FlagCode gives the code.
            QCOMPARE(kinds.last(), FlagCode::storedKind(q.value(0).toString()));
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("threshold"), QStringLiteral("change"),
                                     QStringLiteral("critical"), QStringLiteral("accumulation"),
                                     QString(), QString()}));
    }

    // Version 16 keeps a response's answers as one object instead of a row
    // each; the migration folds the rows, values and all, into it.
    void migrationFoldsAnswersIntoOneObject()
    {
        TestDb t;
        OpenError error;
        Database::Options before;
        before.migrateTo = 15;
        qint64 answered = 0;
        qint64 unanswered = 0;
        {
            auto db = Database::open(t.path(), before, &error);
            QVERIFY2(db, qPrintable(error.message));
            t.db = std::move(db);
            QVERIFY(t.seed(2));
            ResponseStore responses(t.db->connection());
            const auto first = responses.startOrResume(
                t.pupilIds[0], t.roundId, TestDb::instrument("phq-a"), QStringLiteral("fi"));
            const auto second = responses.startOrResume(
                t.pupilIds[1], t.roundId, TestDb::instrument("phq-a"), QStringLiteral("fi"));
            QVERIFY(first && second);
            answered = first->id;
            unanswered = second->id;
            QSqlQuery q(t.db->connection());
            for (const auto& [item, value] :
                 {std::pair{"item1", 2.0}, std::pair{"item2", 0.5}, std::pair{"item9", 3.0}})
                QVERIFY(execBound(q,
                                  QStringLiteral("INSERT INTO answer (response_id, item_id, "
                                                 "value) VALUES (?, ?, ?)"),
                                  {answered, QString::fromLatin1(item), value}));
            t.db.reset();
        }
        auto db = Database::open(t.path(), &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        ResponseStore responses(db->connection());
        const Answers expected{{QStringLiteral("item1"), 2.0},
                               {QStringLiteral("item2"), 0.5},
                               {QStringLiteral("item9"), 3.0}};
        QCOMPARE(responses.answers(answered), expected);
        QCOMPARE(responses.answers(unanswered), Answers{});
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM response_answers"))
                     ->toInt(),
                 1);
        QCOMPARE(scalar(db->connection(),
                        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'answer'"))
                     ->toInt(),
                 0);
        QVERIFY(db->integrityProblems().isEmpty());
    }

    void refusesAndLeavesFileUntouched_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file")
            << int(OpenError::Kind::NotSignaali) << QStringLiteral("not an SQLite file");
        QTest::newRow("other program")
            << int(OpenError::Kind::NotSignaali) << QStringLiteral("made by another program");
        QTest::newRow("newer") << int(OpenError::Kind::TooNew)
                               << QStringLiteral("made by a newer Signaali");
        QTest::newRow("damaged") << int(OpenError::Kind::Damaged) << QStringLiteral("damaged");
    }
    void refusesAndLeavesFileUntouched()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        TestDb t;
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == QLatin1String("text file")) {
            QVERIFY(writeFile(t.path(), "Sukunimi;Etunimi\nVirtanen;Aino\n"));
        } else if (tag == QLatin1String("other program")) {
            makeForeignSqlite(t.path(), 0, 0);
        } else if (tag == QLatin1String("newer")) {
            makeForeignSqlite(t.path(), Database::currentSchemaVersion() + 1,
                              Database::kApplicationId);
        } else {
            QVERIFY(t.seed(300));
            t.db.reset();
            QFile file(t.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 20 * 4096);
            // Scribble over pages in the middle of the file, keeping the header.
            for (qint64 offset = 4096 * 3; offset < size - 4096; offset += 4096 * 2) {
                file.seek(offset + 8);
                file.write(QByteArray(512, '\xA5'));
            }
            file.close();
        }
        const QByteArray before = fileHash(t.path());
        OpenError error;
        QVERIFY(!Database::open(t.path(), &error));
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.path, t.path());
        QCOMPARE(fileHash(t.path()), before);
        QVERIFY(Database::inspect(t.path(), true).has_value());
        QCOMPARE(fileHash(t.path()), before);
    }

    void interruptedResponseResumesWhereItStopped()
    {
        TestDb t;
        QVERIFY(t.seed());
        const Instrument& phq = TestDb::instrument("phq-a");
        qint64 responseId = 0;
        {
            ResponseStore store(t.db->connection());
            const auto response =
                store.startOrResume(t.pupilIds[0], t.roundId, phq, QStringLiteral("fi"));
            QVERIFY(response);
            responseId = response->id;
            QVERIFY(store.saveAnswer(responseId, QStringLiteral("item1"), 2));
            QVERIFY(store.saveAnswer(responseId, QStringLiteral("item2"), 1));
            QVERIFY(store.saveAnswer(responseId, QStringLiteral("item2"), 3)); // changed answer
        }
        t.db.reset(); // the window closes, the laptop restarts
        QVERIFY(t.open());
        ResponseStore store(t.db->connection());
        const auto resumed =
            store.startOrResume(t.pupilIds[0], t.roundId, phq, QStringLiteral("sv"));
        QVERIFY(resumed);
        QCOMPARE(resumed->id, responseId);
        QCOMPARE(resumed->status, QStringLiteral("in_progress"));
        const Answers answers = store.answers(responseId);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.value(QStringLiteral("item2")), 3.0);
        for (int i = 3; i <= 9; ++i)
            QVERIFY(store.saveAnswer(responseId, QStringLiteral("item%1").arg(i), i == 9 ? 0 : 1));
        const auto result = store.complete(responseId, phq);
        QVERIFY(result);
        QCOMPARE(result->total.value(), 11.0);
        const auto again = store.startOrResume(t.pupilIds[0], t.roundId, phq, QStringLiteral("fi"));
        QVERIFY(!again);
        QVERIFY(again.error().contains(QStringLiteral("already completed")));
        QVERIFY(!store.saveAnswer(responseId, QStringLiteral("item1"), 0));
    }

    void resultIsStoredAndCanBeRecomputed()
    {
        TestDb t;
        QVERIFY(t.seed());
        const Instrument& phq = TestDb::instrument("phq-a");
        ResponseStore responses(t.db->connection());
        Answers answers;
        for (int i = 1; i <= 9; ++i)
            answers.insert(QStringLiteral("item%1").arg(i), i == 9 ? 1 : 2);
        const auto recorded =
            responses.recordCompleted(t.pupilIds[1], t.roundId, phq, answers, QStringLiteral("en"));
        QVERIFY(recorded);
        ResultStore results(t.db->connection());
        const auto stored = results.storedResult(recorded->first);
        QVERIFY(stored);
        QCOMPARE(stored->total, recorded->second.total);
        QCOMPARE(stored->band, QStringLiteral("moderately-severe"));
        QCOMPARE(stored->flags.size(), recorded->second.flags.size());
        QCOMPARE(stored->flags[0].code, QStringLiteral("critical.item9"));
        QCOMPARE(stored->domains.size(), 1);
        // Tamper with the stored result, then recompute it from the answers.
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE result SET level = 'ok', total = 0")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM flag")));
        QVERIFY(results.rescore(recorded->first, QStringLiteral("2026-11-23T00:00:00.000Z")));
        const auto again = results.storedResult(recorded->first);
        QCOMPARE(again->total.value(), 17.0);
        QCOMPARE(levelId(*again->level), QStringLiteral("concern"));
        QCOMPARE(again->flags.size(), recorded->second.flags.size());
        // The definition used is stored with the data.
        QVERIFY(results.storedInstrument(
            scalar(t.db->connection(), QStringLiteral("SELECT id FROM instrument_version"))
                ->toLongLong()));
    }

    void changeRuleReadsThePreviousRound()
    {
        TestDb t;
        QVERIFY(t.seed());
        const Instrument& gad = TestDb::instrument("gad-7");
        const auto spring = OrganisationStore(t.db->connection())
                                .createRound(QStringLiteral("kevät 2027"), QDate(2027, 2, 1));
        ResponseStore responses(t.db->connection());
        Answers calm, worse;
        for (int i = 1; i <= 7; ++i) {
            calm.insert(QStringLiteral("item%1").arg(i), 0);
            worse.insert(QStringLiteral("item%1").arg(i), 1);
        }
        QVERIFY(
            responses.recordCompleted(t.pupilIds[0], t.roundId, gad, calm, QStringLiteral("en")));
        const auto second =
            responses.recordCompleted(t.pupilIds[0], spring->id, gad, worse, QStringLiteral("en"));
        QVERIFY(second);
        QStringList codes;
        for (const Flag& f : second->second.flags)
            codes << f.code;
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("threshold.total"), QStringLiteral("change.total")}));
        // Each flag is stored with its kind.
        QSqlQuery q(t.db->connection());
        QVERIFY(execBound(q,
                          QStringLiteral("SELECT kind FROM flag WHERE response_id = ? "
                                         "ORDER BY position"),
                          {second->first}));
        QStringList kinds;
        while (q.next())
            kinds << q.value(0).toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("threshold"), QStringLiteral("change")}));
    }

    void erasureLeavesNoTraceInTheFile()
    {
        TestDb t;
        QVERIFY(t.seed(50));
        const QByteArray marker = "Zebulon-Quixotic";
        Roster roster;
        RosterPupil p;
        p.line = 2;
        p.lastName = QString::fromLatin1(marker);
        p.firstName = QStringLiteral("Erasable");
        p.dateOfBirth = QDate(2012, 5, 5);
        p.className = QStringLiteral("8A");
        roster.pupils << p;
        PupilStore pupils(t.db->connection());
        QVERIFY(pupils.importRoster(roster, QStringLiteral("Testikoulu"), false));
        qint64 id = 0;
        for (const PupilRecord& r : pupils.pupils())
            if (r.lastName == QString::fromLatin1(marker))
                id = r.id;
        QVERIFY(id);
        ResponseStore responses(t.db->connection());
        Answers answers;
        for (int i = 1; i <= 9; ++i)
            answers.insert(QStringLiteral("item%1").arg(i), 3);
        QVERIFY(responses.recordCompleted(id, t.roundId, TestDb::instrument("phq-a"), answers,
                                          QStringLiteral("en")));
        QVERIFY(t.db->checkpoint());
        auto fileContains = [&](const QByteArray& needle) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
                QFile f(t.path() + suffix);
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                    return true;
            }
            return false;
        };
        QVERIFY(fileContains(marker));
        QVERIFY(pupils.erase(id));
        QVERIFY(!fileContains(marker));
        QCOMPARE(scalar(t.db->connection(),
                        QStringLiteral("SELECT count(*) FROM response WHERE pupil_id = ?"), {id})
                     ->toInt(),
                 0);
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("SELECT count(*) FROM response_answers"))
                     ->toInt(),
                 0);
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("SELECT count(*) FROM result"))->toInt(),
                 0);
        QCOMPARE(pupils.pupils().size(), 50);
        QVERIFY(t.db->integrityProblems().isEmpty());
    }

    void backupAndRestore()
    {
        TestDb t;
        QVERIFY(t.seed(20));
        const QString backup = t.dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(backupfile::copyInto(*t.db, backup));
        QVERIFY(!Database::inspect(backup, true));
        // Changes after the backup are undone by restoring it.
        QVERIFY(OrganisationStore(t.db->connection()).createRound(QStringLiteral("later"), {}));
        t.db.reset();
        QVERIFY(backupfile::replace(backup, t.path()));
        QVERIFY(t.open());
        QCOMPARE(OrganisationStore(t.db->connection()).rounds().size(), 1);
        QCOMPARE(PupilStore(t.db->connection()).pupils().size(), 20);
        t.db.reset();

        // A damaged backup is refused and the database is left as it was.
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page = 2; page * 4096 < file.size(); ++page) {
            file.seek(page * 4096);
            file.write(QByteArray(64, '\x5A'));
        }
        file.close();
        const QByteArray before = fileHash(t.path());
        const auto refused = backupfile::replace(backup, t.path());
        QVERIFY(!refused);
        QCOMPARE(refused.refusal.code, Refusal::Code::DatabaseDamaged);
        QCOMPARE(fileHash(t.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
