#pragma once

#include "core/KeyHeader.h"
#include "core/PageCipher.h"
#include "db/storage/CryptVfs.h"

#include <sqlite3.h>

namespace signaali::db::cryptfile {

// One file the crypt VFS has open and how its bytes are transformed on the way
// to and from the file below: the main database (pages behind the key area),
// the WAL (the page of each frame) and the rollback journal (page images).
// CryptVfs routes SQLite's calls here; docs/encryption.md has the layout.

inline constexpr int kPage = KeyHeader::kPageSize;
inline constexpr sqlite3_int64 kArea = KeyHeader::kAreaBytes;
inline constexpr int kWalHeader = 32;
inline constexpr int kFrameHeader = 24;
inline constexpr int kFrame = kPage + kFrameHeader;

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

inline CryptFile* cf(sqlite3_file* f)
{
    return reinterpret_cast<CryptFile*>(f);
}

int mainRead(CryptFile* f, unsigned char* out, int amount, sqlite3_int64 offset);
int mainWrite(CryptFile* f, const unsigned char* in, int amount, sqlite3_int64 offset);
int walRead(CryptFile* f, unsigned char* out, int amount, sqlite3_int64 offset);
int walWrite(CryptFile* f, const unsigned char* in, int amount, sqlite3_int64 offset);
int journalRead(CryptFile* f, unsigned char* out, int amount, sqlite3_int64 offset);
int journalWrite(CryptFile* f, const unsigned char* in, int amount, sqlite3_int64 offset);
// The last page this thread was refused (CryptVfs::takeLastFailure), cleared by taking it.
std::optional<CryptVfs::Failure> takeFailure();

} // namespace signaali::db::cryptfile
