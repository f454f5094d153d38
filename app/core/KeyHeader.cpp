#include "core/KeyHeader.h"

#include "core/PageCipher.h"

#include <QtEndian>
#include <sodium.h>

namespace signaali {

namespace {
constexpr int kFormatVersion = 1;
constexpr int kKeyCheckBytes = 16;
constexpr int kLookupBytes = 32;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kWrapNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kWrappedBytes = SecureKey::kBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kSealedBytes = SecureKey::kBytes + crypto_box_SEALBYTES;
constexpr int kHashBytes = 32;

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

QByteArray digest(const QByteArray& message, const QByteArray& key, int length)
{
    QByteArray out(length, '\0');
    crypto_generichash(bytes(out), static_cast<size_t>(length), bytes(message),
                       static_cast<unsigned long long>(message.size()),
                       key.isEmpty() ? nullptr : bytes(key), static_cast<size_t>(key.size()));
    return out;
}

QByteArray keyCheckOf(const SecureKey& key, const QByteArray& databaseId)
{
    const QByteArray keyBytes(reinterpret_cast<const char*>(key.data()), SecureKey::kBytes);
    QByteArray check =
        digest(QByteArrayLiteral("signaali key check") + databaseId, keyBytes, kKeyCheckBytes);
    return check;
}

class Writer
{
public:
    void raw(const QByteArray& a) { m_out += a; }
    void u8(quint8 v) { m_out += static_cast<char>(v); }
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_out.append(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        m_out.append(b, 8);
    }
    QByteArray& out() { return m_out; }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray& in) : m_in(in) {}
    bool ok() const { return m_ok; }
    QByteArray raw(int n)
    {
        if (!m_ok || n < 0 || m_at + n > m_in.size()) {
            m_ok = false;
            return {};
        }
        const QByteArray a = m_in.mid(m_at, n);
        m_at += n;
        return a;
    }
    quint8 u8()
    {
        const QByteArray a = raw(1);
        return m_ok ? static_cast<quint8>(a[0]) : 0;
    }
    quint32 u32()
    {
        const QByteArray a = raw(4);
        return m_ok ? qFromLittleEndian<quint32>(a.constData()) : 0;
    }
    quint64 u64()
    {
        const QByteArray a = raw(8);
        return m_ok ? qFromLittleEndian<quint64>(a.constData()) : 0;
    }
    int at() const { return m_at; }

private:
    const QByteArray& m_in;
    int m_at = 0;
    bool m_ok = true;
};

QByteArray wrapAssociatedData(const QByteArray& databaseId, const QByteArray& salt)
{
    return KeyHeader::magic() + databaseId + salt;
}

bool derive(unsigned char* out, const QString& password, const QByteArray& salt,
            const KdfCost& cost)
{
    QByteArray secret = password.toUtf8();
    const bool ok =
        crypto_pwhash(out, SecureKey::kBytes, secret.constData(),
                      static_cast<unsigned long long>(secret.size()), bytes(salt), cost.opsLimit,
                      static_cast<size_t>(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return ok;
}
} // namespace

KdfCost KdfCost::cheapestForTests()
{
    return KdfCost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

const QByteArray& KeyHeader::magic()
{
    static const QByteArray m = QByteArrayLiteral("Signaali crypt\n\x01");
    return m;
}

std::optional<KeyHeader> KeyHeader::create(const SecureKey& masterKey)
{
    if (!sodiumReady())
        return std::nullopt;
    KeyHeader header;
    header.m_databaseId = QByteArray(PageCipher::kDatabaseIdBytes, '\0');
    randombytes_buf(bytes(header.m_databaseId), PageCipher::kDatabaseIdBytes);
    header.m_keyCheck = keyCheckOf(masterKey, header.m_databaseId);
    return header;
}

bool KeyHeader::checksKey(const SecureKey& key) const
{
    const QByteArray check = keyCheckOf(key, m_databaseId);
    return sodium_memcmp(check.constData(), m_keyCheck.constData(), kKeyCheckBytes) == 0;
}

std::optional<QByteArray> KeyHeader::serialize() const
{
    Writer w;
    w.raw(magic());
    w.u32(kFormatVersion);
    w.u32(kPageSize);
    w.u32(PageCipher::kReserve);
    w.u64(m_generation);
    w.raw(m_databaseId);
    w.raw(m_keyCheck);
    w.u32(static_cast<quint32>(m_slots.size()));
    for (const Slot& slot : m_slots) {
        w.u8(static_cast<quint8>(slot.kind));
        w.raw(slot.lookup);
        if (slot.kind == Slot::Kind::Account) {
            w.u64(slot.cost.opsLimit);
            w.u64(slot.cost.memLimit);
            w.raw(slot.salt);
            w.raw(slot.nonce);
        }
        w.raw(slot.wrapped);
    }
    w.raw(digest(w.out(), {}, kHashBytes));
    if (w.out().size() > kCopyBytes)
        return std::nullopt;
    QByteArray copy = w.out();
    copy.append(kCopyBytes - copy.size(), '\0');
    return copy;
}

std::optional<KeyHeader> KeyHeader::parse(const QByteArray& copy)
{
    Reader r(copy);
    if (r.raw(magic().size()) != magic() || r.u32() != kFormatVersion || r.u32() != kPageSize ||
        r.u32() != PageCipher::kReserve)
        return std::nullopt;
    KeyHeader header;
    header.m_generation = r.u64();
    header.m_databaseId = r.raw(PageCipher::kDatabaseIdBytes);
    header.m_keyCheck = r.raw(kKeyCheckBytes);
    const quint32 count = r.u32();
    if (!r.ok() || count > quint32(kCopyBytes))
        return std::nullopt;
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        Slot slot;
        const quint8 kind = r.u8();
        if (kind == quint8(Slot::Kind::Account)) {
            slot.kind = Slot::Kind::Account;
            slot.lookup = r.raw(kLookupBytes);
            slot.cost.opsLimit = r.u64();
            slot.cost.memLimit = r.u64();
            slot.salt = r.raw(kSaltBytes);
            slot.nonce = r.raw(kWrapNonceBytes);
            slot.wrapped = r.raw(kWrappedBytes);
        } else if (kind == quint8(Slot::Kind::Recovery)) {
            slot.kind = Slot::Kind::Recovery;
            slot.lookup = r.raw(crypto_box_PUBLICKEYBYTES);
            slot.wrapped = r.raw(kSealedBytes);
        } else {
            return std::nullopt;
        }
        header.m_slots << slot;
    }
    const int hashed = r.at();
    const QByteArray hash = r.raw(kHashBytes);
    if (!r.ok() || digest(copy.left(hashed), {}, kHashBytes) != hash)
        return std::nullopt;
    return header;
}

std::optional<KeyHeader> KeyHeader::parseArea(const QByteArray& area)
{
    const auto first = parse(area.left(kCopyBytes));
    const auto second = parse(area.mid(kCopyBytes, kCopyBytes));
    if (first && second && first->databaseId() != second->databaseId())
        return std::nullopt; // two databases' headers spliced together
    if (first && (!second || first->generation() >= second->generation()))
        return first;
    return second;
}

QByteArray KeyHeader::lookupFor(const QString& userName) const
{
    return digest(QByteArrayLiteral("account\n") + userName.trimmed().toLower().toUtf8(),
                  m_databaseId, kLookupBytes);
}

bool KeyHeader::hasAccount(const QString& userName) const
{
    const QByteArray lookup = lookupFor(userName);
    for (const Slot& slot : m_slots)
        if (slot.kind == Slot::Kind::Account && slot.lookup == lookup)
            return true;
    return false;
}

bool KeyHeader::removeAccount(const QString& userName)
{
    const QByteArray lookup = lookupFor(userName);
    return m_slots.removeIf([&](const Slot& slot) {
        return slot.kind == Slot::Kind::Account && slot.lookup == lookup;
    }) > 0;
}

bool KeyHeader::setAccount(const SecureKey& masterKey, const QString& userName,
                           const QString& password, const KdfCost& cost)
{
    Slot slot;
    slot.kind = Slot::Kind::Account;
    slot.lookup = lookupFor(userName);
    slot.cost = cost;
    slot.salt = QByteArray(kSaltBytes, '\0');
    randombytes_buf(bytes(slot.salt), kSaltBytes);
    slot.nonce = QByteArray(kWrapNonceBytes, '\0');
    randombytes_buf(bytes(slot.nonce), kWrapNonceBytes);
    auto* wrappingKey = static_cast<unsigned char*>(sodium_malloc(SecureKey::kBytes));
    if (!wrappingKey)
        return false;
    const bool derived = derive(wrappingKey, password, slot.salt, cost);
    if (derived) {
        slot.wrapped = QByteArray(kWrappedBytes, '\0');
        const QByteArray ad = wrapAssociatedData(m_databaseId, slot.salt);
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            bytes(slot.wrapped), nullptr, masterKey.data(), SecureKey::kBytes, bytes(ad),
            static_cast<unsigned long long>(ad.size()), nullptr, bytes(slot.nonce), wrappingKey);
    }
    sodium_free(wrappingKey);
    if (!derived)
        return false;
    removeAccount(userName);
    m_slots << slot;
    return true;
}

std::shared_ptr<SecureKey> KeyHeader::unlockAccount(const QString& userName,
                                                    const QString& password) const
{
    if (!sodiumReady())
        return nullptr;
    const QByteArray lookup = lookupFor(userName);
    for (const Slot& slot : m_slots) {
        if (slot.kind != Slot::Kind::Account || slot.lookup != lookup)
            continue;
        // A slot that asks for absurd work (a tampered header) is refused rather than obeyed.
        if (slot.cost.memLimit > (quint64(1) << 30) || slot.cost.opsLimit > 16)
            return nullptr;
        auto* buffer = static_cast<unsigned char*>(sodium_malloc(2 * SecureKey::kBytes));
        if (!buffer)
            return nullptr;
        unsigned char* wrappingKey = buffer;
        unsigned char* master = buffer + SecureKey::kBytes;
        std::shared_ptr<SecureKey> key;
        const QByteArray ad = wrapAssociatedData(m_databaseId, slot.salt);
        if (derive(wrappingKey, password, slot.salt, slot.cost) &&
            crypto_aead_xchacha20poly1305_ietf_decrypt(
                master, nullptr, nullptr, bytes(slot.wrapped),
                static_cast<unsigned long long>(slot.wrapped.size()), bytes(ad),
                static_cast<unsigned long long>(ad.size()), bytes(slot.nonce), wrappingKey) == 0)
            key = SecureKey::fromBytes(master);
        sodium_free(buffer);
        if (key && checksKey(*key))
            return key;
        return nullptr;
    }
    // No slot for the name: the same work anyway, so the time tells nothing.
    unsigned char dummy[SecureKey::kBytes];
    derive(dummy, password, QByteArray(kSaltBytes, '\0'), KdfCost{});
    sodium_memzero(dummy, sizeof dummy);
    return nullptr;
}

bool KeyHeader::setRecovery(const SecureKey& masterKey, const QByteArray& publicKey)
{
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return false;
    Slot slot;
    slot.kind = Slot::Kind::Recovery;
    slot.lookup = publicKey;
    slot.wrapped = QByteArray(kSealedBytes, '\0');
    if (crypto_box_seal(bytes(slot.wrapped), masterKey.data(), SecureKey::kBytes,
                        bytes(publicKey)) != 0)
        return false;
    m_slots.removeIf([](const Slot& s) { return s.kind == Slot::Kind::Recovery; });
    m_slots << slot;
    return true;
}

std::shared_ptr<SecureKey> KeyHeader::unlockRecovery(const QByteArray& secretKey) const
{
    if (!sodiumReady() || secretKey.size() != crypto_box_SECRETKEYBYTES)
        return nullptr;
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(bytes(publicKey), bytes(secretKey));
    for (const Slot& slot : m_slots) {
        if (slot.kind != Slot::Kind::Recovery || slot.lookup != publicKey)
            continue;
        auto* master = static_cast<unsigned char*>(sodium_malloc(SecureKey::kBytes));
        if (!master)
            return nullptr;
        std::shared_ptr<SecureKey> key;
        if (crypto_box_seal_open(master, bytes(slot.wrapped),
                                 static_cast<unsigned long long>(slot.wrapped.size()),
                                 bytes(publicKey), bytes(secretKey)) == 0)
            key = SecureKey::fromBytes(master);
        sodium_free(master);
        return key && checksKey(*key) ? key : nullptr;
    }
    return nullptr;
}

} // namespace signaali
