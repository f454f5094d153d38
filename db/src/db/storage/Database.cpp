#include "db/storage/Database.h"

#include "core/Clock.h"
#include "core/OutputFile.h"
#include "db/access/AuditChain.h"
#include "db/figures/ProtectedRoundCache.h"
#include "db/sql/SqlScript.h"
#include "db/storage/DatabaseLock.h"
#include "db/store/CriticalAnswers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

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
                              QStringLiteral(":/db/schema/013-four-eyes.sql")};

// From this version on critical answers are kept as they are given; the
// migration to it records those already given in unfinished responses.
constexpr int kCriticalAnswersVersion = 8;
// From this version on the audit log is a hash chain; the migration to it
// chains the rows already logged.
constexpr int kAuditChainVersion = 11;

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

QSqlDatabase openConnection(const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QSQLITE"),
        QStringLiteral("signaali-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    db.setDatabaseName(path);
    // Another process's lock is waited for (then told as busy, not as damage).
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (readOnly) {
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
        // Looking at a file must not leave -wal and -shm files beside it: with
        // none there, nobody has it open and it can be read as immutable.
        if (!QFileInfo::exists(path + QStringLiteral("-wal")) &&
            !QFileInfo::exists(path + QStringLiteral("-shm"))) {
            options << QStringLiteral("QSQLITE_OPEN_URI");
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                                   .toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
        }
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    db.open();
    return db;
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

// The refusals, checked on a connection that only reads.
std::optional<OpenError> check(QSqlDatabase& db, const QString& path, bool fullCheck)
{
    auto fail = [&](OpenError::Kind kind, const QString& message) {
        return std::optional<OpenError>(OpenError{kind, path, message, {}});
    };
    const QVariant appId = pragma(db, QStringLiteral("application_id"));
    if (!appId.isValid() && isBusy(db.lastError().text()))
        return fail(OpenError::Kind::Busy, db.lastError().text());
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
    QSqlQuery query(db);
    const QString checkSql =
        fullCheck ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
    if (!query.exec(checkSql) && isBusy(query.lastError().text()))
        return fail(OpenError::Kind::Busy, query.lastError().text());
    if (!query.isActive())
        return fail(OpenError::Kind::Damaged,
                    QStringLiteral("the file is damaged (%1)").arg(query.lastError().text()));
    QStringList problems;
    while (query.next())
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << query.value(0).toString();
    if (!problems.isEmpty())
        return fail(OpenError::Kind::Damaged,
                    QStringLiteral("the file is damaged: %1")
                        .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
    if (fullCheck && version >= kAuditChainVersion) {
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
} // namespace

int Database::currentSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db)), m_path(std::move(path)),
      m_lock(std::make_unique<DatabaseLock>(m_path, DatabaseLock::Mode::Shared))
{
}

Database::~Database()
{
    detail::forgetProtectedRounds(m_db.connectionName());
    closeConnection(m_db);
}

std::optional<OpenError> Database::inspect(const QString& path, bool fullIntegrityCheck)
{
    if (!QFileInfo::exists(path))
        return OpenError{OpenError::Kind::Missing, path, QStringLiteral("no such file"), {}};
    if (QFileInfo(path).size() > 0 && !hasSqliteHeader(path))
        return OpenError{OpenError::Kind::NotSignaali,
                         path,
                         QStringLiteral("not a Signaali database (not an SQLite file)"),
                         {}};
    QSqlDatabase db = openConnection(path, true);
    std::optional<OpenError> error;
    if (!db.isOpen())
        error = OpenError{OpenError::Kind::CannotOpen, path, db.lastError().text(), {}};
    else
        error = check(db, path, fullIntegrityCheck);
    closeConnection(db);
    return error;
}

std::unique_ptr<Database> Database::open(const QString& path, OpenError* error)
{
    return open(path, Options{}, error);
}

std::unique_ptr<Database> Database::open(const QString& path, const Options& options,
                                         OpenError* error)
{
    auto fail = [&](OpenError::Kind kind, const QString& message) {
        if (error)
            *error = OpenError{kind, path, message, {}};
        return nullptr;
    };
    const QFileInfo info(path);
    if (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return fail(OpenError::Kind::ReadOnly,
                    QStringLiteral("the file or its folder is read-only"));
    if (!info.exists()) {
        if (!options.create)
            return fail(OpenError::Kind::Missing, QStringLiteral("no such file"));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(OpenError::Kind::CannotOpen,
                        QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    } else if (info.size() > 0 && !hasSqliteHeader(path)) {
        return fail(OpenError::Kind::NotSignaali,
                    QStringLiteral("not a Signaali database (not an SQLite file)"));
    }

    QSqlDatabase db = openConnection(path, false);
    if (!db.isOpen()) {
        const QString message = db.lastError().text();
        closeConnection(db);
        return fail(isBusy(message) ? OpenError::Kind::Busy : OpenError::Kind::CannotOpen, message);
    }
    if (auto refusal = check(db, path, false)) {
        closeConnection(db);
        if (error)
            *error = *refusal;
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(db, path));
    OutputFile::guardDatabase(path);
    QSqlDatabase& c = database->m_db;
    // FULL makes each commit durable before it returns: a power cut loses at most
    // the answer being typed. secure_delete overwrites deleted content (erasure).
    for (const char* setting : {"journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                                "secure_delete = ON", "busy_timeout = 5000"})
        pragma(c, QString::fromLatin1(setting));
    if (pragma(c, QStringLiteral("journal_mode")).toString() != QLatin1String("wal"))
        return fail(OpenError::Kind::CannotOpen,
                    QStringLiteral("cannot switch the database to WAL mode"));

    const int target = options.migrateTo < 0 ? currentSchemaVersion() : options.migrateTo;
    for (int version = database->schemaVersion() + 1; version <= target; ++version) {
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
            return fail(OpenError::Kind::MigrationFailed,
                        QStringLiteral("migration to schema version %1 failed: %2")
                            .arg(version)
                            .arg(problem));
    }
    return database;
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
