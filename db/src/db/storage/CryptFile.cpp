#include "db/storage/CryptFile.h"

#include <algorithm>
#include <cstring>

namespace signaali::db::cryptfile {

namespace {
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

} // namespace

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

namespace {
bool formatFits(const unsigned char* page1)
{
    const int pageSize = (page1[16] << 8) | page1[17];
    return pageSize == kPage && page1[20] == PageCipher::kReserve;
}

} // namespace

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

namespace {
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

} // namespace

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

std::optional<CryptVfs::Failure> takeFailure()
{
    auto failure = lastFailure;
    lastFailure.reset();
    return failure;
}

} // namespace signaali::db::cryptfile
