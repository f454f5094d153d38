// A plaintext database becomes an encrypted one: every row kept, the known
// passwords and the recovery key open it, the other accounts get one-time
// passwords, no plaintext is left behind, and a conversion killed at any
// point leaves one whole database at the path. Accounts keep their slots in
// step: a changed password, a deactivated account.
#include "WorkspaceDb.h"
#include "core/RecoveryKey.h"
#include "db/admin/UserAdmin.h"
#include "db/admin/UserStore.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/DatabaseKeys.h"
#include "db/storage/Encryption.h"
#include "db/storage/KeySlots.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

using namespace signaali;
using namespace signaali::db;

class TestEncryptConversion : public QObject
{
    Q_OBJECT

private:
    static QStringList filesContaining(const QString& folder, const QByteArray& needle)
    {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                found << QFileInfo(file).fileName();
        }
        return found;
    }

    static int pupilCount(Database& db)
    {
        return scalar(db.connection(), QStringLiteral("SELECT count(*) FROM pupil"))->toInt();
    }

    static std::unique_ptr<Database> openAs(const QString& path, const QString& user,
                                            const QString& password)
    {
        const auto key = DatabaseKeys::unlock(path, user, password);
        if (!key)
            return nullptr;
        Database::Options options;
        options.key = *key;
        OpenError error;
        return Database::open(path, options, &error);
    }

