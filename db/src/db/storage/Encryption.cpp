#include "db/storage/Encryption.h"

#include "core/KeyHeader.h"
#include "core/RecoveryKey.h"
#include "core/Secret.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/admin/UserStore.h"
#include "db/admin/UserValidation.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/CryptVfs.h"
#include "db/storage/Database.h"
#include "db/storage/DatabaseFile.h"
#include "db/storage/DatabaseKeys.h"
#include "db/storage/DatabaseLock.h"
#include "db/storage/KeyArea.h"
#include "db/storage/KeySlots.h"
#include "db/storage/OpenMarker.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace signaali::db {

namespace {
QString stagingPath(const QString& path)
{
    return path + QStringLiteral(".encrypting");
}

QString replacedPath(const QString& path)
{
    return path + QStringLiteral(".plaintext");
}

void removeWithCompanions(const QString& file)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", "-lock", "-open"})
        QFile::remove(file + QLatin1String(suffix));
}

// Overwrites the file with zeros, syncs and removes it: what secure_delete
// cannot reach once the pages have left SQLite's hands.
void wipe(const QString& file)
{
    QFile f(file);
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(1 << 20, '\0');
        for (qint64 left = f.size(); left > 0; left -= zeros.size())
            f.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
        f.flush();
#ifdef Q_OS_UNIX
        ::fsync(f.handle());
#endif
        f.close();
    }
    QFile::remove(file);
}

bool sameFile(const QString& a, const QString& b)
{
#ifdef Q_OS_UNIX
    struct stat sa, sb;
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return false;
#endif
}

bool syncFolder(const QString& file)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(file).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(file);
    return true;
#endif
}

QString oneTimePassword()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            password += QLatin1Char('-');
        password +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    }
    return password;
}

// Rows per table, to compare the copy with the original.
QMap<QString, qint64> rowCounts(QSqlDatabase& db)
{
    QMap<QString, qint64> counts;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& name : names)
        counts[name] = scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name))
                           .value_or(QVariant(-1))
                           .toLongLong();
    return counts;
}

bool keepWal(QSqlDatabase& db)
{
    sqlite3* connection = detail::sqliteHandle(db);
    int on = 1;
    return connection &&
           sqlite3_file_control(connection, "main", SQLITE_FCNTL_PERSIST_WAL, &on) == SQLITE_OK;
}

// Copies every frame into the file and leaves the WAL's content in place.
bool checkpointFully(QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)")) && query.next() &&
           query.value(0).toInt() == 0;
}

struct Account
{
    qint64 id;
    QString username;
    QString displayName;
    QString hash;
};

QList<Account> activeAccounts(QSqlDatabase& db)
{
    QList<Account> accounts;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id, username, display_name, password_hash FROM app_user "
                              "WHERE active = 1 AND coalesce(password_hash, '') <> '' "
                              "ORDER BY username"));
    while (query.next())
        accounts << Account{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toString()};
    return accounts;
}
} // namespace

void Encryption::finishInterrupted(const QString& path)
{
    if (!QFileInfo::exists(path + QStringLiteral(".encrypting")) &&
        !QFileInfo::exists(replacedPath(path)))
        return;
    // A conversion under way holds the file exclusively: its files are not leftovers.
    const DatabaseLock alone(path, DatabaseLock::Mode::Exclusive);
    if (!alone.held())
        return;
    if (QFileInfo::exists(path) && QFileInfo::exists(stagingPath(path)))
        removeWithCompanions(stagingPath(path)); // never swapped in: ciphertext only
    const QString replaced = replacedPath(path);
    if (!QFileInfo::exists(replaced))
        return;
    if (sameFile(replaced, path))
        QFile::remove(replaced); // killed before the swap: the link is the live file
    else if (keyarea::looksEncrypted(path))
        wipe(replaced);
}

