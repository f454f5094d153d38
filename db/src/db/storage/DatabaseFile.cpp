#include "db/storage/DatabaseFile.h"

#include "core/KeyHeader.h"
#include "core/PageCipher.h"
#include "db/access/AuditChain.h"
#include "db/storage/CryptVfs.h"
#include "db/storage/KeyArea.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <sqlite3.h>

namespace signaali::db::detail {

QVariant pragma(QSqlDatabase& db, const QString& name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

void configureSqlite()
{
    // Nothing reads SQLite's memory statistics, and keeping them takes a
    // global mutex on every allocation: a tenth of a bulk load's time.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
}

QSqlDatabase openConnection(const QString& path, bool readOnly, const QString& keyToken)
{
    configureSqlite();
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QSQLITE"),
        QStringLiteral("signaali-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    db.setDatabaseName(path);
    // Another process's lock is waited for (then told as busy, not as damage).
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    QString uri = keyToken.isEmpty() ? QString() : CryptVfs::uri(path, keyToken);
    if (readOnly) {
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
        // Looking at a file must not leave -wal and -shm files beside it: with
        // none there, nobody has it open and it can be read as immutable.
        if (!QFileInfo::exists(path + QStringLiteral("-wal")) &&
            !QFileInfo::exists(path + QStringLiteral("-shm"))) {
            if (uri.isEmpty())
                uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                          .toString(QUrl::FullyEncoded) +
                      QStringLiteral("?immutable=1");
            else
                uri += QStringLiteral("&immutable=1");
        }
    }
    if (!uri.isEmpty()) {
        options << QStringLiteral("QSQLITE_OPEN_URI");
        db.setDatabaseName(uri);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    db.open();
    if (db.isOpen()) {
        // Sorts, temporary tables and statement journals never touch the disk.
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    return db;
}

sqlite3* sqliteHandle(QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool reserveForEncryption(QSqlDatabase& db)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return false;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA page_size = %1").arg(KeyHeader::kPageSize));
    int reserve = PageCipher::kReserve;
    return sqlite3_file_control(connection, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) ==
           SQLITE_OK;
}

void closeConnection(QSqlDatabase& db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool isBusy(const QString& sqlError)
{
    return sqlError.contains(QLatin1String("locked")) || sqlError.contains(QLatin1String("busy"));
}

namespace {
std::optional<OpenError> pageFailure(const QString& path)
{
    const auto failure = CryptVfs::takeLastFailure();
    if (!failure)
        return std::nullopt;
    return OpenError{OpenError::Kind::PageDamaged,
                     path,
                     QStringLiteral("page %1 fails authentication: it is damaged or was changed")
                         .arg(failure->page),
                     {QString::number(failure->page)}};
}
} // namespace

std::optional<OpenError> check(QSqlDatabase& db, const QString& path, Depth depth,
                               int auditChainVersion)
{
    const bool fullCheck = depth == Depth::Full;
    CryptVfs::takeLastFailure();
    auto fail = [&](OpenError::Kind kind, const QString& message) {
        return std::optional<OpenError>(OpenError{kind, path, message, {}});
    };
    const QVariant appId = pragma(db, QStringLiteral("application_id"));
    if (!appId.isValid() && isBusy(db.lastError().text()))
        return fail(OpenError::Kind::Busy, db.lastError().text());
    if (!appId.isValid())
        if (auto page = pageFailure(path))
            return page;
    if (!appId.isValid())
        return fail(OpenError::Kind::Damaged,
                    QStringLiteral("the file is damaged or not a database (%1)")
                        .arg(db.lastError().text()));
    const QVariant tables = [&] {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        return query.next() ? query.value(0) : QVariant();
    }();
    if (!tables.isValid())
        return fail(OpenError::Kind::Damaged,
                    QStringLiteral("the file is damaged: its schema cannot be read"));
    const int version = pragma(db, QStringLiteral("user_version")).toInt();
    // Only a file with nothing in it at all may become a Signaali database: an
    // SQLite file another program marked (its own application id or version)
    // is left untouched even while it has no tables.
    if (appId.toInt() != Database::kApplicationId &&
        (tables.toInt() > 0 || appId.toInt() != 0 || version != 0))
        return fail(
            OpenError::Kind::NotSignaali,
            QStringLiteral("not a Signaali database (an SQLite file made by another program)"));
    if (version > Database::currentSchemaVersion())
        return fail(
            OpenError::Kind::TooNew,
            QStringLiteral(
                "made by a newer Signaali (schema version %1; this version reads up to %2); "
                "update Signaali to open it")
                .arg(version)
                .arg(Database::currentSchemaVersion()));
    if (depth == Depth::None)
        return std::nullopt;
    QSqlQuery query(db);
    const QString checkSql =
        fullCheck ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
    if (!query.exec(checkSql) && isBusy(query.lastError().text()))
        return fail(OpenError::Kind::Busy, query.lastError().text());
    if (!query.isActive()) {
        if (auto page = pageFailure(path))
            return page;
        return fail(OpenError::Kind::Damaged,
                    QStringLiteral("the file is damaged (%1)").arg(query.lastError().text()));
    }
    QStringList problems;
    while (query.next())
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << query.value(0).toString();
    if (auto page = pageFailure(path))
        return page;
    if (!problems.isEmpty())
        return fail(OpenError::Kind::Damaged,
                    QStringLiteral("the file is damaged: %1")
                        .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
    if (fullCheck && version >= auditChainVersion) {
        const auto chain = auditchain::verify(db);
        if (!chain)
            return fail(OpenError::Kind::Damaged, chain.refusal.detail);
        if (!chain->ok()) {
            OpenError broken{
                OpenError::Kind::AuditBroken,
                path,
                QStringLiteral("the audit log has been tampered with at row %1 (%2)")
                    .arg(chain->firstBadId)
                    .arg(auditChainProblemId(chain->problem)),
                {QString::number(chain->firstBadId), auditChainProblemId(chain->problem)}};
            return broken;
        }
    }
    return std::nullopt;
}
std::optional<OpenError> headerRefusal(const QString& path, const SecureKey* key)
{
    if (QFileInfo(path).size() == 0)
        return std::nullopt;
    if (keyarea::looksEncrypted(path)) {
        if (!key)
            return OpenError{
                OpenError::Kind::Encrypted, path, QStringLiteral("the database is encrypted"), {}};
        const auto header = keyarea::read(path);
        if (!header)
            return OpenError{OpenError::Kind::Damaged,
                             path,
                             QStringLiteral("the file is damaged: its key area cannot be read"),
                             {}};
        if (!header->checksKey(*key))
            return OpenError{OpenError::Kind::WrongKey,
                             path,
                             QStringLiteral("the key does not open this database"),
                             {}};
        return std::nullopt;
    }
    if (!hasSqliteHeader(path))
        return OpenError{OpenError::Kind::NotSignaali,
                         path,
                         QStringLiteral("not a Signaali database (not an SQLite file)"),
                         {}};
    if (key)
        return OpenError{
            OpenError::Kind::WrongKey, path, QStringLiteral("the database is not encrypted"), {}};
    return std::nullopt;
}

} // namespace signaali::db::detail
