#pragma once

#include "db/Outcome.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace signaali::db {

class DatabaseLock;

// Why a database could not be opened; the file is left as it was.
struct OpenError
{
    enum class Kind {
        Missing,
        CannotOpen,
        Busy,     // another connection holds a lock past the busy timeout
        ReadOnly, // the file or its folder cannot be written
        NotSignaali,
        TooNew,
        Damaged,
        AuditBroken, // the audit log's hash chain does not hold (the file was edited)
        MigrationFailed
    };
    Kind kind;
    QString path;
    QString message;
    QStringList args; // AuditBroken: the first row id where the chain breaks, and how
    QString toString() const { return path + QStringLiteral(": ") + message; }
    // The same, as a refusal naming the file (the message kept as its detail).
    Refusal refusal() const;
};

// One Signaali SQLite file: checked on open, migrated to the current schema,
// with WAL, foreign keys, full fsync on commit and secure delete on.
class Database
{
public:
    static constexpr int kApplicationId = 0x5349474E; // "SIGN"
    static int currentSchemaVersion();

    struct Options
    {
        bool create = true; // create the file when it does not exist
        int migrateTo = -1; // for tests: stop at this schema version
    };

    // Opens (and creates or migrates) the database at `path`; on error, nothing was written.
    static std::unique_ptr<Database> open(const QString& path, OpenError* error);
    static std::unique_ptr<Database> open(const QString& path, const Options& options,
                                          OpenError* error);
    // Checks a file without changing it: the same refusals as open(), plus a full integrity check.
    static std::optional<OpenError> inspect(const QString& path, bool fullIntegrityCheck);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // Runs PRAGMA integrity_check; returns the problems, empty when the file is sound.
    QStringList integrityProblems();
    // Moves everything from the WAL into the main file and empties the WAL, so
    // secure-deleted pages are gone from both.
    bool checkpoint();

private:
    Database(QSqlDatabase db, QString path);
    QSqlDatabase m_db;
    QString m_path;
    std::unique_ptr<DatabaseLock> m_lock; // shared while open: a restore waits for nobody
};

} // namespace signaali::db