Outcome<EncryptionResult> Encryption::encrypt(const EncryptionRequest& request)
{
    const QString& path = request.path;
    if (!QFileInfo::exists(path))
        return Refusal::of(Refusal::Code::DatabaseMissing, {path});
    if (keyarea::looksEncrypted(path))
        return Refusal::of(Refusal::Code::AlreadyEncrypted, {path});
    finishInterrupted(path);
    OpenError error;
    auto plain = Database::open(path, Database::Options{false, -1, nullptr, true}, &error);
    if (!plain)
        return error.kind == OpenError::Kind::Busy
                   ? Refusal::of(Refusal::Code::DatabaseInUse, {path})
                   : error.refusal();
    QSqlDatabase& source = plain->connection();
    const SignInResult signedIn = UserStore(source).signIn(request.username, request.password);
    if (!signedIn.user)
        return Refusal::of(Refusal::Code::WrongPassword, {}, signedIn.message);
    if (const auto refusal = AccessRules(source).check(*signedIn.user, Permission::ManageUsers))
        return *refusal;
    const SignedInUser admin = *signedIn.user;

    QList<KnownPassword> known{{admin.username, request.password}};
    const QList<Account> accounts = activeAccounts(source);
    for (const KnownPassword& other : request.others) {
        const auto it = std::find_if(accounts.begin(), accounts.end(), [&](const Account& a) {
            return a.username.compare(other.username, Qt::CaseInsensitive) == 0;
        });
        if (it == accounts.end() || !Secret::verify(other.password, it->hash))
            return Refusal::of(Refusal::Code::WrongPassword, {}, other.username);
        known << other;
    }

    const auto master = SecureKey::random();
    auto header = master ? KeyHeader::create(*master) : std::nullopt;
    const auto recovery = RecoveryKey::generate();
    if (!header || !recovery || !header->setRecovery(*master, recovery->publicKey))
        return Refusal::of(Refusal::Code::PasswordHashFailed);
    for (const KnownPassword& account : known)
        if (!header->setAccount(*master, account.username, account.password, keyslots::cost()))
            return Refusal::of(Refusal::Code::PasswordHashFailed);

    const QString staging = stagingPath(path);
    removeWithCompanions(staging);
    if (const QString problem = keyarea::create(staging, *header); !problem.isEmpty())
        return Refusal::of(Refusal::Code::FileNotWritten, {staging, problem});
    auto fail = [&](Refusal refusal) {
        removeWithCompanions(staging);
        return refusal;
    };
    // The WAL stays after the close (persistent) so that its plaintext frames
    // can be overwritten, not just released to the file system.
    if (!keepWal(source) || !checkpointFully(source) || !detail::reserveForEncryption(source))
        return fail(Refusal::databaseFailed(QStringLiteral("cannot prepare %1").arg(path)));
    const QMap<QString, qint64> before = rowCounts(source);
    if (!CryptVfs::ensureRegistered())
        return fail(Refusal::databaseFailed(QStringLiteral("the encryption layer cannot start")));
    const QString token = CryptVfs::attachKey(master);
    QSqlQuery vacuum(source);
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(CryptVfs::uri(staging, token));
    const bool copied = vacuum.exec();
    const QString copyError = vacuum.lastError().text();
    vacuum.finish();
    CryptVfs::detachKey(token);
    plain.reset(); // the last connection: SQLite checkpoints into the file
    if (!copied)
        return fail(Refusal::of(Refusal::Code::FileNotWritten, {staging, copyError}));
    // Nobody may open the plaintext file between here and the swap.
    const DatabaseLock alone(path, DatabaseLock::Mode::Exclusive);
    if (!alone.held())
        return fail(Refusal::of(Refusal::Code::DatabaseInUse, {path}));
    // Every frame is in the file now: the WAL's plaintext goes before anything
    // else can open the file (and before it could sit beside the encrypted one).
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        wipe(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    if (const auto problem = Database::inspect(staging, true, master))
        return fail(Refusal::of(Refusal::Code::DatabaseDamaged, {staging}, problem->message));
    EncryptionResult result;
    result.recoveryKey = RecoveryKey::secretText(recovery->secretKey);
    {
        Database::Options options{false, -1, master};
        auto encrypted = Database::open(staging, options, &error);
        if (!encrypted)
            return fail(error.refusal());
        QSqlDatabase& copy = encrypted->connection();
        if (rowCounts(copy) != before)
            return fail(Refusal::databaseFailed(
                QStringLiteral("the encrypted copy does not hold every row of %1").arg(path)));
        for (const Account& account : accounts) {
            const bool isKnown = std::any_of(known.begin(), known.end(), [&](const auto& k) {
                return k.username.compare(account.username, Qt::CaseInsensitive) == 0;
            });
            if (isKnown)
                continue;
            const QString password = oneTimePassword();
            const auto stored = users::storePassword(copy, Clock::system(), admin, account.id,
                                                     account.username, password);
            if (!stored)
                return fail(stored.refusal);
            result.oneTimePasswords
                << OneTimePassword{account.username, account.displayName, password};
        }
        const auto logged = AuditLog(copy).append(
            admin, audit::DatabaseEncrypted, {},
            QStringLiteral("%1 one-time passwords").arg(result.oneTimePasswords.size()));
        if (!logged)
            return fail(logged.refusal);
        if (!encrypted->checkpoint())
            return fail(
                Refusal::databaseFailed(QStringLiteral("cannot checkpoint %1").arg(staging)));
    }
    for (const char* suffix : {"-wal", "-shm", "-lock", "-open"})
        QFile::remove(staging + QLatin1String(suffix));
    if (request.keep)
        if (auto refusal = request.keep(result))
            return fail(*refusal);

    // The swap: the plaintext file keeps a second name until the encrypted
    // one has taken its place, so the path is never without a whole database.
    const QString replaced = replacedPath(path);
    QFile::remove(replaced);
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(replaced).constData()) != 0)
        return fail(Refusal::of(Refusal::Code::FileNotMoved, {path}));
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(Refusal::of(Refusal::Code::FileNotMoved, {path}));
#else
    if (!QFile::rename(path, replaced) || !QFile::rename(staging, path))
        return fail(Refusal::of(Refusal::Code::FileNotMoved, {path}));
