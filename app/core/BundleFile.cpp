#include "core/BundleFile.h"

#include "core/SecureKey.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <sodium.h>
#include <zlib.h>

namespace signaali {

namespace {
const QByteArray kMagic = QByteArrayLiteral("SGNLBNDL");
const QByteArray kContentContext = QByteArrayLiteral("signaali-bundle-content-1");
constexpr int kMaxHeader = 64 * 1024;
constexpr int kChunkPlain = 256 * 1024;                  // records per chunk, before compression
constexpr qint64 kMaxChunk = 8 * 1024 * 1024;            // ciphertext of one chunk
constexpr qsizetype kMaxUncompressed = 16 * 1024 * 1024; // one chunk's records
constexpr qint64 kMaxContent = qint64(2) * 1024 * 1024 * 1024; // a whole bundle's
constexpr int kSealedKeyBytes =
    crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr int kStreamHeadBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}
unsigned char* bytes(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray be64(quint64 value)
{
    QByteArray out(8, '\0');
    qToBigEndian(value, out.data());
    return out;
}

// A chunk as qCompress made it (a 4-byte size, then a zlib stream), inflated
// here with a hard limit: qUncompress takes the size only as a hint and grows
// its buffer for as long as the stream gives, so a few kilobytes could ask for
// gigabytes.
std::optional<QByteArray> inflateCapped(const QByteArray& compressed, qsizetype cap)
{
    if (compressed.size() < 4)
        return std::nullopt;
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData() + 4));
    stream.avail_in = static_cast<uInt>(compressed.size() - 4);
    QByteArray out;
    constexpr qsizetype kStep = 256 * 1024;
    int rc = Z_OK;
    while (rc == Z_OK) {
        if (out.size() >= cap) {
            rc = Z_MEM_ERROR;
            break;
        }
        const qsizetype before = out.size();
        out.resize(std::min(cap, before + kStep));
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        stream.avail_out = static_cast<uInt>(out.size() - before);
        rc = inflate(&stream, Z_NO_FLUSH);
        out.resize(out.size() - static_cast<qsizetype>(stream.avail_out));
        if (rc == Z_BUF_ERROR && stream.avail_in == 0)
            break; // the input ended without the stream's end
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END || stream.avail_in != 0)
        return std::nullopt;
    return out;
}

// Everything the content signature covers: the header's signature (which
// covers the header and the sealed key), every chunk as written and the count.
class ContentHash
{
public:
    ContentHash()
    {
        crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES_MAX);
        add(kContentContext);
    }
    void add(const QByteArray& data)
    {
        crypto_generichash_update(&m_state, bytes(data),
                                  static_cast<unsigned long long>(data.size()));
    }
    QByteArray final(quint64 records)
    {
        add(be64(records));
        QByteArray out(crypto_generichash_BYTES_MAX, '\0');
        crypto_generichash_final(&m_state, bytes(out), static_cast<size_t>(out.size()));
        return out;
    }

private:
    crypto_generichash_state m_state;
};
} // namespace

