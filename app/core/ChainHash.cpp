#include "core/ChainHash.h"

#include <QtEndian>
#include <sodium.h>

namespace signaali {

namespace {
void feed(crypto_generichash_state& state, const QByteArray& bytes)
{
    unsigned char length[4];
    qToLittleEndian(static_cast<quint32>(bytes.size()), length);
    crypto_generichash_update(&state, length, sizeof length);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              static_cast<unsigned long long>(bytes.size()));
}
} // namespace

QByteArray ChainHash::link(const QByteArray& previousHex, const QStringList& fields)
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        return {};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    // A domain of its own: a link can never be mistaken for another hash.
    feed(state, QByteArrayLiteral("signaali.audit.v1"));
    feed(state, previousHex);
    for (const QString& field : fields)
        feed(state, field.toUtf8());
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash_final(&state, digest, sizeof digest);
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

} // namespace signaali