#endif
    syncFolder(path);
    wipe(replaced);
    for (const char* suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            wipe(path + QLatin1String(suffix));
    QFile::remove(OpenMarker::path(path)); // closed cleanly: nobody else had it open
    syncFolder(path);
    return result;
}

Outcome<Done> Encryption::recover(const QString& path, const QString& recoveryKey,
                                  const QString& username, const QString& newPassword)
{
    const auto key = DatabaseKeys::unlockWithRecoveryKey(path, recoveryKey);
    if (!key)
        return key.refusal;
    if (const auto problem = users::checkPassword(newPassword, QStringLiteral("new password")))
        return *problem;
    OpenError error;
    auto database = Database::open(path, Database::Options{false, -1, *key, false}, &error);
    if (!database)
        return error.refusal();
    QSqlDatabase& db = database->connection();
    const auto row = scalar(db,
                            QStringLiteral("SELECT id FROM app_user WHERE username = ? AND "
                                           "active = 1 AND role = 'admin'"),
                            {username.trimmed().toLower()});
    if (!row)
        return Refusal::of(Refusal::Code::NoUserName, {username});
    SignedInUser admin;
    admin.id = row->toLongLong();
    admin.username = username.trimmed().toLower();
    admin.role = Role::Admin;
    const auto logged = AuditLog(db).append(admin, audit::RecoveryKeyUsed, {},
                                            QStringLiteral("user %1").arg(admin.username));
    if (!logged)
        return logged.refusal;
    return users::storePassword(db, Clock::system(), admin, admin.id, admin.username, newPassword);
}

} // namespace signaali::db
