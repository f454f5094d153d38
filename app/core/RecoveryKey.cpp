#include "core/RecoveryKey.h"

#include "core/SecureKey.h"

#include <QList>
#include <QStringList>
#include <sodium.h>

namespace signaali {

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kGroup = 4;
constexpr int kSecretChars = 52; // 32 bytes = 256 bits in 5-bit characters
constexpr int kCheckChars = 4;

QString encode(const QByteArray& data, int chars)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : data) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5 && out.size() < chars) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0 && out.size() < chars)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QString checkOf(const QByteArray& secret)
{
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char*>(secret.constData()),
                       static_cast<unsigned long long>(secret.size()), nullptr, 0);
    return encode(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash), kCheckChars);
}

int valueOf(QChar c)
{
    const QChar u = c.toUpper();
    if (u == QLatin1Char('I') || u == QLatin1Char('L'))
        return 1;
    if (u == QLatin1Char('O'))
        return 0;
    for (int i = 0; i < 32; ++i)
        if (u == QLatin1Char(kAlphabet[i]))
            return i;
    return -1;
}
} // namespace

std::optional<RecoveryKey> RecoveryKey::generate()
{
    if (!sodiumReady())
        return std::nullopt;
    RecoveryKey key{QByteArray(crypto_box_PUBLICKEYBYTES, '\0'),
                    QByteArray(crypto_box_SECRETKEYBYTES, '\0')};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(key.publicKey.data()),
                       reinterpret_cast<unsigned char*>(key.secretKey.data()));
    return key;
}

QString RecoveryKey::secretText(const QByteArray& secretKey)
{
    const QString plain = encode(secretKey, kSecretChars) + checkOf(secretKey);
    QStringList groups;
    for (int i = 0; i < plain.size(); i += kGroup)
        groups << plain.mid(i, kGroup);
    return groups.join(QLatin1Char('-'));
}

std::optional<QByteArray> RecoveryKey::parseSecret(const QString& text)
{
    QList<int> values;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = valueOf(c);
        if (v < 0)
            return std::nullopt;
        values << v;
    }
    if (values.size() != kSecretChars + kCheckChars)
        return std::nullopt;
    QByteArray secret;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < kSecretChars; ++i) {
        buffer = (buffer << 5) | static_cast<quint32>(values[i]);
        bits += 5;
        if (bits >= 8) {
            secret += static_cast<char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    if (secret.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    QString check;
    for (int i = kSecretChars; i < values.size(); ++i)
        check += QLatin1Char(kAlphabet[values[i]]);
    if (check != checkOf(secret))
        return std::nullopt;
    return secret;
}

} // namespace signaali
