#include "core/PageCipher.h"

#include <cstring>
#include <sodium.h>

namespace signaali {

namespace {
constexpr int kAssociatedBytes = PageCipher::kDatabaseIdBytes + 1 + 8;
}

PageCipher::PageCipher(const SecureKey& key, const unsigned char* databaseId) : m_key(key)
{
    std::memcpy(m_databaseId, databaseId, kDatabaseIdBytes);
}

void PageCipher::associatedData(unsigned char* out, Place place, std::uint64_t where) const
{
    std::memcpy(out, m_databaseId, kDatabaseIdBytes);
    out[kDatabaseIdBytes] = static_cast<unsigned char>(place);
    for (int i = 0; i < 8; ++i)
        out[kDatabaseIdBytes + 1 + i] = static_cast<unsigned char>(where >> (8 * i));
}

void PageCipher::seal(const unsigned char* plain, unsigned char* out, int pageSize, Place place,
                      std::uint64_t where) const
{
    unsigned char ad[kAssociatedBytes];
    associatedData(ad, place, where);
    const int body = pageSize - kReserve;
    unsigned char* nonce = out + body;
    unsigned char* tag = nonce + kNonce;
    randombytes_buf(nonce, kNonce);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, tag, nullptr, plain,
                                                        static_cast<unsigned long long>(body), ad,
                                                        sizeof ad, nullptr, nonce, m_key.data());
}

bool PageCipher::open(unsigned char* page, int pageSize, Place place, std::uint64_t where) const
{
    unsigned char ad[kAssociatedBytes];
    associatedData(ad, place, where);
    const int body = pageSize - kReserve;
    unsigned char nonce[kNonce];
    unsigned char tag[kTag];
    std::memcpy(nonce, page + body, kNonce);
    std::memcpy(tag, page + body + kNonce, kTag);
    const bool ok = crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
                        page, nullptr, page, static_cast<unsigned long long>(body), tag, ad,
                        sizeof ad, nonce, m_key.data()) == 0;
    // SQLite's WAL checksums cover the reserved bytes: they must read back the
    // same every time, and zeros are what a fresh page holds.
    std::memset(page + body, 0, kReserve);
    if (!ok)
        std::memset(page, 0, static_cast<size_t>(body));
    return ok;
}

} // namespace signaali
