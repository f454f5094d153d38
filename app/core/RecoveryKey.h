#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace signaali {

// The municipality's recovery key pair (X25519, libsodium sealed boxes). The
// public half is kept in every database's key header; the secret half is shown
// once, at set-up, as text to print and keep locked away, and never stored.
struct RecoveryKey
{
    QByteArray publicKey;
    QByteArray secretKey;

    static std::optional<RecoveryKey> generate();
    // The secret as 14 groups of four characters (Crockford's base32, the last
    // group a check), easy to read aloud and to type back.
    static QString secretText(const QByteArray& secretKey);
    // Reads the text back; tolerant of case, spaces, dashes and the letters I, L
    // and O for 1, 1 and 0; nothing when a character or the check is wrong.
    static std::optional<QByteArray> parseSecret(const QString& text);
};

} // namespace signaali