private slots:
    void initTestCase() { keyslots::setCostForTests(KdfCost::cheapestForTests()); }

    void convertsEveryRowAndLeavesNoPlaintext()
    {
        WorkspaceDb w;
        QVERIFY(w.build(6));
        const int pupils = pupilCount(*w.db);
        const QString path = w.path();
        w.db.reset();
        QVERIFY(!filesContaining(w.dir.path(), "Testinen").isEmpty()); // plaintext today

        const auto done =
            Encryption::encrypt({path,
                                 QStringLiteral("admin"),
                                 WorkspaceDb::kPassword,
                                 {{QStringLiteral("hoitaja"), WorkspaceDb::kPassword}}});
        QVERIFY2(done.ok(), qPrintable(done.error() + QStringLiteral(" / ") + done.refusal.detail));
        QVERIFY(DatabaseKeys::isEncrypted(path));
        QCOMPARE(filesContaining(w.dir.path(), "Testinen"), QStringList());
        QCOMPARE(filesContaining(w.dir.path(), "Muualla"), QStringList());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".plaintext")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".encrypting")));

        // Four accounts had passwords nobody but their owners knew.
        QCOMPARE(done->oneTimePasswords.size(), 4);
        auto db = openAs(path, QStringLiteral("admin"), WorkspaceDb::kPassword);
        QVERIFY(db);
        QCOMPARE(pupilCount(*db), pupils);
        QCOMPARE(db->integrityProblems(), QStringList());
        db.reset();
        QVERIFY(openAs(path, QStringLiteral("hoitaja"), WorkspaceDb::kPassword));
        QVERIFY(!openAs(path, QStringLiteral("psykologi"), WorkspaceDb::kPassword));
        const OneTimePassword& first = done->oneTimePasswords.first();
        db = openAs(path, first.username, first.password);
        QVERIFY(db);
        const SignInResult signedIn =
            UserStore(db->connection()).signIn(first.username, first.password);
        QVERIFY(signedIn.user);
        QVERIFY(signedIn.passwordChangeRequired);
        db.reset();

        const auto recovered = DatabaseKeys::unlockWithRecoveryKey(path, done->recoveryKey);
        QVERIFY(recovered);
        QVERIFY(!DatabaseKeys::unlockWithRecoveryKey(path, QStringLiteral("AAAA-BBBB")));

        // Once is enough.
        QCOMPARE(Encryption::encrypt({path, QStringLiteral("admin"), WorkspaceDb::kPassword, {}})
                     .refusal.code,
                 Refusal::Code::AlreadyEncrypted);
    }

    void refusedForAWrongPasswordOrANonAdministrator()
    {
        WorkspaceDb w;
        QVERIFY(w.build(2));
        w.db.reset();
        QVERIFY(
            !Encryption::encrypt({w.path(), QStringLiteral("admin"), QStringLiteral("wrong"), {}}));
        QVERIFY(!Encryption::encrypt(
            {w.path(), QStringLiteral("hoitaja"), WorkspaceDb::kPassword, {}}));
        QVERIFY(!Encryption::encrypt({w.path(),
                                      QStringLiteral("admin"),
                                      WorkspaceDb::kPassword,
                                      {{QStringLiteral("hoitaja"), QStringLiteral("guess")}}}));
        QVERIFY(!DatabaseKeys::isEncrypted(w.path()));
        QVERIFY(w.open());
        QCOMPARE(w.db->integrityProblems(), QStringList());
    }

    void passwordChangesAndDeactivationKeepSlotsInStep()
    {
        WorkspaceDb w;
        QVERIFY(w.build(2));
        const QString path = w.path();
        w.db.reset();
        QVERIFY(Encryption::encrypt({path,
                                     QStringLiteral("admin"),
                                     WorkspaceDb::kPassword,
                                     {{QStringLiteral("hoitaja"), WorkspaceDb::kPassword}}}));
        auto db = openAs(path, QStringLiteral("hoitaja"), WorkspaceDb::kPassword);
        QVERIFY(db);
        UserStore users(db->connection());
        const SignedInUser nurse =
            *users.signIn(QStringLiteral("hoitaja"), WorkspaceDb::kPassword).user;
        const QString newPassword = QStringLiteral("uusi pitkä salasana");
        QVERIFY(users.changeOwnPassword(nurse, WorkspaceDb::kPassword, newPassword));
        db.reset();
        QVERIFY(!DatabaseKeys::unlock(path, QStringLiteral("hoitaja"), WorkspaceDb::kPassword));
        QVERIFY(DatabaseKeys::unlock(path, QStringLiteral("hoitaja"), newPassword));

        db = openAs(path, QStringLiteral("admin"), WorkspaceDb::kPassword);
        const SignedInUser admin = *UserStore(db->connection())
                                        .signIn(QStringLiteral("admin"), WorkspaceDb::kPassword)
                                        .user;
        QVERIFY(UserAdmin(db->connection()).setActive(admin, nurse.id, false));
        QVERIFY(!DatabaseKeys::unlock(path, QStringLiteral("hoitaja"), newPassword));
        // The administrator's new password for her brings a slot back.
        QVERIFY(UserAdmin(db->connection()).setActive(admin, nurse.id, true));
        QVERIFY(UserAdmin(db->connection())
                    .setPassword(admin, nurse.id, QStringLiteral("kertakäyttöinen 1")));
        QVERIFY(DatabaseKeys::unlock(path, QStringLiteral("hoitaja"),
                                     QStringLiteral("kertakäyttöinen 1")));
        // A new account opens it with its first password.
        NewUser user{QStringLiteral("uusi"),
                     QStringLiteral("Uusi"),
                     Role::CaseTeam,
                     QStringLiteral("ensimmäinen salasana"),
                     {}};
        QVERIFY(UserAdmin(db->connection()).createUser(admin, user));
        QVERIFY(DatabaseKeys::unlock(path, QStringLiteral("uusi"), user.password));
    }

    void killedConversionLeavesOneWholeDatabase()
    {
        WorkspaceDb w;
        QVERIFY(w.build(30));
        const int pupils = pupilCount(*w.db);
        w.db.reset();
        const QString original = w.dir.filePath(QStringLiteral("original.db"));
        QVERIFY(QFile::copy(w.path(), original));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIGNAALI_TEST_PASSWORD"), WorkspaceDb::kPassword);
        auto run = [&](const QString& path, int killAfterMs) {
            QProcess child;
            child.setProcessEnvironment(env);
            child.start(QStringLiteral(CRASH_WRITER), {QStringLiteral("encrypt"), path});
            child.waitForStarted(10000);
            QByteArray output;
            while (!output.contains("READY") && child.waitForReadyRead(10000))
                output += child.readAllStandardOutput();
            QElapsedTimer timer;
            timer.start();
            const bool finished = child.waitForFinished(killAfterMs);
            if (!finished) {
                child.kill();
                child.waitForFinished(10000);
            }
            return finished ? timer.elapsed() : -1;
        };
        // How long a whole conversion takes here, to spread the kills over it.
        QTemporaryDir probeDir;
        const QString probe = probeDir.filePath(QStringLiteral("probe.db"));
        QVERIFY(QFile::copy(original, probe));
        const qint64 duration = run(probe, 60000);
        QVERIFY(duration > 0);
        QVERIFY(DatabaseKeys::isEncrypted(probe));

        QRandomGenerator rng(20261203);
        int plaintext = 0, encrypted = 0;
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("signaali.db"));
            QVERIFY(QFile::copy(original, path));
            QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            // Half the kills fall near the end, where the swap and the wipe are;
            // the first comes at once and the last never (a busy machine
            // stretches the conversion past the probe's time).
            const qint64 from = round % 2 == 0 ? 0 : duration * 7 / 10;
            const qint64 span = round % 2 == 0 ? duration : duration * 8 / 10;
            const int killAfter = round == 0 ? 1
                                  : round == 19
                                      ? 120000
                                      : static_cast<int>(from + rng.bounded(quint32(span)));
            run(path, killAfter);
            std::unique_ptr<Database> db;
            if (DatabaseKeys::isEncrypted(path)) {
                ++encrypted;
                db = openAs(path, QStringLiteral("admin"), WorkspaceDb::kPassword);
                QVERIFY2(db, "the encrypted database does not open");
                QCOMPARE(filesContaining(dir.path(), "Testinen"), QStringList());
            } else {
                ++plaintext;
                OpenError error;
                db = Database::open(path, Database::Options{false, -1, nullptr, false}, &error);
                QVERIFY2(db, qPrintable(error.toString()));
            }
            QCOMPARE(pupilCount(*db), pupils);
            QCOMPARE(db->integrityProblems(), QStringList());
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".plaintext")));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".encrypting")));
        }
        qInfo("conversion %lld ms; after 20 kills: %d plaintext, %d encrypted",
              static_cast<long long>(duration), plaintext, encrypted);
        QVERIFY(plaintext > 0);
        QVERIFY(encrypted > 0);
    }
};

QTEST_GUILESS_MAIN(TestEncryptConversion)
#include "tst_encryptconversion.moc"
