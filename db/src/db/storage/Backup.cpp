#include "db/storage/Backup.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db {

std::optional<QString> Backup::create(Database& database, const QString& target)
{
    const QString temporary = target + QStringLiteral(".partial");
    QFile::remove(temporary);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return QStringLiteral("%1: backup failed: %2").arg(target, query.lastError().text());
    }
    if (auto problem = Database::inspect(temporary, true)) {
        QFile::remove(temporary);
        return QStringLiteral("%1: the backup did not pass its integrity check: %2")
            .arg(target, problem->message);
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target))
        return QStringLiteral("%1: cannot move the backup into place").arg(target);
    return std::nullopt;
}

std::optional<QString> Backup::restore(const QString& backupFile, const QString& databasePath)
{
    if (auto problem = Database::inspect(backupFile, true))
        return QStringLiteral("refusing to restore: %1").arg(problem->toString());
    const QString staging = databasePath + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backupFile, staging))
        return QStringLiteral("%1: cannot copy the backup next to the database").arg(staging);
    {
        QFile file(staging);
        if (!file.open(QIODevice::ReadWrite) || !file.flush())
            return QStringLiteral("%1: cannot write").arg(staging);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (auto problem = Database::inspect(staging, true)) {
        QFile::remove(staging);
        return QStringLiteral("the copied backup failed its check: %1").arg(problem->message);
    }
    // Keep what is replaced, WAL included, rather than deleting anything.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString current = databasePath + suffix;
        if (QFileInfo::exists(current) &&
            !QFile::rename(current,
                           databasePath + QStringLiteral(".before-restore-") + stamp + suffix))
            return QStringLiteral("%1: cannot move the current file aside").arg(current);
    }
    if (!QFile::rename(staging, databasePath))
        return QStringLiteral("%1: cannot move the restored file into place (it is at %2)")
            .arg(databasePath, staging);
    return std::nullopt;
}

Outcome<Done> Backup::createAs(Database& database, const SignedInUser& user, const QString& target,
                               const Clock& clock)
{
    if (const auto refusal =
            AccessRules(database.connection()).check(user, Permission::ExportDatabase))
        return *refusal;
    if (auto problem = create(database, target))
        return Refusal::failed(*problem);
    AuditLog log(database.connection(), clock);
    if (!log.append(user, audit::ExportDatabase, {},
                    QStringLiteral("backup to %1").arg(QFileInfo(target).fileName()))) {
        QFile::remove(target); // a copy that is not in the log is not kept
        return Refusal::auditLogFailed(log.lastError());
    }
    return Done{};
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
            return Refusal::badInput(
                QStringLiteral("refusing to replace %1").arg(problem->toString()));
        if (!problem) {
            OpenError error;
            auto current = Database::open(databasePath, &error);
            if (!current)
                return Refusal::badInput(error.toString());
            if (const auto refusal =
                    AccessRules(current->connection()).check(user, Permission::ExportDatabase))
                return *refusal;
        }
    }
    if (auto problem = restore(backupFile, databasePath))
        return Refusal::badInput(*problem);
    OpenError error;
    auto restored = Database::open(databasePath, &error);
    if (!restored)
        return Refusal::failed(error.toString());
    AuditLog log(restored->connection(), clock);
    if (!log.append(user, audit::DatabaseRestored, {},
                    QStringLiteral("restored from %1").arg(QFileInfo(backupFile).fileName())))
        return Refusal::of(Refusal::Code::RestoredWithoutLog, {}, log.lastError());
    return Done{};
}

} // namespace signaali::db
