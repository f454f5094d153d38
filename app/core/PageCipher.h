#pragma once

#include "core/SecureKey.h"

#include <cstdint>

namespace signaali {

// Authenticated encryption of one database page (XChaCha20-Poly1305). The
// last kReserve bytes of every page are SQLite's reserved bytes: they hold the
// random nonce and the tag, and read back as zeros. The associated data binds
// the page to its database and its place, so a page moved to another number,
// copied from another database or changed by one bit does not decrypt.
class PageCipher
{
public:
    static constexpr int kNonce = 24;
    static constexpr int kTag = 16;
    static constexpr int kReserve = kNonce + kTag;
    static constexpr int kDatabaseIdBytes = 16;

    // Where a page lives: the database file or the WAL (by page number), or a
    // rollback journal (by its offset there).
    enum class Place : unsigned char { Page = 'P', Journal = 'J' };

    PageCipher(const SecureKey& key, const unsigned char* databaseId);

    // Encrypts `pageSize` bytes of `plain` into `out` (which may not alias it).
    void seal(const unsigned char* plain, unsigned char* out, int pageSize, Place place,
              std::uint64_t where) const;
    // Decrypts `page` in place; false (and the page zeroed) when it does not authenticate.
    bool open(unsigned char* page, int pageSize, Place place, std::uint64_t where) const;

private:
    void associatedData(unsigned char* out, Place place, std::uint64_t where) const;
    const SecureKey& m_key;
    unsigned char m_databaseId[kDatabaseIdBytes];
};

} // namespace signaali
