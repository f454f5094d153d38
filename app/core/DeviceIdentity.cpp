#include "core/DeviceIdentity.h"

#include "core/SecureKey.h"

#include <QStringList>
#include <sodium.h>

namespace signaali {

namespace {
const QString kLineTag = QStringLiteral("signaali-device");
const QString kLineVersion = QStringLiteral("1");
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QByteArray hashOf(std::initializer_list<QByteArray> parts, int bytes)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, static_cast<size_t>(bytes));
    for (const QByteArray& part : parts)
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(part.constData()),
                                  static_cast<unsigned long long>(part.size()));
    QByteArray out(bytes, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()),
                             static_cast<size_t>(bytes));
    return out;
}

std::optional<QByteArray> key(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32 || text.size() != 43)
        return std::nullopt;
    return decoded.decoded;
}
} // namespace

QString DeviceLine::toText() const
{
    return QStringList{kLineTag, kLineVersion, QString::fromLatin1(signPublic.toBase64(kBase64)),
                       QString::fromLatin1(sealPublic.toBase64(kBase64)), name}
        .join(QLatin1Char(' '));
}

std::optional<DeviceLine> DeviceLine::parse(const QString& line)
{
    const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 5 || parts[0] != kLineTag || parts[1] != kLineVersion)
        return std::nullopt;
    const auto sign = key(parts[2]);
    const auto seal = key(parts[3]);
    const QString name = parts.mid(4).join(QLatin1Char(' '));
    if (!sign || !seal || name.size() > kDeviceNameMax)
        return std::nullopt;
    for (QChar c : name)
        if (!c.isPrint())
            return std::nullopt;
    return DeviceLine{name, *sign, *seal};
}

QString DeviceLine::fingerprint() const
{
    if (!sodiumReady())
        return {};
    const QByteArray hash =
        hashOf({QByteArrayLiteral("signaali-device-fingerprint-1"), signPublic, sealPublic}, 16);
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : hash) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5 && out.size() < 20) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    QStringList groups;
    for (int i = 0; i < out.size(); i += 4)
        groups << out.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

bool DeviceLine::fingerprintMatches(const QString& typed) const
{
    const auto normalised = [](const QString& text) {
        QString out;
        for (const QChar c : text) {
            const QChar u = c.toUpper();
            if (u == QLatin1Char('O'))
                out += QLatin1Char('0');
            else if (u == QLatin1Char('I') || u == QLatin1Char('L'))
                out += QLatin1Char('1');
            else if (u.isLetterOrNumber())
                out += u;
        }
        return out;
    };
    const QString expected = normalised(fingerprint());
    return !expected.isEmpty() && normalised(typed) == expected;
}

QString deviceKeyId(const QByteArray& signPublic)
{
    if (!sodiumReady())
        return {};
    return QString::fromLatin1(
        hashOf({QByteArrayLiteral("signaali-key-id-1"), signPublic}, 16).toHex());
}

std::optional<DeviceKeys> DeviceKeys::generate()
{
    if (!sodiumReady())
        return std::nullopt;
    DeviceKeys keys{
        QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'), QByteArray(crypto_sign_SECRETKEYBYTES, '\0'),
        QByteArray(crypto_box_PUBLICKEYBYTES, '\0'), QByteArray(crypto_box_SECRETKEYBYTES, '\0')};
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.signPublic.data()),
                        reinterpret_cast<unsigned char*>(keys.signSecret.data()));
    crypto_box_keypair(reinterpret_cast<unsigned char*>(keys.sealPublic.data()),
                       reinterpret_cast<unsigned char*>(keys.sealSecret.data()));
    return keys;
}

void DeviceKeys::wipe()
{
    for (QByteArray* secret : {&signSecret, &sealSecret})
        if (!secret->isEmpty())
            sodium_memzero(secret->data(), static_cast<size_t>(secret->size()));
}

} // namespace signaali
