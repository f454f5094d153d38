#include "db/storage/CryptVfs.h"

#include "db/storage/CryptFile.h"
#include "db/storage/DatabaseFile.h"

#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <cstring>
#include <mutex>
#include <sqlite3.h>

namespace signaali::db {

namespace {
using namespace cryptfile;

std::mutex& registryMutex()
{
    static std::mutex m;
    return m;
}

QHash<QString, std::shared_ptr<SecureKey>>& registry()
{
    static QHash<QString, std::shared_ptr<SecureKey>> keys;
    return keys;
}

std::shared_ptr<SecureKey> keyFor(const char* token)
{
    if (!token)
        return nullptr;
    std::lock_guard<std::mutex> lock(registryMutex());
    return registry().value(QString::fromLatin1(token));
}

sqlite3_vfs* lower(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

// ---- io methods ----

int xClose(sqlite3_file* file)
{
    CryptFile* f = cf(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    delete f->crypt;
    f->crypt = nullptr;
    return rc;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    CryptFile* f = cf(file);
    auto* out = static_cast<unsigned char*>(buffer);
    switch (f->kind) {
    case Kind::Main:
        return mainRead(f, out, amount, offset);
    case Kind::Wal:
        return walRead(f, out, amount, offset);
    case Kind::Journal:
        break;
    }
    return journalRead(f, out, amount, offset);
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    CryptFile* f = cf(file);
    const auto* in = static_cast<const unsigned char*>(buffer);
    switch (f->kind) {
    case Kind::Main:
        return mainWrite(f, in, amount, offset);
    case Kind::Wal:
        return walWrite(f, in, amount, offset);
    case Kind::Journal:
        break;
    }
    return journalWrite(f, in, amount, offset);
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    CryptFile* f = cf(file);
    return f->real->pMethods->xTruncate(f->real, f->kind == Kind::Main ? size + kArea : size);
}

int xSync(sqlite3_file* file, int flags)
{
    return cf(file)->real->pMethods->xSync(cf(file)->real, flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    CryptFile* f = cf(file);
    const int rc = f->real->pMethods->xFileSize(f->real, size);
    if (rc == SQLITE_OK && f->kind == Kind::Main)
        *size = std::max<sqlite3_int64>(0, *size - kArea);
    return rc;
}

int xLock(sqlite3_file* file, int level)
{
    return cf(file)->real->pMethods->xLock(cf(file)->real, level);
}

int xUnlock(sqlite3_file* file, int level)
{
    return cf(file)->real->pMethods->xUnlock(cf(file)->real, level);
}

int xCheckReservedLock(sqlite3_file* file, int* out)
{
    return cf(file)->real->pMethods->xCheckReservedLock(cf(file)->real, out);
}

int xFileControl(sqlite3_file* file, int op, void* arg)
{
    CryptFile* f = cf(file);
    if (op == CryptVfs::kKeyAreaControl) {
        if (f->kind != Kind::Main)
            return SQLITE_NOTFOUND;
        auto* io = static_cast<CryptVfs::KeyAreaIo*>(arg);
        if (io->offset < 0 || io->size < 0 || io->offset + io->size > kArea)
            return SQLITE_RANGE;
        // In pieces: the unix VFS writes at most 128 KiB - 1 in one call.
        constexpr int kPiece = 64 * 1024;
        for (int done = 0; done < io->size; done += kPiece) {
            const int n = std::min(kPiece, io->size - done);
            const int rc =
                io->write
                    ? f->real->pMethods->xWrite(f->real, io->data + done, n, io->offset + done)
                    : f->real->pMethods->xRead(f->real, io->data + done, n, io->offset + done);
            if (rc != SQLITE_OK)
                return rc;
        }
        return io->write ? f->real->pMethods->xSync(f->real, SQLITE_SYNC_FULL) : SQLITE_OK;
    }
    if (op == SQLITE_FCNTL_SIZE_HINT && f->kind == Kind::Main) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64*>(arg) + kArea;
        return f->real->pMethods->xFileControl(f->real, op, &hint);
    }
    const int rc = f->real->pMethods->xFileControl(f->real, op, arg);
    if (rc == SQLITE_OK && op == SQLITE_FCNTL_VFSNAME)
        *static_cast<char**>(arg) =
            sqlite3_mprintf("%s/%z", CryptVfs::kName, *static_cast<char**>(arg));
    return rc;
}

int xSectorSize(sqlite3_file* file)
{
    return cf(file)->real->pMethods->xSectorSize(cf(file)->real);
}

int xDeviceCharacteristics(sqlite3_file* file)
{
    return cf(file)->real->pMethods->xDeviceCharacteristics(cf(file)->real);
}

int xShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    return cf(file)->real->pMethods->xShmMap(cf(file)->real, region, size, extend, out);
}

int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return cf(file)->real->pMethods->xShmLock(cf(file)->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file* file)
{
    cf(file)->real->pMethods->xShmBarrier(cf(file)->real);
}

int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return cf(file)->real->pMethods->xShmUnmap(cf(file)->real, deleteFlag);
}

// Memory-mapped reads would hand SQLite the ciphertext: always decline.
int xFetch(sqlite3_file*, sqlite3_int64, int, void** out)
{
    *out = nullptr;
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file*, sqlite3_int64, void*)
{
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {3,
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     xFetch,
                                     xUnfetch};

// Reads and checks the key area of a main database file being opened.
int readKeyArea(CryptFile* f, const std::shared_ptr<SecureKey>& key)
{
    QByteArray area(static_cast<int>(kArea), '\0');
    const int rc = f->real->pMethods->xRead(f->real, area.data(), static_cast<int>(kArea), 0);
    if (rc == SQLITE_IOERR_SHORT_READ)
        return SQLITE_NOTADB;
    if (rc != SQLITE_OK)
        return rc;
    const auto header = KeyHeader::parseArea(area);
    if (!header)
        return SQLITE_NOTADB;
    if (!header->checksKey(*key))
        return SQLITE_AUTH;
    f->crypt = new Crypt{
        key,
        PageCipher(*key, reinterpret_cast<const unsigned char*>(header->databaseId().constData())),
        {}};
    std::memcpy(f->crypt->databaseId, header->databaseId().constData(),
                PageCipher::kDatabaseIdBytes);
    return SQLITE_OK;
}

int xOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    sqlite3_vfs* below = lower(vfs);
    constexpr int kEncrypted = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL;
    if (flags & SQLITE_OPEN_SUPER_JOURNAL) // names of files, nothing of a pupil
        return below->xOpen(below, name, file, flags, outFlags);
    if ((flags & kEncrypted) == 0) {
        // Temporary tables, sorts and statement journals stay in memory
        // (temp_store = MEMORY); a file for them would be written in the clear.
        sqlite3_log(SQLITE_CANTOPEN, "signaali-crypt: refused a temporary file (flags %x)", flags);
        return SQLITE_CANTOPEN;
    }
    CryptFile* f = cf(file);
    std::memset(f, 0, sizeof(CryptFile));
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->name = name;
    int rc = below->xOpen(below, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        file->pMethods = nullptr;
        return rc;
    }
    if (flags & SQLITE_OPEN_MAIN_DB) {
        f->kind = Kind::Main;
        const auto key = keyFor(sqlite3_uri_parameter(name, "key"));
        rc = key ? readKeyArea(f, key) : SQLITE_AUTH;
    } else {
        f->kind = (flags & SQLITE_OPEN_WAL) ? Kind::Wal : Kind::Journal;
        const CryptFile* main = cf(sqlite3_database_file_object(name));
        if (main && main->base.pMethods == &kMethods && main->crypt)
            f->crypt = new Crypt{
                main->crypt->key, PageCipher(*main->crypt->key, main->crypt->databaseId), {}};
        else
            rc = SQLITE_CANTOPEN;
    }
    if (rc != SQLITE_OK) {
        f->real->pMethods->xClose(f->real);
        delete f->crypt;
        file->pMethods = nullptr;
        return rc;
    }
    file->pMethods = &kMethods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return lower(vfs)->xDelete(lower(vfs), name, syncDir);
}
int xAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    return lower(vfs)->xAccess(lower(vfs), name, flags, out);
}
int xFullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out)
{
    return lower(vfs)->xFullPathname(lower(vfs), name, n, out);
}
void* xDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return lower(vfs)->xDlOpen(lower(vfs), name);
}
void xDlError(sqlite3_vfs* vfs, int n, char* out)
{
    lower(vfs)->xDlError(lower(vfs), n, out);
}
void (*xDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    return lower(vfs)->xDlSym(lower(vfs), handle, symbol);
}
void xDlClose(sqlite3_vfs* vfs, void* handle)
{
    lower(vfs)->xDlClose(lower(vfs), handle);
}
int xRandomness(sqlite3_vfs* vfs, int n, char* out)
{
    return lower(vfs)->xRandomness(lower(vfs), n, out);
}
int xSleep(sqlite3_vfs* vfs, int microseconds)
{
    return lower(vfs)->xSleep(lower(vfs), microseconds);
}
int xCurrentTime(sqlite3_vfs* vfs, double* out)
{
    return lower(vfs)->xCurrentTime(lower(vfs), out);
}
int xGetLastError(sqlite3_vfs* vfs, int n, char* out)
{
    return lower(vfs)->xGetLastError(lower(vfs), n, out);
}
int xCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    return lower(vfs)->xCurrentTimeInt64(lower(vfs), out);
}
} // namespace

