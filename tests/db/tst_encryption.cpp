// The encrypted database: nothing of a pupil in any file Signaali writes, the
// key needed to open it, a changed or moved page refused by number, the key
// slots rewritten safely, and the full check run only after an unclean end.
#include "TestDb.h"
#include "core/KeyHeader.h"
#include "core/RecoveryKey.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/BackupFile.h"
#include "db/storage/CryptVfs.h"
#include "db/storage/KeyArea.h"
#include "db/storage/OpenMarker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>

using namespace signaali;
using namespace signaali::db;

namespace {
// Reads every row of the table itself, not a smaller index.
const QString kReadPupils =
    QStringLiteral("SELECT group_concat(first_name) FROM pupil NOT INDEXED");
} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private:
    // Every file under `folder` that contains one of `needles`, with the needle.
    static QStringList filesContaining(const QString& folder, const QList<QByteArray>& needles)
    {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            for (const QByteArray& needle : needles)
                if (content.contains(needle) ||
                    content.contains(QString::fromUtf8(needle).toUtf8().toLower()))
                    found << QFileInfo(file).fileName() + QStringLiteral(": ") +
                                 QString::fromUtf8(needle);
        }
        return found;
    }

    static const QList<QByteArray>& secrets()
    {
        static const QList<QByteArray> s{"Testinen", "Oppilas1", "Testikoulu", "syksy 2026"};
        return s;
    }

    static qint64 rootPage(Database& db, const QString& table)
    {
        return scalar(db.connection(),
                      QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                     "WHERE name = ?"),
                      {table})
            ->toLongLong();
    }

    static bool patchFile(const QString& path, qint64 offset, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
    }

    static QByteArray readFile(const QString& path, qint64 offset, int size)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return {};
        return f.read(size);
    }

    static qint64 pageOffset(qint64 page)
    {
        return KeyHeader::kAreaBytes + (page - 1) * KeyHeader::kPageSize;
    }

