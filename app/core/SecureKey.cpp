#include "core/SecureKey.h"

#include <cstring>
#include <sodium.h>

namespace signaali {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::shared_ptr<SecureKey> SecureKey::random()
{
    if (!sodiumReady())
        return nullptr;
    auto* bytes = static_cast<unsigned char*>(sodium_malloc(kBytes));
    if (!bytes)
        return nullptr;
    randombytes_buf(bytes, kBytes);
    return std::shared_ptr<SecureKey>(new SecureKey(bytes));
}

std::shared_ptr<SecureKey> SecureKey::fromBytes(const unsigned char* source)
{
    if (!sodiumReady())
        return nullptr;
    auto* bytes = static_cast<unsigned char*>(sodium_malloc(kBytes));
    if (!bytes)
        return nullptr;
    std::memcpy(bytes, source, kBytes);
    return std::shared_ptr<SecureKey>(new SecureKey(bytes));
}

SecureKey::~SecureKey()
{
    sodium_free(m_bytes); // zeroes the memory before giving it back
}

} // namespace signaali
