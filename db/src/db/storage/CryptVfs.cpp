#include "db/storage/CryptVfs.h"

#include "core/KeyHeader.h"
#include "core/PageCipher.h"

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
constexpr int kPage = KeyHeader::kPageSize;
constexpr sqlite3_int64 kArea = KeyHeader::kAreaBytes;
constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;
constexpr int kFrame = kPage + kFrameHeader;

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

enum class Kind { Main, Wal, Journal };

// What one open file needs to encrypt: its own reference to the key, so a file
// outlives a detached token safely.
struct Crypt
{
    std::shared_ptr<SecureKey> key;
    PageCipher cipher;
    unsigned char databaseId[PageCipher::kDatabaseIdBytes];
};

struct CryptFile
{
    sqlite3_file base;
    sqlite3_file* real;
    Kind kind;
    Crypt* crypt;
    const char* name;
};

sqlite3_vfs* lower(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

CryptFile* cf(sqlite3_file* f)
{
    return reinterpret_cast<CryptFile*>(f);
}

thread_local std::optional<CryptVfs::Failure> lastFailure;

void logPage(int code, const CryptFile* f, const char* what, sqlite3_int64 where)
{
    if (code == SQLITE_IOERR_DATA)
        lastFailure = CryptVfs::Failure{QString::fromUtf8(f->name ? f->name : ""), where};
    sqlite3_log(code, "signaali-crypt: %s at %lld of \"%s\"", what, where, f->name ? f->name : "");
}

// ---- the main database file: page N lives at kArea + (N - 1) * kPage ----

int readMainPage(CryptFile* f, unsigned char* out, sqlite3_int64 index, bool* missing)
{
    *missing = false;
    const sqlite3_int64 at = kArea + index * kPage;
    const int rc = f->real->pMethods->xRead(f->real, out, kPage, at);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        sqlite3_int64 size = 0;
        f->real->pMethods->xFileSize(f->real, &size);
        if (size <= at) {
            std::memset(out, 0, kPage);
            *missing = true;
            return SQLITE_OK;
        }
        logPage(SQLITE_IOERR_DATA, f, "page cut short", index + 1);
        return SQLITE_IOERR_DATA;
    }
    if (rc != SQLITE_OK)
        return rc;
    if (!f->crypt->cipher.open(out, kPage, PageCipher::Place::Page,
                               static_cast<std::uint64_t>(index + 1))) {
        logPage(SQLITE_IOERR_DATA, f, "page fails authentication", index + 1);
        return SQLITE_IOERR_DATA;
    }
    return SQLITE_OK;
}

