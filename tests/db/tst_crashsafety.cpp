// A child process recording answers or importing rosters is killed with
// SIGKILL at random points, many times over. Afterwards the file must pass
// integrity_check, every acknowledged answer must be there, every completed
// response must have its result, and no roster may be half imported.
#include "TestDb.h"
#include "db/sql/SqlHelpers.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

using namespace signaali;
using namespace signaali::db;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    struct Acks
    {
        QHash<QPair<qint64, QString>, int> answers; // (response, item) -> value
        QSet<qint64> completed;
        QSet<int> batches;
    };

    // Runs the writer and kills it `killAfterMs` after it has opened the database
    // (so a slow start, as under sanitizers, does not eat the window); collects what it
    // acknowledged.
    static bool runAndKill(const QStringList& arguments, int killAfterMs, Acks& acks,
                           bool* finishedByItself, const QByteArray& keyHex)
    {
        QProcess child;
        if (!keyHex.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SIGNAALI_TEST_KEY"), QString::fromLatin1(keyHex));
            child.setProcessEnvironment(env);
        }
        child.start(QStringLiteral(CRASH_WRITER), arguments);
        if (!child.waitForStarted(10000))
            return false;
        QByteArray output;
        while (!output.contains("READY") && child.waitForReadyRead(10000))
            output += child.readAllStandardOutput();
        *finishedByItself = child.waitForFinished(killAfterMs);
        if (!*finishedByItself) {
            child.kill(); // SIGKILL
            child.waitForFinished(10000);
        }
        output += child.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray& raw : lines) {
            const QList<QByteArray> f = raw.split(' ');
            if (f.size() == 4 && f[0] == "A")
                acks.answers.insert({f[1].toLongLong(), QString::fromLatin1(f[2])}, f[3].toInt());
            else if (f.size() == 2 && f[0] == "C")
                acks.completed.insert(f[1].toLongLong());
            else if (f.size() == 2 && f[0] == "R")
                acks.batches.insert(f[1].toInt());
        }
        return true;
    }

private slots:
    void killedWriterLosesNothingAcknowledged_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("plaintext") << false;
        QTest::newRow("encrypted") << true;
    }

    void killedWriterLosesNothingAcknowledged()
    {
        QFETCH(bool, encrypted);
        TestDb t;
        if (encrypted)
            QVERIFY(t.createEncrypted());
        QVERIFY(t.seed(40));
        t.db.reset(); // the children write; this process only checks afterwards

        QRandomGenerator rng(20261122);
        Acks acks;
        int kills = 0, nextBatch = 0;
        for (int round = 0; round < 40; ++round) {
            const bool answers = round % 2 == 0;
            const QStringList arguments = answers ? QStringList{QStringLiteral("answers"), t.path()}
                                                  : QStringList{QStringLiteral("roster"), t.path(),
                                                                QString::number(nextBatch)};
            bool finished = false;
            QVERIFY(runAndKill(arguments, 40 + static_cast<int>(rng.bounded(260)), acks, &finished,
                               t.keyHex()));
            kills += finished ? 0 : 1;
            if (!answers)
                nextBatch += 1000; // batches never repeat, so each is all or nothing
        }
        QVERIFY2(kills >= 20, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
        QVERIFY(!acks.answers.isEmpty());
        QVERIFY(!acks.batches.isEmpty());

        if (encrypted) {
            // Killed mid-write, the WAL and the file hold nothing readable.
            QDirIterator files(t.dir.path(), QDir::Files | QDir::Hidden);
            int searched = 0;
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                for (const char* secret : {"Batch1", "Kaatumiskoulu", "Testinen", "Pupil1"})
                    QVERIFY2(!content.contains(secret),
                             qPrintable(file.fileName() + QStringLiteral(": ") +
                                        QString::fromLatin1(secret)));
                ++searched;
            }
            QVERIFY(searched >= 2);
        }
        QVERIFY(t.open());
        QCOMPARE(t.db->integrityProblems(), QStringList());
        QSqlQuery q(t.db->connection());
        for (auto it = acks.answers.constBegin(); it != acks.answers.constEnd(); ++it) {
            const auto value =
                scalar(t.db->connection(),
                       QStringLiteral("SELECT value FROM response_answers, json_each(answers) "
                                      "WHERE response_id = ? AND key = ?"),
                       {it.key().first, it.key().second});
            QVERIFY2(
                value,
                qPrintable(
                    QStringLiteral("lost answer %1/%2").arg(it.key().first).arg(it.key().second)));
            QCOMPARE(value->toInt(), it.value());
        }
        for (qint64 id : acks.completed)
            QCOMPARE(scalar(t.db->connection(),
                            QStringLiteral("SELECT status FROM response WHERE id = ?"), {id})
                         ->toString(),
                     QStringLiteral("completed"));
        QCOMPARE(
            scalar(t.db->connection(),
                   QStringLiteral(
                       "SELECT count(*) FROM response r LEFT JOIN result s ON s.response_id = r.id "
                       "WHERE r.status = 'completed' AND s.response_id IS NULL"))
                ->toInt(),
            0);
        QVERIFY(q.exec(QStringLiteral("SELECT last_name, count(*) FROM pupil WHERE last_name LIKE "
                                      "'Batch%' GROUP BY last_name")));
        QSet<int> present;
        while (q.next()) {
            QCOMPARE(q.value(1).toInt(), 50); // all or nothing
            present.insert(q.value(0).toString().mid(5).toInt());
        }
        for (int batch : acks.batches)
            QVERIFY2(present.contains(batch),
                     qPrintable(QStringLiteral("lost roster batch %1").arg(batch)));
        qInfo("%d kills, %lld acknowledged answers, %lld completed, %lld rosters acknowledged",
              kills, static_cast<long long>(acks.answers.size()),
              static_cast<long long>(acks.completed.size()),
              static_cast<long long>(acks.batches.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
