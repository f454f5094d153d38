// The output-file rules every export and backup goes through: a database file
// is never a target (by name, link or inode), an existing file is replaced
// only when asked, identified files are owner-only, and a failed write leaves
// the old file whole with nothing beside it.
#include "core/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace signaali;

namespace {
QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void put(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}
} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void theDatabaseAndItsFilesAreNeverWritten()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        put(db, "SQLite format 3");
        put(db + QStringLiteral(".before-restore-20261201-101010"), "kept");
        const OutputFile::Rules rules{true, false, OutputFile::databaseFiles(db)};
        for (const QString& target : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                                      db + QStringLiteral("-journal"),
                                      db + QStringLiteral(".before-restore-20261201-101010"),
                                      dir.filePath(QStringLiteral("./sub/../live.db"))}) {
            const auto refusal = OutputFile::check(target, rules);
            QVERIFY2(refusal, qPrintable(target));
            QCOMPARE(refusal->code, Refusal::Code::OutputIsDatabase);
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(OutputFile::check(dir.filePath(QStringLiteral("sub/../live.db")), rules));
        // A symbolic and a hard link to the database are the database.
        QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("link.csv"))));
        QCOMPARE(OutputFile::check(dir.filePath(QStringLiteral("link.csv")), rules)->code,
                 Refusal::Code::OutputIsDatabase);
        const QString hard = dir.filePath(QStringLiteral("hard.csv"));
        QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(hard).constData()), 0);
        QCOMPARE(OutputFile::check(hard, rules)->code, Refusal::Code::OutputIsDatabase);
        QCOMPARE(OutputFile::write(hard, "x", rules)->code, Refusal::Code::OutputIsDatabase);
        QCOMPARE(contents(db), QByteArray("SQLite format 3"));
    }

    void aGuardedDatabaseIsGuardedForEveryCaller()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("guarded.db"));
        put(db, "data");
        OutputFile::guardDatabase(db);
        QCOMPARE(OutputFile::write(db, "csv", {true, false, {}})->code,
                 Refusal::Code::OutputIsDatabase);
        QCOMPARE(OutputFile::check(db + QStringLiteral("-wal"), {true, false, {}})->code,
                 Refusal::Code::OutputIsDatabase);
        QCOMPARE(contents(db), QByteArray("data"));
    }

    void anExistingFileIsReplacedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.txt"));
        put(path, "keep me");
        const auto refusal = OutputFile::write(path, "new", {});
        QVERIFY(refusal);
        QCOMPARE(refusal->code, Refusal::Code::OutputExists);
        QCOMPARE(refusal->kind, Refusal::Kind::BadInput);
        QCOMPARE(contents(path), QByteArray("keep me"));
        QVERIFY(!OutputFile::write(path, "new", {true, false, {}}));
        QCOMPARE(contents(path), QByteArray("new"));
        QCOMPARE(OutputFile::check(dir.path(), {true, false, {}})->code,
                 Refusal::Code::FileNotWritten);
    }

    void identifiedFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pupils.csv"));
        QVERIFY(!OutputFile::write(path, "a,b\n", {false, true, {}}));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        // Replacing a file readable by all makes it owner-only as well.
        const QString open = dir.filePath(QStringLiteral("open.csv"));
        put(open, "old");
        QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther | QFileDevice::ReadGroup);
        QVERIFY(!OutputFile::write(open, "new", {true, true, {}}));
        QVERIFY(!(QFile::permissions(open) & QFileDevice::ReadOther));
    }

    void aFailedWriteLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        QCOMPARE(OutputFile::write(missingFolder, "x", {})->code, Refusal::Code::FileNotWritten);
        const QString target = dir.filePath(QStringLiteral("out.xlsx"));
        put(target, "old");
        {
            StagedFile staged(target, {true, true, {}});
            QVERIFY(!staged.prepare());
            QVERIFY(QFileInfo::exists(staged.stagingPath()));
            QVERIFY(!(QFile::permissions(staged.stagingPath()) & QFileDevice::ReadOther));
        } // never committed: the staged file goes, the old one stays
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.xlsx")});
        QCOMPARE(contents(target), QByteArray("old"));
        StagedFile staged(target, {true, false, {}});
        QVERIFY(!staged.prepare());
        put(staged.stagingPath(), "new");
        QVERIFY(!staged.commit());
        QCOMPARE(contents(target), QByteArray("new"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.xlsx")});
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
