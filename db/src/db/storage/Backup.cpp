#include "db/storage/Backup.h"
#include "db/storage/BackupFile.h"

#include "core/OutputFile.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/admin/UserStore.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/CryptVfs.h"
#include "db/storage/DatabaseKeys.h"
#include "db/storage/DatabaseLock.h"
#include "db/storage/KeyArea.h"
#include "db/storage/KeySlots.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db {

namespace backupfile {

Outcome<Done> copyInto(Database& database, const QString& target, bool replace)
{
    StagedFile staged(target, {replace, true, OutputFile::databaseFiles(database.path())});
    if (auto refusal = staged.prepare())
        return *refusal;
    // An encrypted database's backup is encrypted with the same master key and
    // carries the same key slots: the same passwords and recovery key open it.
    const auto key = keyslots::keyOf(database.connection());
    QString into = staged.stagingPath();
    QString token;
    if (key) {
        const auto header = keyarea::read(database.connection());
        if (!header)
            return Refusal::of(Refusal::Code::BackupNotWritten, {target},
                               QStringLiteral("the key area cannot be read"));
        if (const QString problem = keyarea::initialise(into, *header); !problem.isEmpty())
            return Refusal::of(Refusal::Code::BackupNotWritten, {target}, problem);
        token = CryptVfs::attachKey(key);
        into = CryptVfs::uri(into, token);
    }
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(into);
    const bool written = query.exec();
    const QString writeError = query.lastError().text();
    query.finish();
    if (!token.isEmpty())
        CryptVfs::detachKey(token);
    if (!written)
        return Refusal::of(Refusal::Code::BackupNotWritten, {target}, writeError);
    if (auto problem = Database::inspect(staged.stagingPath(), true, key))
        return Refusal::of(Refusal::Code::BackupUnsound, {target}, problem->message);
    if (auto refusal = staged.commit())
        return *refusal;
    return Done{};
}

Outcome<QString> stage(const QString& backupFile, const QString& databasePath,
                       std::shared_ptr<SecureKey> key)
{
    if (auto problem = Database::inspect(backupFile, true, key))
        return problem->refusal();
    const QString staging = databasePath + QStringLiteral(".restoring");
    for (const char* suffix : {"", "-wal", "-shm", "-lock", "-open"})
        QFile::remove(staging + QLatin1String(suffix));
    if (!QFile::copy(backupFile, staging))
        return Refusal::of(Refusal::Code::FileNotWritten, {staging, QStringLiteral("copy")});
    {
        QFile file(staging);
        if (!file.open(QIODevice::ReadWrite) || !file.flush())
            return Refusal::of(Refusal::Code::FileNotWritten, {staging, file.errorString()});
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (auto problem = Database::inspect(staging, true, key)) {
        discard(staging);
        return Refusal::of(Refusal::Code::BackupUnsound, {backupFile}, problem->message);
    }
    return staging;
}

void discard(const QString& staging)
{
    for (const char* suffix : {"", "-wal", "-shm", "-lock", "-open"})
        QFile::remove(staging + QLatin1String(suffix));
}

Outcome<Done> swapIn(const QString& staging, const QString& databasePath)
{
    // Keep what is replaced, WAL included, rather than deleting anything.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString current = databasePath + suffix;
        if (QFileInfo::exists(current) &&
            !QFile::rename(current,
                           databasePath + QStringLiteral(".before-restore-") + stamp + suffix))
            return Refusal::of(Refusal::Code::FileNotMoved, {current});
    }
    if (!QFile::rename(staging, databasePath))
        return Refusal::of(Refusal::Code::FileNotMoved, {databasePath},
                           QStringLiteral("the restored file is at ") + staging);
    for (const char* suffix : {"-wal", "-shm", "-lock", "-open"})
        QFile::remove(staging + QLatin1String(suffix));
    return Done{};
}

Outcome<Done> replace(const QString& backupFile, const QString& databasePath)
{
    const auto staging = stage(backupFile, databasePath);
    if (!staging)
        return staging.refusal;
    return swapIn(*staging, databasePath);
}

} // namespace backupfile

Outcome<Done> Backup::createAs(Database& database, const SignedInUser& user, const QString& target,
                               bool replace, const Clock& clock)
{
    if (const auto refusal =
            AccessRules(database.connection()).check(user, Permission::ExportDatabase))
        return *refusal;
    if (const auto copied = backupfile::copyInto(database, target, replace); !copied)
        return copied;
    AuditLog log(database.connection(), clock);
    const auto logged =
        log.append(user, audit::ExportDatabase, {},
                   QStringLiteral("backup to %1").arg(QFileInfo(target).fileName()));
    if (!logged)
        QFile::remove(target); // a copy that is not in the log is not kept
    return logged;
}