private slots:
    void noFileHoldsPupilData()
    {
        TestDb t;
        QVERIFY(t.createEncrypted());
        QVERIFY(t.seed(5));
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE scratch AS SELECT * FROM pupil")));
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM pupil ORDER BY last_name, first_name")));
        // While open the WAL holds the newest pages.
        q.finish();
        QVERIFY(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
        QCOMPARE(filesContaining(t.dir.path(), secrets()), QStringList());
        QVERIFY(!readFile(t.path(), 0, 16).startsWith("SQLite format 3"));
        QVERIFY(t.db->checkpoint());
        QCOMPARE(filesContaining(t.dir.path(), secrets()), QStringList());
        t.db.reset();
        QCOMPARE(filesContaining(t.dir.path(), secrets()), QStringList());
        QCOMPARE((QFileInfo(t.path()).size() - KeyHeader::kAreaBytes) % KeyHeader::kPageSize, 0);

        // A backup, and a backup refused half-way (an existing target), add
        // nothing readable beside it.
        QVERIFY(t.open());
        const QString backup = t.dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(backupfile::copyInto(*t.db, backup));
        QVERIFY(!backupfile::copyInto(*t.db, backup)); // exists, and no --force
        QVERIFY(Database::inspect(backup, true, t.key) == std::nullopt);
        t.db.reset();
        QCOMPARE(filesContaining(t.dir.path(), secrets()), QStringList());
        QVERIFY(!readFile(backup, 0, 16).startsWith("SQLite format 3"));

        // The same seeding in the clear does show them: the search can fail.
        TestDb plain;
        QVERIFY(plain.seed(5));
        plain.db.reset();
        QVERIFY(!filesContaining(plain.dir.path(), secrets()).isEmpty());
    }

    void opensOnlyWithItsKey()
    {
        TestDb t;
        QVERIFY(t.createEncrypted());
        QVERIFY(t.seed(5));
        t.db.reset();

        OpenError error;
        QVERIFY(!Database::open(t.path(), &error));
        QCOMPARE(error.kind, OpenError::Kind::Encrypted);
        QCOMPARE(error.refusal().code, Refusal::Code::DatabaseEncrypted);

        Database::Options wrong;
        wrong.key = SecureKey::random();
        QVERIFY(!Database::open(t.path(), wrong, &error));
        QCOMPARE(error.kind, OpenError::Kind::WrongKey);
        QCOMPARE(error.path, t.path());

        QVERIFY(t.open());
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("SELECT count(*) FROM pupil"))->toInt(),
                 5);
        QVERIFY(t.db->isEncrypted());
        QCOMPARE(t.db->integrityProblems(), QStringList());
        QVERIFY(!Database::inspect(t.path(), true, t.key));
    }

    void flippedBitNamesThePage()
    {
        TestDb t;
        QVERIFY(t.createEncrypted());
        QVERIFY(t.seed(5));
        const qint64 pupilPage = rootPage(*t.db, QStringLiteral("pupil"));
        QVERIFY(pupilPage > 1);
        t.db.reset();

        const qint64 at = pageOffset(pupilPage) + 200;
        QByteArray byte = readFile(t.path(), at, 1);
        byte[0] = static_cast<char>(byte[0] ^ 0x08);
        QVERIFY(patchFile(t.path(), at, byte));

        QVERIFY(t.open()); // a clean close: opening reads only the schema
        CryptVfs::takeLastFailure();
        QSqlQuery q(t.db->connection());
        QVERIFY(!q.exec(kReadPupils) || !q.next());
        const auto failure = CryptVfs::takeLastFailure();
        QVERIFY(failure);
        QCOMPARE(failure->page, pupilPage);
        QVERIFY(failure->file.endsWith(QStringLiteral("signaali.db")));
        // Everything else still reads.
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("SELECT name FROM round"))->toString(),
                 QStringLiteral("syksy 2026"));
        t.db.reset();

        const auto problem = Database::inspect(t.path(), true, t.key);
        QVERIFY(problem);
        QCOMPARE(problem->kind, OpenError::Kind::PageDamaged);
        const Refusal refusal = problem->refusal();
        QCOMPARE(refusal.code, Refusal::Code::DatabasePageDamaged);
        QCOMPARE(refusal.args, (QStringList{t.path(), QString::number(pupilPage)}));
        QVERIFY(RefusalText::message(refusal).contains(QString::number(pupilPage)));
    }

    void movedPageIsRefused()
    {
        TestDb t;
        QVERIFY(t.createEncrypted());
        QVERIFY(t.seed(5));
        const qint64 pupilPage = rootPage(*t.db, QStringLiteral("pupil"));
        const qint64 roundPage = rootPage(*t.db, QStringLiteral("round"));
        t.db.reset();
        const QByteArray a = readFile(t.path(), pageOffset(pupilPage), KeyHeader::kPageSize);
        const QByteArray b = readFile(t.path(), pageOffset(roundPage), KeyHeader::kPageSize);
        QVERIFY(patchFile(t.path(), pageOffset(pupilPage), b));
        QVERIFY(patchFile(t.path(), pageOffset(roundPage), a));
        QVERIFY(t.open());
        CryptVfs::takeLastFailure();
        QVERIFY(!scalar(t.db->connection(), kReadPupils));
        QCOMPARE(CryptVfs::takeLastFailure()->page, pupilPage);
    }

    void pageFromAnotherDatabaseIsRefused()
    {
        TestDb first;
        QVERIFY(first.createEncrypted());
        QVERIFY(first.seed(5));
        const qint64 page = rootPage(*first.db, QStringLiteral("pupil"));
        first.db.reset();
        TestDb second;
        second.key = first.key; // even the same key: the database id differs
        const auto header = KeyHeader::create(*second.key);
        OpenError error;
        second.db = Database::createEncrypted(second.path(), *header, second.key, &error);
        QVERIFY(second.db);
        QVERIFY(second.seed(5));
        QCOMPARE(rootPage(*second.db, QStringLiteral("pupil")), page);
        second.db.reset();
        QVERIFY(patchFile(second.path(), pageOffset(page),
                          readFile(first.path(), pageOffset(page), KeyHeader::kPageSize)));
        QVERIFY(second.open());
        QVERIFY(!scalar(second.db->connection(), kReadPupils));
    }

    void keySlotsOpenAndChange()
    {
        const auto master = SecureKey::random();
        auto header = KeyHeader::create(*master);
        QVERIFY(header);
        const KdfCost cheap = KdfCost::cheapestForTests();
        QVERIFY(header->setAccount(*master, QStringLiteral("terveydenhoitaja"),
                                   QStringLiteral("vanha salasana"), cheap));
        QVERIFY(header->setAccount(*master, QStringLiteral("admin"), QStringLiteral("pääkäyttäjä"),
                                   cheap));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("signaali.db"));
        OpenError error;
        QVERIFY(Database::createEncrypted(path, *header, master, &error));

        auto read = keyarea::read(path);
        QVERIFY(read);
        const auto unlocked = read->unlockAccount(QStringLiteral("Terveydenhoitaja "),
                                                  QStringLiteral("vanha salasana"));
        QVERIFY(unlocked);
        QVERIFY(std::equal(unlocked->data(), unlocked->data() + SecureKey::kBytes, master->data()));
        QVERIFY(!read->unlockAccount(QStringLiteral("terveydenhoitaja"), QStringLiteral("väärä")));
        QVERIFY(!read->unlockAccount(QStringLiteral("nobody"), QStringLiteral("vanha salasana")));

        // A password change rewrites that slot only, into the other copy.
        QVERIFY(read->setAccount(*unlocked, QStringLiteral("terveydenhoitaja"),
                                 QStringLiteral("uusi salasana"), cheap));
        QCOMPARE(keyarea::write(path, *read), QString());
        const auto changed = keyarea::read(path);
        QCOMPARE(changed->generation(), quint64(2));
        QVERIFY(!changed->unlockAccount(QStringLiteral("terveydenhoitaja"),
                                        QStringLiteral("vanha salasana")));
        QVERIFY(changed->unlockAccount(QStringLiteral("terveydenhoitaja"),
                                       QStringLiteral("uusi salasana")));
        QVERIFY(changed->unlockAccount(QStringLiteral("admin"), QStringLiteral("pääkäyttäjä")));

        // Neither copy keeps the replaced slot.
        for (const qint64 at : {qint64(0), qint64(KeyHeader::kCopyBytes)}) {
            const auto copy = KeyHeader::parse(readFile(path, at, KeyHeader::kCopyBytes));
            QVERIFY(copy);
            QVERIFY(!copy->unlockAccount(QStringLiteral("terveydenhoitaja"),
                                         QStringLiteral("vanha salasana")));
        }
        // A torn copy leaves the other in force.
        QVERIFY(patchFile(path, 0 + 100, QByteArray(64, '\x5a')));
        const auto afterTear = keyarea::read(path);
        QVERIFY(afterTear);
        QCOMPARE(afterTear->generation(), quint64(2));
        QVERIFY(afterTear->unlockAccount(QStringLiteral("terveydenhoitaja"),
                                         QStringLiteral("uusi salasana")));
        QVERIFY(keyarea::looksEncrypted(path)); // by the second copy's magic

        // A deactivated account loses its slot.
        auto removed = *changed;
        QVERIFY(removed.removeAccount(QStringLiteral("terveydenhoitaja")));
        QVERIFY(!removed.hasAccount(QStringLiteral("terveydenhoitaja")));
        QVERIFY(removed.hasAccount(QStringLiteral("admin")));
        const auto reparsed = KeyHeader::parse(*removed.serialize());
        QVERIFY(reparsed);
        QVERIFY(!reparsed->unlockAccount(QStringLiteral("terveydenhoitaja"),
                                         QStringLiteral("uusi salasana")));
    }

    void keyHeaderSeedsParseAndABadHashDoesNot()
    {
        auto read = [](const char* name) {
            QFile f(QStringLiteral(SIGNAALI_TEST_DATA "/keyheaders/") + QLatin1String(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const auto both = KeyHeader::parse(read("account-and-recovery.bin"));
        QVERIFY(both);
        QCOMPARE(both->generation(), quint64(3));
        QCOMPARE(both->keySlots().size(), 2);
        QVERIFY(KeyHeader::parse(read("empty.bin")));
        QVERIFY(!KeyHeader::parse(read("bad-hash.bin")));
    }

    void recoveryKeyOpensTheDatabase()
    {
        const auto master = SecureKey::random();
        auto header = KeyHeader::create(*master);
        const auto recovery = RecoveryKey::generate();
        QVERIFY(recovery);
        QVERIFY(header->setRecovery(*master, recovery->publicKey));
        const QString text = RecoveryKey::secretText(recovery->secretKey);
        QCOMPARE(text.count(QLatin1Char('-')), 13);
        // Typed back in lower case with spaces instead of dashes.
        const auto typed =
            RecoveryKey::parseSecret(text.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY(typed);
        QCOMPARE(*typed, recovery->secretKey);
        QString mistyped = text;
        mistyped[0] = mistyped[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!RecoveryKey::parseSecret(mistyped));

        const auto parsed = KeyHeader::parse(*header->serialize());
        const auto unlocked = parsed->unlockRecovery(*typed);
        QVERIFY(unlocked);
        QVERIFY(std::equal(unlocked->data(), unlocked->data() + SecureKey::kBytes, master->data()));
        QVERIFY(!parsed->unlockRecovery(RecoveryKey::generate()->secretKey));
    }

    void fullCheckOnlyAfterUncleanShutdown()
    {
        TestDb t;
        QVERIFY(t.seed(3));
        QVERIFY(QFileInfo::exists(OpenMarker::path(t.path())));
        QVERIFY(!t.db->checkedAfterUncleanShutdown());
        t.db.reset();
        QVERIFY(!QFileInfo::exists(OpenMarker::path(t.path())));
        QVERIFY(t.open());
        QVERIFY(!t.db->checkedAfterUncleanShutdown());
        // A second holder keeps the marker when the first one closes.
        OpenError error;
        auto second = Database::open(t.path(), &error);
        QVERIFY(second);
        t.db.reset();
        QVERIFY(QFileInfo::exists(OpenMarker::path(t.path())));
        second.reset();
        QVERIFY(!QFileInfo::exists(OpenMarker::path(t.path())));
        // A marker nobody holds is what a killed process leaves.
        QFile marker(OpenMarker::path(t.path()));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QVERIFY(t.open());
        QVERIFY(t.db->checkedAfterUncleanShutdown());
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