std::optional<Refusal> BundleWriter::write(const QString& path, const BundleHeader& header,
                                           const QList<QByteArray>& records,
                                           const QByteArray& signSecret,
                                           const QByteArray& recipientSealPublic,
                                           const std::function<void(qint64, qint64)>& progress)
{
    const auto failed = [&](const QString& why) {
        return Refusal::of(RefusalCode::FileNotSaved, {path, why});
    };
    if (!sodiumReady() || signSecret.size() != crypto_sign_SECRETKEYBYTES ||
        recipientSealPublic.size() != crypto_box_PUBLICKEYBYTES)
        return failed(QStringLiteral("no keys"));
    const QByteArray headerJson = header.toJson();
    if (headerJson.size() > kMaxHeader)
        return failed(QStringLiteral("header too long"));

    auto key = SecureKey::random();
    if (!key)
        return failed(QStringLiteral("no memory for the key"));
    QByteArray sealedKey(kSealedKeyBytes, '\0');
    crypto_box_seal(bytes(sealedKey), key->data(), SecureKey::kBytes, bytes(recipientSealPublic));
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHead(kStreamHeadBytes, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(streamHead), key->data());

    QByteArray prefix = kMagic + QByteArray(1, static_cast<char>(header.format)) +
                        be32(static_cast<quint32>(headerJson.size())) + headerJson + sealedKey +
                        streamHead;
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(signature), nullptr, bytes(prefix),
                         static_cast<unsigned long long>(prefix.size()), bytes(signSecret));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ContentHash content;
    content.add(signature);
    const auto put = [&](const QByteArray& data) { return file.write(data) == data.size(); };
    if (!put(prefix) || !put(signature))
        return failed(file.errorString());

    const auto pushChunk = [&](const QByteArray& plain, unsigned char tag) {
        QByteArray cipher(plain.size() + kAbytes, '\0');
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, bytes(cipher), &length, bytes(plain),
                                                   static_cast<unsigned long long>(plain.size()),
                                                   nullptr, 0, tag);
        cipher.resize(static_cast<qsizetype>(length));
        const QByteArray framed = be32(static_cast<quint32>(cipher.size())) + cipher;
        content.add(framed);
        return put(framed);
    };
    QByteArray chunk;
    qint64 done = 0;
    for (const QByteArray& record : records) {
        chunk += record;
        chunk += '\n';
        ++done;
        if (chunk.size() >= kChunkPlain) {
            if (!pushChunk(qCompress(chunk, 6), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE))
                return failed(file.errorString());
            chunk.clear();
            if (progress)
                progress(done, records.size());
        }
    }
    if (!chunk.isEmpty() &&
        !pushChunk(qCompress(chunk, 6), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE))
        return failed(file.errorString());
    const QByteArray digest = content.final(static_cast<quint64>(records.size()));
    QByteArray endSignature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(endSignature), nullptr, bytes(digest),
                         static_cast<unsigned long long>(digest.size()), bytes(signSecret));
    if (!pushChunk(be64(static_cast<quint64>(records.size())) + endSignature,
                   crypto_secretstream_xchacha20poly1305_TAG_FINAL))
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    if (progress)
        progress(records.size(), records.size());
    return std::nullopt;
}

BundleReader::BundleReader(QString path, QString shownName)
    : m_path(std::move(path)), m_shown(shownName.isEmpty() ? m_path : std::move(shownName)),
      m_device(std::make_unique<QFile>(m_path))
{
}

BundleReader::BundleReader(const QByteArray& bytes, QString shownName)
    : m_shown(std::move(shownName)), m_device(std::make_unique<QBuffer>())
{
    static_cast<QBuffer*>(m_device.get())->setData(bytes);
}

Refusal BundleReader::refusal(RefusalCode code, QStringList more) const
{
    return Refusal::of(code, QStringList{m_shown} + more);
}

std::optional<Refusal> BundleReader::readHeader()
{
    const Refusal unreadable = refusal(RefusalCode::BundleUnreadable);
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly))
        return unreadable;
    m_device->seek(0);
    const QByteArray start = m_device->read(kMagic.size() + 5);
    if (start.size() != kMagic.size() + 5 || !start.startsWith(kMagic))
        return unreadable;
    const int format = static_cast<quint8>(start[kMagic.size()]);
    if (format > BundleHeader::kFormat)
        return refusal(RefusalCode::BundleFormatTooNew, {QString::number(format)});
    if (format < 1)
        return unreadable;
    const quint32 length = qFromBigEndian<quint32>(start.constData() + kMagic.size() + 1);
    if (length == 0 || length > static_cast<quint32>(kMaxHeader))
        return unreadable;
    const QByteArray json = m_device->read(length);
    m_sealedKey = m_device->read(kSealedKeyBytes);
    m_streamHead = m_device->read(kStreamHeadBytes);
    m_signature = m_device->read(crypto_sign_BYTES);
    if (json.size() != static_cast<qsizetype>(length) || m_sealedKey.size() != kSealedKeyBytes ||
        m_streamHead.size() != kStreamHeadBytes || m_signature.size() != crypto_sign_BYTES)
        return refusal(RefusalCode::BundleTruncated);
    const auto header = BundleHeader::fromJson(json);
    if (!header)
        return unreadable;
    if (header->format != format)
        return unreadable;
    m_header = *header;
    m_prefix = start + json + m_sealedKey + m_streamHead;
    return std::nullopt;
}

std::optional<Refusal> BundleReader::verify(const QByteArray& senderSignPublic)
{
    if (!sodiumReady() || senderSignPublic.size() != crypto_sign_PUBLICKEYBYTES ||
        m_prefix.isEmpty() ||
        crypto_sign_verify_detached(bytes(m_signature), bytes(m_prefix),
                                    static_cast<unsigned long long>(m_prefix.size()),
                                    bytes(senderSignPublic)) != 0)
        return refusal(RefusalCode::BundleSignatureBad);
    m_verified = true;
    return std::nullopt;
}

