#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace signaali {

// What another installation needs to trust this one: its name and the public
// halves of its signing key (Ed25519, vouches for the bundles it makes) and
// its sealing key (X25519, opens the bundles addressed to it). Written as one
// line that can be copied to a file (docs/bundles.md):
//
//     signaali-device 1 SIGN-KEY SEAL-KEY NAME
//
// with both keys in unpadded base64url and the name the rest of the line.
struct DeviceLine
{
    QString name;
    QByteArray signPublic; // 32 bytes
    QByteArray sealPublic; // 32 bytes

    QString toText() const;
    // Nothing when the line is not one this version writes.
    static std::optional<DeviceLine> parse(const QString& line);

    // 20 characters in five groups (Crockford's base32 of a BLAKE2b hash over
    // both keys), short enough to read aloud and compare on two screens.
    QString fingerprint() const;
    // Whether `typed` (read off the other installation's screen) is this
    // line's fingerprint: case, spaces and dashes aside, and O, I and L read
    // as 0, 1 and 1 as Crockford's base32 allows.
    bool fingerprintMatches(const QString& typed) const;
};

// The key id bundles name their sender and recipient by: hex of a 16-byte
// BLAKE2b hash of the signing key.
QString deviceKeyId(const QByteArray& signPublic);

// A new installation's key pairs. The secret halves belong in the encrypted
// database; the caller wipes its copies (sodium_memzero) when done.
struct DeviceKeys
{
    QByteArray signPublic, signSecret; // 32, 64 bytes
    QByteArray sealPublic, sealSecret; // 32, 32 bytes

    static std::optional<DeviceKeys> generate();
    void wipe();
};

// The longest device name accepted (a person reads it back).
inline constexpr int kDeviceNameMax = 80;

} // namespace signaali
