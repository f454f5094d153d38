#include "core/Secret.h"

#include <sodium.h>

namespace signaali {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

std::optional<QString> Secret::hash(const QString& secret)
{
    if (!sodiumReady())
        return std::nullopt;
    QByteArray bytes = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc =
        crypto_pwhash_str(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    if (rc != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

bool Secret::verify(const QString& secret, const QString& encodedHash)
{
    if (!sodiumReady() || encodedHash.isEmpty())
        return false;
    QByteArray bytes = secret.toUtf8();
    const QByteArray stored = encodedHash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), bytes.constData(),
                                             static_cast<unsigned long long>(bytes.size())) == 0;
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    return ok;
}

} // namespace signaali
