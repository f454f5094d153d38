#include "db/storage/Database.h"

#include "core/Clock.h"
#include "core/OutputFile.h"
#include "db/access/AuditChain.h"
#include "db/figures/ProtectedRoundCache.h"
#include "db/sql/SqlScript.h"
#include "db/storage/CryptVfs.h"
#include "db/storage/DatabaseFile.h"
#include "db/storage/DatabaseLock.h"
#include "db/storage/Encryption.h"
#include "db/storage/KeyArea.h"
#include "db/storage/KeySlots.h"
#include "db/storage/OpenMarker.h"
#include "db/store/CriticalAnswers.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db {

Refusal OpenError::refusal() const
{
    using C = Refusal::Code;
    switch (kind) {
    case Kind::Missing:
        return Refusal::of(C::DatabaseMissing, {path}, message);
    case Kind::CannotOpen:
        return Refusal::of(C::DatabaseCannotOpen, {path}, message);
    case Kind::Busy:
        return Refusal::of(C::DatabaseBusy, {path}, message);
    case Kind::ReadOnly:
        return Refusal::of(C::DatabaseReadOnly, {path}, message);
    case Kind::AuditBroken:
        return Refusal::of(C::AuditChainBroken, QStringList{path} + args, message);
    case Kind::NotSignaali:
        return Refusal::of(C::NotADatabase, {path}, message);
    case Kind::TooNew:
        return Refusal::of(C::DatabaseTooNew, {path}, message);
    case Kind::Damaged:
        return Refusal::of(C::DatabaseDamaged, {path}, message);
    case Kind::Encrypted:
        return Refusal::of(C::DatabaseEncrypted, {path}, message);
    case Kind::WrongKey:
        return Refusal::of(C::DatabaseWrongKey, {path}, message);
    case Kind::PageDamaged:
        return Refusal::of(C::DatabasePageDamaged, QStringList{path} + args, message);
    case Kind::MigrationFailed:
        break;
    }
    return Refusal::of(C::DatabaseNotMigrated, {path}, message);
}

namespace {
// The migrations, in order: schema version N is made by kMigrations[N - 1].
const QStringList kMigrations{QStringLiteral(":/db/schema/001-initial.sql"),
                              QStringLiteral(":/db/schema/002-users.sql"),
                              QStringLiteral(":/db/schema/003-checkin-codes.sql"),
                              QStringLiteral(":/db/schema/004-workspace.sql"),
                              QStringLiteral(":/db/schema/005-group-summary.sql"),
                              QStringLiteral(":/db/schema/006-workspace.sql"),
                              QStringLiteral(":/db/schema/007-group-summary.sql"),
                              QStringLiteral(":/db/schema/008-critical-answers.sql"),
                              QStringLiteral(":/db/schema/009-case-action-corrections.sql"),
                              QStringLiteral(":/db/schema/010-flag-kind.sql"),
                              QStringLiteral(":/db/schema/011-audit-chain.sql"),
                              QStringLiteral(":/db/schema/012-kiosk-checkin-limits.sql"),
                              QStringLiteral(":/db/schema/013-four-eyes.sql"),
                              QStringLiteral(":/db/schema/014-bundles.sql"),
                              QStringLiteral(":/db/schema/015-received-summary.sql"),
                              QStringLiteral(":/db/schema/016-response-answers.sql")};

// From this version on critical answers are kept as they are given; the
// migration to it records those already given in unfinished responses.
constexpr int kCriticalAnswersVersion = 8;
// From this version on the audit log is a hash chain; the migration to it
// chains the rows already logged.
constexpr int kAuditChainVersion = 11;

} // namespace

using namespace detail;

int Database::currentSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

Database::Database(QString path) : m_path(std::move(path)) {}

Database::~Database()
{
    disconnect();
}

void Database::disconnect()
{
    if (!m_db.isValid())
        return;
    detail::forgetProtectedRounds(m_db.connectionName());
    keyslots::detach(m_db.connectionName());
    closeConnection(m_db);
    if (!m_keyToken.isEmpty())
        CryptVfs::detachKey(m_keyToken);
    m_keyToken.clear();
    m_key.reset();
    m_lock.reset();
    OpenMarker::clearIfLast(m_path);
}

