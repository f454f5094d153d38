#pragma once

#include "core/SecureKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace signaali {

// The cost of deriving a key from a password (Argon2id, libsodium crypto_pwhash).
struct KdfCost
{
    quint64 opsLimit = 3;
    quint64 memLimit = quint64(64) << 20; // 64 MiB
    // The cheapest libsodium allows: for tests only, never for a real database.
    static KdfCost cheapestForTests();
};

// The key area at the start of an encrypted Signaali database (and of its
// backups): the database id, a check of the master key, and the key slots
// that each hold the master key wrapped for one account's password or sealed
// to the municipality's recovery key. Nothing in it is secret without a
// password or the recovery key; see docs/encryption.md for the layout.
class KeyHeader
{
public:
    static constexpr int kPageSize = 4096;
    static constexpr int kCopyBytes = 128 * 1024;     // one of the two copies
    static constexpr int kAreaBytes = 2 * kCopyBytes; // SQLite's page 1 starts here
    static const QByteArray& magic();

    struct Slot
    {
        enum class Kind : quint8 { Account = 1, Recovery = 2 };
        Kind kind = Kind::Account;
        QByteArray lookup;  // Account: keyed hash of the user name; Recovery: the public key
        KdfCost cost;       // Account only
        QByteArray salt;    // Account only
        QByteArray nonce;   // Account only
        QByteArray wrapped; // the master key, wrapped or sealed
    };

    // A new header for a fresh master key, with no slots yet.
    static std::optional<KeyHeader> create(const SecureKey& masterKey);
    // Parses one copy; nothing when it is not a whole, undamaged copy.
    static std::optional<KeyHeader> parse(const QByteArray& copy);
    // The newer of the two copies that survive (a torn write spoils one at most).
    static std::optional<KeyHeader> parseArea(const QByteArray& area);
    // One copy, kCopyBytes long, or nothing when the slots do not fit.
    std::optional<QByteArray> serialize() const;

    const QByteArray& databaseId() const { return m_databaseId; }
    quint64 generation() const { return m_generation; }
    void nextGeneration() { ++m_generation; }
    const QList<Slot>& keySlots() const { return m_slots; }
    bool checksKey(const SecureKey& key) const;

    // Adds (or replaces) the slot of `userName`; false if libsodium ran out of memory.
    bool setAccount(const SecureKey& masterKey, const QString& userName, const QString& password,
                    const KdfCost& cost);
    bool removeAccount(const QString& userName);
    bool hasAccount(const QString& userName) const;
    // The master key if `password` opens the slot of `userName`.
    std::shared_ptr<SecureKey> unlockAccount(const QString& userName,
                                             const QString& password) const;

    // Seals the master key to the recovery public key (replacing any earlier one).
    bool setRecovery(const SecureKey& masterKey, const QByteArray& publicKey);
    std::shared_ptr<SecureKey> unlockRecovery(const QByteArray& secretKey) const;

private:
    QByteArray lookupFor(const QString& userName) const;
    QByteArray m_databaseId;
    QByteArray m_keyCheck;
    quint64 m_generation = 1;
    QList<Slot> m_slots;
};

} // namespace signaali
