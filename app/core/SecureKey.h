#pragma once

#include <QByteArray>
#include <memory>

namespace signaali {

// A 32-byte secret key in memory that is locked against swapping where the
// system allows it and overwritten when it is released, so that a locked
// workspace or a closed database leaves no key behind in the process.
class SecureKey
{
public:
    static constexpr int kBytes = 32;

    // A fresh random key; nullptr when libsodium cannot start or give memory.
    static std::shared_ptr<SecureKey> random();
    // A copy of `bytes` (which must be kBytes long); the caller wipes its own copy.
    static std::shared_ptr<SecureKey> fromBytes(const unsigned char* bytes);

    ~SecureKey();
    SecureKey(const SecureKey&) = delete;
    SecureKey& operator=(const SecureKey&) = delete;

    const unsigned char* data() const { return m_bytes; }

private:
    explicit SecureKey(unsigned char* bytes) : m_bytes(bytes) {}
    unsigned char* m_bytes; // sodium_malloc'd: guarded, locked, wiped by sodium_free
};

// libsodium started once for the process; false when it cannot be.
bool sodiumReady();

} // namespace signaali