namespace {
QString municipalityOf(QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT uuid FROM municipality ORDER BY id LIMIT 1"))
        .value_or(QString())
        .toString();
}

// The request's administrator, signed in to `database`; refused otherwise.
Outcome<SignedInUser> administrator(Database& database, const RestoreRequest& request,
                                    const Clock& clock, bool inPlace)
{
    const SignInResult signedIn =
        UserStore(database.connection(), clock, inPlace).signIn(request.username, request.password);
    if (!signedIn.user)
        return Refusal::of(Refusal::Code::SignedOut, {}, signedIn.message);
    if (const auto refusal =
            AccessRules(database.connection()).check(*signedIn.user, Permission::ExportDatabase))
        return *refusal;
    return *signedIn.user;
}
} // namespace

Outcome<Done> Backup::restoreAs(const RestoreRequest& request, const Clock& clock)
{
    const QString& path = request.databasePath;
    // What is there now: nothing, a database whose administrator must agree,
    // a damaged one (still replaced only by an administrator of the backup),
    // or something that must not be touched.
    QString liveMunicipality;
    if (QFileInfo::exists(path)) {
        std::shared_ptr<SecureKey> liveKey;
        if (DatabaseKeys::isEncrypted(path)) {
            const auto key = DatabaseKeys::unlock(path, request.username, request.password);
            if (!key)
                return key.refusal;
            liveKey = *key;
        }
        if (const auto problem = Database::inspect(path, false, liveKey)) {
            if (problem->kind != OpenError::Kind::Damaged &&
                problem->kind != OpenError::Kind::PageDamaged &&
                problem->kind != OpenError::Kind::AuditBroken)
                return problem->refusal();
        } else {
            OpenError error;
            auto current =
                Database::open(path, Database::Options{false, -1, liveKey, false}, &error);
            if (!current)
                return error.refusal();
            const auto admin = administrator(*current, request, clock, true);
            if (!admin)
                return admin.refusal;
            liveMunicipality = municipalityOf(current->connection());
        }
    }
    // Nothing is moved while another Signaali program has the file open.
    const DatabaseLock lock(path, DatabaseLock::Mode::Exclusive);
    if (!lock.held())
        return Refusal::of(Refusal::Code::DatabaseInUse, {path});

    // The backup opens with the same administrator's password as the database.
    std::shared_ptr<SecureKey> backupKey;
    if (DatabaseKeys::isEncrypted(request.backupFile)) {
        const auto key =
            DatabaseKeys::unlock(request.backupFile, request.username, request.password);
        if (!key)
            return key.refusal;
        backupKey = *key;
    }
    const auto staging = backupfile::stage(request.backupFile, path, backupKey);
    if (!staging)
        return staging.refusal;
    {
        OpenError error;
        auto restored =
            Database::open(*staging, Database::Options{false, -1, backupKey, false}, &error);
        if (!restored) {
            backupfile::discard(*staging);
            return error.refusal();
        }
        auto refuse = [&](const Refusal& refusal) {
            restored.reset();
            backupfile::discard(*staging);
            return refusal;
        };
        QSqlDatabase& c = restored->connection();
        if (!request.confirmReplace && AccessRules(c).beforeSetup())
            return refuse(Refusal::of(Refusal::Code::BackupBeforeSetup, {request.backupFile}));
        if (!request.confirmReplace && !liveMunicipality.isEmpty() &&
            municipalityOf(c) != liveMunicipality)
            return refuse(
                Refusal::of(Refusal::Code::BackupOtherMunicipality, {request.backupFile}));
        SignedInUser user;
        if (!AccessRules(c).beforeSetup()) {
            const auto admin = administrator(*restored, request, clock, false);
            if (!admin)
                return refuse(admin.refusal);
            user = *admin;
        } else if (liveMunicipality.isEmpty()) {
            // An empty backup over a damaged database: nobody to ask at all.
            return refuse(Refusal::of(Refusal::Code::BackupBeforeSetup, {request.backupFile}));
        }
        if (const auto logged = AuditLog(c, clock).append(
                user, audit::DatabaseRestored, {},
                QStringLiteral("restored from %1").arg(QFileInfo(request.backupFile).fileName()));
            !logged)
            return refuse(
                Refusal::of(Refusal::Code::RestoredWithoutLog, {}, logged.refusal.detail));
        if (!restored->checkpoint())
            return refuse(Refusal::databaseFailed(QStringLiteral("cannot checkpoint the restore")));
    }
    if (const auto swapped = backupfile::swapIn(*staging, path); !swapped) {
        backupfile::discard(*staging);
        return swapped;
    }
    return Done{};
}

} // namespace signaali::db