std::optional<Refusal> BundleReader::readRecords(
    const QByteArray& senderSignPublic, const QByteArray& sealPublic, const QByteArray& sealSecret,
    const std::function<std::optional<Refusal>(const QJsonObject&, qint64)>& onRecord,
    const std::function<void(qint64, qint64)>& progress)
{
    // The content is opened only for a header whose signature held.
    if (!m_verified)
        return refusal(RefusalCode::BundleSignatureBad);
    if (m_prefix.isEmpty() || !sodiumReady() || sealPublic.size() != crypto_box_PUBLICKEYBYTES ||
        sealSecret.size() != crypto_box_SECRETKEYBYTES ||
        senderSignPublic.size() != crypto_sign_PUBLICKEYBYTES)
        return refusal(RefusalCode::BundleNotForThisDevice);
    unsigned char streamKey[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (crypto_box_seal_open(streamKey, bytes(m_sealedKey),
                             static_cast<unsigned long long>(m_sealedKey.size()), bytes(sealPublic),
                             bytes(sealSecret)) != 0)
        return refusal(RefusalCode::BundleNotForThisDevice);
    crypto_secretstream_xchacha20poly1305_state state;
    const int started =
        crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(m_streamHead), streamKey);
    sodium_memzero(streamKey, sizeof streamKey);
    if (started != 0)
        return refusal(RefusalCode::BundleDamaged);

    ContentHash content;
    content.add(m_signature);
    const qint64 expected = m_header.recordCount();
    const qint64 fileSize = m_device->size();
    qint64 index = 0;
    qint64 inflated = 0;
    m_device->seek(m_prefix.size() + m_signature.size());
    for (;;) {
        const QByteArray lengthBytes = m_device->read(4);
        if (lengthBytes.size() != 4)
            return refusal(RefusalCode::BundleTruncated);
        const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
        if (length < static_cast<quint32>(kAbytes) || length > kMaxChunk)
            return refusal(RefusalCode::BundleDamaged);
        if (m_device->pos() + length > fileSize)
            return refusal(RefusalCode::BundleTruncated);
        const QByteArray cipher = m_device->read(length);
        if (cipher.size() != static_cast<qsizetype>(length))
            return refusal(RefusalCode::BundleTruncated);
        QByteArray plain(cipher.size() - kAbytes, '\0');
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, bytes(plain), &plainLength, &tag, bytes(cipher),
                static_cast<unsigned long long>(cipher.size()), nullptr, 0) != 0)
            return refusal(RefusalCode::BundleDamaged);
        plain.resize(static_cast<qsizetype>(plainLength));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (plain.size() != 8 + crypto_sign_BYTES || m_device->pos() != fileSize)
                return refusal(RefusalCode::BundleDamaged);
            const quint64 count = qFromBigEndian<quint64>(plain.constData());
            const QByteArray digest = content.final(count);
            if (crypto_sign_verify_detached(bytes(plain) + 8, bytes(digest),
                                            static_cast<unsigned long long>(digest.size()),
                                            bytes(senderSignPublic)) != 0)
                return refusal(RefusalCode::BundleSignatureBad);
            if (count != static_cast<quint64>(index) || index != expected)
                return refusal(RefusalCode::BundleKindMismatch);
            return std::nullopt;
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return refusal(RefusalCode::BundleDamaged);
        content.add(lengthBytes + cipher);
        const auto lines = inflateCapped(plain, kMaxUncompressed);
        if (!lines || lines->isEmpty() || !lines->endsWith('\n'))
            return refusal(RefusalCode::BundleDamaged);
        inflated += lines->size();
        if (inflated > kMaxContent)
            return refusal(RefusalCode::BundleDamaged);
        qsizetype from = 0;
        while (from < lines->size()) {
            const qsizetype end = lines->indexOf('\n', from);
            ++index;
            if (index > expected)
                return refusal(RefusalCode::BundleKindMismatch);
            QJsonParseError error;
            const QJsonDocument record = QJsonDocument::fromJson(
                QByteArray::fromRawData(lines->constData() + from, end - from), &error);
            if (error.error != QJsonParseError::NoError || !record.isObject())
                return refusal(RefusalCode::BundleRecordInvalid,
                               {QString::number(index), QStringLiteral("not a JSON object")});
            if (auto refused = onRecord(record.object(), index))
                return refused;
            from = end + 1;
        }
        if (progress)
            progress(index, expected);
    }
}

} // namespace signaali
