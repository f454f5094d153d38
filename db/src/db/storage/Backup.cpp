#include "db/storage/Backup.h"
#include "db/storage/BackupFile.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db {

namespace backupfile {

Outcome<Done> copyInto(Database& database, const QString& target)
{
    const QString temporary = target + QStringLiteral(".partial");
    QFile::remove(temporary);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return Refusal::of(Refusal::Code::BackupNotWritten, {target}, query.lastError().text());
    }
    if (auto problem = Database::inspect(temporary, true)) {
        QFile::remove(temporary);
        return Refusal::of(Refusal::Code::BackupUnsound, {target}, problem->message);
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target))
        return Refusal::of(Refusal::Code::FileNotMoved, {target});
    return Done{};
}

Outcome<Done> replace(const QString& backupFile, const QString& databasePath)
{
    if (auto problem = Database::inspect(backupFile, true))
        return problem->refusal();
    const QString staging = databasePath + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backupFile, staging))
        return Refusal::of(Refusal::Code::FileNotWritten, {staging, QStringLiteral("copy")});
    {
        QFile file(staging);
        if (!file.open(QIODevice::ReadWrite) || !file.flush())
            return Refusal::of(Refusal::Code::FileNotWritten, {staging, file.errorString()});
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (auto problem = Database::inspect(staging, true)) {
        QFile::remove(staging);
        return Refusal::of(Refusal::Code::BackupUnsound, {backupFile}, problem->message);
    }
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
    return Done{};
}

} // namespace backupfile

Outcome<Done> Backup::createAs(Database& database, const SignedInUser& user, const QString& target,
                               const Clock& clock)
{
    if (const auto refusal =
            AccessRules(database.connection()).check(user, Permission::ExportDatabase))
        return *refusal;
    if (const auto copied = backupfile::copyInto(database, target); !copied)
        return copied;
    AuditLog log(database.connection(), clock);
    const auto logged =
        log.append(user, audit::ExportDatabase, {},
                   QStringLiteral("backup to %1").arg(QFileInfo(target).fileName()));
    if (!logged)
        QFile::remove(target); // a copy that is not in the log is not kept
    return logged;
}

Outcome<Done> Backup::restoreAs(const QString& backupFile, const QString& databasePath,
                                const SignedInUser& user, const Clock& clock)
{
    // A damaged database has no accounts to ask: that is when a restore is
    // needed most, and its data is out of reach anyway. Any other file is
    // replaced only by its administrator (and never a newer or foreign one).
    if (QFileInfo::exists(databasePath)) {
        const auto problem = Database::inspect(databasePath, false);
        if (problem && problem->kind != OpenError::Kind::Damaged)
            return problem->refusal();
        if (!problem) {
            OpenError error;
            auto current = Database::open(databasePath, &error);
            if (!current)
                return error.refusal();
            if (const auto refusal =
                    AccessRules(current->connection()).check(user, Permission::ExportDatabase))
                return *refusal;
        }
    }
    if (const auto replaced = backupfile::replace(backupFile, databasePath); !replaced)
        return replaced;
    OpenError error;
    auto restored = Database::open(databasePath, &error);
    if (!restored)
        return error.refusal();
    AuditLog log(restored->connection(), clock);
    if (const auto logged =
            log.append(user, audit::DatabaseRestored, {},
                       QStringLiteral("restored from %1").arg(QFileInfo(backupFile).fileName()));
        !logged)
        return Refusal::of(Refusal::Code::RestoredWithoutLog, {}, logged.refusal.detail);
    return Done{};
}

} // namespace signaali::db