std::optional<OpenError> Database::inspect(const QString& path, bool fullIntegrityCheck,
                                           std::shared_ptr<SecureKey> key)
{
    if (!QFileInfo::exists(path))
        return OpenError{OpenError::Kind::Missing, path, QStringLiteral("no such file"), {}};
    if (auto refusal = headerRefusal(path, key.get()))
        return refusal;
    if (key && !CryptVfs::ensureRegistered())
        return OpenError{OpenError::Kind::CannotOpen,
                         path,
                         QStringLiteral("the encryption layer cannot start"),
                         {}};
    const QString token = key ? CryptVfs::attachKey(key) : QString();
    QSqlDatabase db = openConnection(path, true, token);
    std::optional<OpenError> error;
    if (!db.isOpen())
        error = OpenError{OpenError::Kind::CannotOpen, path, db.lastError().text(), {}};
    else
        error =
            check(db, path, fullIntegrityCheck ? Depth::Full : Depth::Quick, kAuditChainVersion);
    closeConnection(db);
    if (!token.isEmpty())
        CryptVfs::detachKey(token);
    return error;
}

std::unique_ptr<Database> Database::createEncrypted(const QString& path, const KeyHeader& header,
                                                    std::shared_ptr<SecureKey> key,
                                                    OpenError* error)
{
    auto fail = [&](OpenError::Kind kind, const QString& message) {
        if (error)
            *error = OpenError{kind, path, message, {}};
        return nullptr;
    };
    if (!key || !header.checksKey(*key))
        return fail(OpenError::Kind::WrongKey, QStringLiteral("the key does not fit the header"));
    if (QFileInfo::exists(path))
        return fail(OpenError::Kind::CannotOpen, QStringLiteral("the file already exists"));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(OpenError::Kind::CannotOpen, QStringLiteral("cannot create the folder"));
    if (const QString problem = keyarea::create(path, header); !problem.isEmpty())
        return fail(OpenError::Kind::CannotOpen, problem);
    Options options;
    options.key = std::move(key);
    options.create = false;
    return open(path, options, error);
}

std::unique_ptr<Database> Database::open(const QString& path, OpenError* error)
{
    return open(path, Options{}, error);
}

namespace {
std::optional<OpenError> writableRefusal(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return OpenError{OpenError::Kind::ReadOnly,
                         path,
                         QStringLiteral("the file or its folder is read-only"),
                         {}};
    return std::nullopt;
}
} // namespace

std::unique_ptr<Database> Database::open(const QString& path, const Options& options,
                                         OpenError* error)
{
    auto fail = [&](OpenError refusal) {
        if (error)
            *error = std::move(refusal);
        return nullptr;
    };
    if (auto refusal = writableRefusal(path))
        return fail(*refusal);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create)
            return fail({OpenError::Kind::Missing, path, QStringLiteral("no such file"), {}});
        if (options.key)
            return fail({OpenError::Kind::Missing,
                         path,
                         QStringLiteral("no such file (an encrypted one is made with its keys)"),
                         {}});
        if (!QDir().mkpath(info.absolutePath()))
            return fail({OpenError::Kind::CannotOpen,
                         path,
                         QStringLiteral("cannot create the folder %1").arg(info.absolutePath()),
                         {}});
    }
    Encryption::finishInterrupted(path);
    std::unique_ptr<Database> database(new Database(path));
    if (auto refusal = database->connect(options.key, options.migrateTo, options.exclusive))
        return fail(*refusal);
    return database;
}

std::unique_ptr<Database> Database::openLocked(const QString& path, OpenError* error)
{
    auto fail = [&](OpenError refusal) {
        if (error)
            *error = std::move(refusal);
        return nullptr;
    };
    if (!QFileInfo::exists(path))
        return fail({OpenError::Kind::Missing, path, QStringLiteral("no such file"), {}});
    if (auto refusal = writableRefusal(path))
        return fail(*refusal);
    Encryption::finishInterrupted(path);
    if (!keyarea::looksEncrypted(path))
        return fail({OpenError::Kind::NotSignaali,
                     path,
                     QStringLiteral("not an encrypted Signaali database"),
                     {}});
    if (!keyarea::read(path))
        return fail({OpenError::Kind::Damaged,
                     path,
                     QStringLiteral("the file is damaged: its key area cannot be read"),
                     {}});
    return std::unique_ptr<Database>(new Database(path));
}

std::optional<OpenError> Database::unlock(std::shared_ptr<SecureKey> key)
{
    if (isOpen())
        return std::nullopt;
    return connect(std::move(key), -1);
}

void Database::lock()
{
    if (m_key)
        disconnect();
}

