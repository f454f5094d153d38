#pragma once

#include <QString>
#include <optional>

namespace signaali {

// Passwords and PINs, stored only as Argon2id hashes (libsodium crypto_pwhash_str,
// "interactive" limits: about 64 MiB and a fraction of a second per check).
class Secret
{
public:
    // The encoded hash, or nothing if libsodium could not be initialised or ran out of memory.
    static std::optional<QString> hash(const QString& secret);
    static bool verify(const QString& secret, const QString& encodedHash);
};

} // namespace signaali