int mainRead(CryptFile* f, unsigned char* out, int amount, sqlite3_int64 offset)
{
    unsigned char page[kPage];
    bool anyMissing = false;
    while (amount > 0) {
        const sqlite3_int64 index = offset / kPage;
        const int within = static_cast<int>(offset % kPage);
        const int n = std::min(amount, kPage - within);
        unsigned char* target = (within == 0 && n == kPage) ? out : page;
        bool missing = false;
        const int rc = readMainPage(f, target, index, &missing);
        if (rc != SQLITE_OK)
            return rc;
        anyMissing = anyMissing || missing;
        if (target != out)
            std::memcpy(out, page + within, static_cast<size_t>(n));
        out += n;
        offset += n;
        amount -= n;
    }
    return anyMissing ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

bool formatFits(const unsigned char* page1)
{
    const int pageSize = (page1[16] << 8) | page1[17];
    return pageSize == kPage && page1[20] == PageCipher::kReserve;
}

int mainWrite(CryptFile* f, const unsigned char* in, int amount, sqlite3_int64 offset)
{
    unsigned char plain[kPage];
    unsigned char sealed[kPage];
    while (amount > 0) {
        const sqlite3_int64 index = offset / kPage;
        const int within = static_cast<int>(offset % kPage);
        const int n = std::min(amount, kPage - within);
        const unsigned char* source = in;
        if (within != 0 || n != kPage) {
            bool missing = false;
            const int rc = readMainPage(f, plain, index, &missing);
            if (rc != SQLITE_OK)
                return rc;
            std::memcpy(plain + within, in, static_cast<size_t>(n));
            source = plain;
        }
        // Without the reserved bytes there is nowhere to keep the nonce and tag.
        if (index == 0 && !formatFits(source)) {
            logPage(SQLITE_IOERR_WRITE, f, "page 1 has the wrong page size or reserve", 1);
            return SQLITE_IOERR_WRITE;
        }
        f->crypt->cipher.seal(source, sealed, kPage, PageCipher::Place::Page,
                              static_cast<std::uint64_t>(index + 1));
        const int rc = f->real->pMethods->xWrite(f->real, sealed, kPage, kArea + index * kPage);
        if (rc != SQLITE_OK)
            return rc;
        in += n;
        offset += n;
        amount -= n;
    }
    return SQLITE_OK;
}

// ---- the WAL: a 32-byte header, then frames of a 24-byte header and a page ----

bool isFrameStart(sqlite3_int64 offset)
{
    return offset >= kWalHeader && (offset - kWalHeader) % kFrame == 0;
}

bool isFrameContent(sqlite3_int64 offset)
{
    return offset >= kWalHeader && (offset - kWalHeader) % kFrame == kFrameHeader;
}

// Whether [offset, offset + amount) touches the page part of any frame.
bool touchesContent(sqlite3_int64 offset, int amount)
{
    if (offset + amount <= kWalHeader)
        return false;
    const sqlite3_int64 first = std::max<sqlite3_int64>(offset, kWalHeader);
    const sqlite3_int64 frame = (first - kWalHeader) / kFrame;
    const sqlite3_int64 contentStart = kWalHeader + frame * kFrame + kFrameHeader;
    const sqlite3_int64 contentEnd = contentStart + kPage;
    const sqlite3_int64 end = offset + amount;
    return (first < contentEnd && end > contentStart) || end > contentEnd;
}

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

int frameNumber(CryptFile* f, sqlite3_int64 contentOffset, std::uint32_t* pageNumber)
{
    unsigned char header[kFrameHeader];
    const int rc =
        f->real->pMethods->xRead(f->real, header, kFrameHeader, contentOffset - kFrameHeader);
    if (rc != SQLITE_OK)
        return rc;
    *pageNumber = bigEndian32(header);
    return SQLITE_OK;
}

bool reserveIsZero(const unsigned char* page)
{
    for (int i = kPage - PageCipher::kReserve; i < kPage; ++i)
        if (page[i] != 0)
            return false;
    return true;
}

int walRead(CryptFile* f, unsigned char* out, int amount, sqlite3_int64 offset)
{
    if (!touchesContent(offset, amount))
        return f->real->pMethods->xRead(f->real, out, amount, offset);
    const bool content = amount == kPage && isFrameContent(offset);
    const bool whole = amount == kFrame && isFrameStart(offset);
    if (!content && !whole) {
        logPage(SQLITE_IOERR_READ, f, "unexpected WAL read", offset);
        return SQLITE_IOERR_READ;
    }
    const int rc = f->real->pMethods->xRead(f->real, out, amount, offset);
    if (rc != SQLITE_OK)
        return rc;
    std::uint32_t pageNumber = 0;
    unsigned char* page = out;
    if (whole) {
        pageNumber = bigEndian32(out);
        page = out + kFrameHeader;
    } else if (const int hr = frameNumber(f, offset, &pageNumber); hr != SQLITE_OK) {
        return hr;
    }
    if (f->crypt->cipher.open(page, kPage, PageCipher::Place::Page, pageNumber))
        return SQLITE_OK;
    // A whole frame is read while SQLite recovers the WAL after a crash: a torn
    // frame reads as zeros, its checksum fails and the log ends there, as it
    // would without encryption. A frame SQLite already trusts must decrypt.
    if (whole)
        return SQLITE_OK;
    logPage(SQLITE_IOERR_DATA, f, "WAL frame fails authentication", offset);
    return SQLITE_IOERR_DATA;
}

int walWrite(CryptFile* f, const unsigned char* in, int amount, sqlite3_int64 offset)
{
    if (!touchesContent(offset, amount))
        return f->real->pMethods->xWrite(f->real, in, amount, offset);
    const bool content = amount == kPage && isFrameContent(offset);
    const bool whole = amount == kFrame && isFrameStart(offset);
    if (!content && !whole) {
        logPage(SQLITE_IOERR_WRITE, f, "unexpected WAL write", offset);
        return SQLITE_IOERR_WRITE;
    }
    unsigned char sealed[kFrame];
    const unsigned char* page = whole ? in + kFrameHeader : in;
    // The frame's checksum, already computed by SQLite, covers the reserved
    // bytes; they must be the zeros a read gives back.
    if (!reserveIsZero(page)) {
        logPage(SQLITE_IOERR_WRITE, f, "WAL page with non-zero reserved bytes", offset);
        return SQLITE_IOERR_WRITE;
    }
    std::uint32_t pageNumber = 0;
    if (whole) {
        std::memcpy(sealed, in, kFrameHeader);
        pageNumber = bigEndian32(in);
    } else if (const int hr = frameNumber(f, offset, &pageNumber); hr != SQLITE_OK) {
        return hr;
    }
    unsigned char* target = whole ? sealed + kFrameHeader : sealed;
    f->crypt->cipher.seal(page, target, kPage, PageCipher::Place::Page, pageNumber);
    return f->real->pMethods->xWrite(f->real, sealed, amount, offset);
}

// ---- the rollback journal: page images (exactly one page long) are encrypted ----

int journalRead(CryptFile* f, unsigned char* out, int amount, sqlite3_int64 offset)
{
    const int rc = f->real->pMethods->xRead(f->real, out, amount, offset);
    if (rc != SQLITE_OK || amount != kPage)
        return rc;
    // A torn record reads as zeros: the journal's own checksum then ends playback.
    f->crypt->cipher.open(out, kPage, PageCipher::Place::Journal,
                          static_cast<std::uint64_t>(offset));
    return SQLITE_OK;
}

int journalWrite(CryptFile* f, const unsigned char* in, int amount, sqlite3_int64 offset)
{
    if (amount != kPage)
        return f->real->pMethods->xWrite(f->real, in, amount, offset);
    unsigned char sealed[kPage];
    f->crypt->cipher.seal(in, sealed, kPage, PageCipher::Place::Journal,
                          static_cast<std::uint64_t>(offset));
    return f->real->pMethods->xWrite(f->real, sealed, kPage, offset);
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
    auto failure = lastFailure;
    lastFailure.reset();
    return failure;
}

QString CryptVfs::uri(const QString& path, const QString& token)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("vfs=%1&key=%2").arg(QString::fromLatin1(kName), token));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace signaali::db