std::optional<OpenError> Database::connect(std::shared_ptr<SecureKey> key, int migrateTo,
                                           bool exclusive)
{
    const QString& path = m_path;
    auto fail = [&](OpenError::Kind kind, const QString& message) {
        return std::optional<OpenError>(OpenError{kind, path, message, {}});
    };
    if (QFileInfo(path).size() > 0)
        if (auto refusal = headerRefusal(path, key.get()))
            return refusal;
    if (key && !CryptVfs::ensureRegistered())
        return fail(OpenError::Kind::CannotOpen,
                    QStringLiteral("the encryption layer cannot start"));

    // The full-file check is for after a crash (or `check`, backup and
    // restore): every page carries its own tag, and a sound file opens at once.
    const bool unclean = OpenMarker::uncleanShutdown(path);
    // A restore or an encryption under way holds the lock exclusively.
    auto fileLock = std::make_unique<DatabaseLock>(m_path, exclusive ? DatabaseLock::Mode::Exclusive
                                                                     : DatabaseLock::Mode::Shared);
    if (fileLock->blocked())
        return exclusive ? fail(OpenError::Kind::Busy,
                                QStringLiteral("another Signaali program has the file open"))
                         : fail(OpenError::Kind::Busy,
                                QStringLiteral("another Signaali program is restoring or "
                                               "encrypting the file"));
    const QString token = key ? CryptVfs::attachKey(key) : QString();
    QSqlDatabase db = openConnection(path, false, token);
    auto dropConnection = [&] {
        closeConnection(db);
        if (!token.isEmpty())
            CryptVfs::detachKey(token);
    };
    if (!db.isOpen()) {
        const QString message = db.lastError().text();
        dropConnection();
        return fail(isBusy(message) ? OpenError::Kind::Busy : OpenError::Kind::CannotOpen, message);
    }
    if (auto refusal = check(db, path, unclean ? Depth::Quick : Depth::None, kAuditChainVersion)) {
        dropConnection();
        return refusal;
    }
    const bool fresh = key && pragma(db, QStringLiteral("page_count")).toInt() == 0;
    if (fresh && !reserveForEncryption(db)) {
        dropConnection();
        return fail(OpenError::Kind::CannotOpen,
                    QStringLiteral("cannot reserve the bytes encryption needs in each page"));
    }
    m_db = db;
    m_key = std::move(key);
    m_keyToken = token;
    m_lock = std::move(fileLock);
    m_checkedOnOpen = unclean;
    if (m_key)
        keyslots::attach(m_db.connectionName(), m_path, m_key);
    OpenMarker::set(m_path);
    OutputFile::guardDatabase(path);
    QSqlDatabase& c = m_db;
    // FULL makes each commit durable before it returns: a power cut loses at most
    // the answer being typed. secure_delete overwrites deleted content (erasure).
    for (const char* setting : {"journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                                "secure_delete = ON", "busy_timeout = 5000"})
        pragma(c, QString::fromLatin1(setting));
    if (pragma(c, QStringLiteral("journal_mode")).toString() != QLatin1String("wal")) {
        disconnect();
        return fail(OpenError::Kind::CannotOpen,
                    QStringLiteral("cannot switch the database to WAL mode"));
    }
    const int target = migrateTo < 0 ? currentSchemaVersion() : migrateTo;
    if (const QString problem = migrate(target); !problem.isEmpty()) {
        disconnect();
        return fail(OpenError::Kind::MigrationFailed, problem);
    }
    return std::nullopt;
}

QString Database::migrate(int target)
{
    QSqlDatabase& c = m_db;
    for (int version = schemaVersion() + 1; version <= target; ++version) {
        std::function<QString()> afterScript;
        if (version == kCriticalAnswersVersion)
            afterScript = [&c] {
                const auto recorded = CriticalAnswers(c).recordResponsesInProgress(
                    isoUtc(QDateTime::currentDateTimeUtc()));
                return recorded ? QString() : recorded.error();
            };
        if (version == kAuditChainVersion)
            afterScript = [&c] {
                const auto chained = auditchain::chainEarlierRows(c);
                return chained ? QString() : chained.refusal.detail;
            };
        const QString problem = runScriptInTransaction(
            c, kMigrations[version - 1],
            {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
             QStringLiteral("PRAGMA user_version = %1").arg(version)},
            afterScript);
        if (!problem.isEmpty())
            return QStringLiteral("migration to schema version %1 failed: %2")
                .arg(version)
                .arg(problem);
    }
    return {};
}

int Database::schemaVersion() const
{
    return pragma(const_cast<QSqlDatabase&>(m_db), QStringLiteral("user_version")).toInt();
}

QStringList Database::integrityProblems()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return {query.lastError().text()};
    QStringList problems;
    while (query.next())
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << query.value(0).toString();
    return problems;
}

bool Database::checkpoint()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() &&
           query.value(0).toInt() == 0;
}

} // namespace signaali::db
