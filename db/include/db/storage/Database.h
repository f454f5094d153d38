#pragma once

#include "core/KeyHeader.h"
#include "core/SecureKey.h"
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
        MigrationFailed,
        Encrypted,  // encrypted, and no key was given
        WrongKey,   // encrypted with another key
        PageDamaged // a page fails authentication (args: its number)
    };
    Kind kind;
    QString path;
    QString message;
    QStringList args; // AuditBroken: the first row id where the chain breaks, and how
    QString toString() const { return path + QStringLiteral(": ") + message; }
    // The same, as a refusal naming the file (the message kept as its detail).
    Refusal refusal() const;
};

// One Signaali SQLite file: checked after an unclean shutdown, migrated to the
// current schema, with WAL, foreign keys, full fsync on commit, secure delete
// and temporary data in memory. Encrypted files (docs/encryption.md) open
// through the crypt VFS with their master key.
class Database
{
public:
    static constexpr int kApplicationId = 0x5349474E; // "SIGN"
    static int currentSchemaVersion();

    struct Options
    {
        bool create = true;             // create the file when it does not exist
        int migrateTo = -1;             // for tests: stop at this schema version
        std::shared_ptr<SecureKey> key; // the master key of an encrypted file
        bool exclusive = false;         // refused while another Signaali program has it open
    };

    // Opens (and creates or migrates) the database at `path`; on error, nothing was written.
    static std::unique_ptr<Database> open(const QString& path, OpenError* error);
    static std::unique_ptr<Database> open(const QString& path, const Options& options,
                                          OpenError* error);
    // Creates an encrypted database at `path` (which must not exist) with the
    // key area `header`, whose key check `key` must pass.
    static std::unique_ptr<Database> createEncrypted(const QString& path, const KeyHeader& header,
                                                     std::shared_ptr<SecureKey> key,
                                                     OpenError* error);
    // Checks a file without changing it: the same refusals as open(), plus a full integrity check.
    static std::optional<OpenError> inspect(const QString& path, bool fullIntegrityCheck,
                                            std::shared_ptr<SecureKey> key = nullptr);

    // An encrypted database, not yet unlocked: nothing is read until unlock().
    static std::unique_ptr<Database> openLocked(const QString& path, OpenError* error);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    bool isEncrypted() const { return m_key != nullptr; }
    bool isOpen() const { return m_db.isOpen(); }
    // Opens (checks, migrates) a locked database with its master key.
    std::optional<OpenError> unlock(std::shared_ptr<SecureKey> key);
    // Closes an encrypted database's connection and lets go of its key (the
    // memory is wiped); queries fail until unlock(). A plaintext one stays open.
    void lock();
    // Closes the connection whatever the file (so that this process can
    // encrypt it); unlock() opens it again, with the key it then needs.
    void close() { disconnect(); }
    // Whether this open ran the quick check because the last one ended uncleanly.
    bool checkedAfterUncleanShutdown() const { return m_checkedOnOpen; }

    // Runs PRAGMA integrity_check; returns the problems, empty when the file is sound.
    QStringList integrityProblems();
    // Moves everything from the WAL into the main file and empties the WAL, so
    // secure-deleted pages are gone from both.
    bool checkpoint();

private:
    explicit Database(QString path);
    std::optional<OpenError> connect(std::shared_ptr<SecureKey> key, int migrateTo,
                                     bool exclusive = false);
    void disconnect();
    QString migrate(int target);
    QSqlDatabase m_db;
    QString m_path;
    std::shared_ptr<SecureKey> m_key;
    QString m_keyToken;
    bool m_checkedOnOpen = false;
    std::unique_ptr<DatabaseLock> m_lock; // shared while open: a restore waits for nobody
};

} // namespace signaali::db