bool CryptVfs::ensureRegistered()
{
    static const bool registered = [] {
        detail::configureSqlite();
        if (!sodiumReady())
            return false;
        sqlite3_vfs* below = sqlite3_vfs_find(nullptr);
        if (!below)
            return false;
        static sqlite3_vfs vfs{};
        vfs.iVersion = 2;
        vfs.szOsFile = static_cast<int>(sizeof(CryptFile)) + below->szOsFile;
        vfs.mxPathname = below->mxPathname;
        vfs.zName = kName;
        vfs.pAppData = below;
        vfs.xOpen = xOpen;
        vfs.xDelete = xDelete;
        vfs.xAccess = xAccess;
        vfs.xFullPathname = xFullPathname;
        vfs.xDlOpen = xDlOpen;
        vfs.xDlError = xDlError;
        vfs.xDlSym = xDlSym;
        vfs.xDlClose = xDlClose;
        vfs.xRandomness = xRandomness;
        vfs.xSleep = xSleep;
        vfs.xCurrentTime = xCurrentTime;
        vfs.xGetLastError = xGetLastError;
        vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    }();
    return registered;
}

QString CryptVfs::attachKey(std::shared_ptr<SecureKey> key)
{
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    std::lock_guard<std::mutex> lock(registryMutex());
    registry().insert(token, std::move(key));
    return token;
}

void CryptVfs::detachKey(const QString& token)
{
    std::lock_guard<std::mutex> lock(registryMutex());
    registry().remove(token);
}

int CryptVfs::attachedKeys()
{
    std::lock_guard<std::mutex> lock(registryMutex());
    return static_cast<int>(registry().size());
}

std::optional<CryptVfs::Failure> CryptVfs::takeLastFailure()
{
    return takeFailure();
}

QString CryptVfs::uri(const QString& path, const QString& token)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("vfs=%1&key=%2").arg(QString::fromLatin1(kName), token));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace signaali::db
