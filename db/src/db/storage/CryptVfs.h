#pragma once

#include "core/SecureKey.h"

#include <QString>
#include <memory>
#include <optional>

namespace signaali::db {

// The SQLite VFS shim that encrypts a Signaali database page by page over the
// system's default VFS (docs/encryption.md). A connection opens through it with
// the URI parameters vfs=signaali-crypt and key=<token>, where the token names
// a master key handed to attachKey() (so the key never travels in a string).
class CryptVfs
{
public:
    static constexpr const char* kName = "signaali-crypt";

    // Registers the VFS once per process; false if SQLite refuses it.
    static bool ensureRegistered();
    // A token for `key`, valid until detachKey(); the VFS keeps a reference.
    static QString attachKey(std::shared_ptr<SecureKey> key);
    static void detachKey(const QString& token);
    // How many keys are attached now (a locked workspace: none).
    static int attachedKeys();
    // Reading or writing the key area of a file SQLite has open must go through
    // SQLite's own handle: closing any other descriptor of the file would drop
    // the process's POSIX locks on it. sqlite3_file_control(db, "main",
    // kKeyAreaControl, KeyAreaIo*) does it.
    static constexpr int kKeyAreaControl = 0x5347; // above SQLite's own opcodes
    struct KeyAreaIo
    {
        bool write = false;
        char* data = nullptr; // kAreaBytes to read into, or bytes to write
        int size = 0;
        long long offset = 0;
    };

    // The URI that opens `path` through the VFS with the key behind `token`.
    static QString uri(const QString& path, const QString& token);

    // The last page this thread was refused because it did not authenticate
    // (SQLite itself only says "disk I/O error"); cleared by taking it.
    struct Failure
    {
        QString file;
        qint64 page = 0; // the page number, or the byte offset in a WAL
    };
    static std::optional<Failure> takeLastFailure();
};

} // namespace signaali::db
