#pragma once

#include "core/BundleHeader.h"
#include "core/Refusal.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace signaali {

// Writes a bundle: the signed header, then the records (one compact JSON object
// per line) compressed, encrypted with crypto_secretstream_xchacha20poly1305
// under a random key sealed to the recipient, and closed by a final chunk that
// signs the whole content. Through QSaveFile: a failed write leaves nothing.
class BundleWriter
{
public:
    // `signSecret`: the sender's Ed25519 secret key; `recipientSealPublic`: the
    // recipient's X25519 public key. `progress(done, total)` after each chunk.
    static std::optional<Refusal> write(const QString& path, const BundleHeader& header,
                                        const QList<QByteArray>& records,
                                        const QByteArray& signSecret,
                                        const QByteArray& recipientSealPublic,
                                        const std::function<void(qint64, qint64)>& progress = {});
};

// Reads a bundle in the order the receiver checks it: the header, its
// signature, then the content. Each refusal names the file.
class BundleReader
{
public:
    explicit BundleReader(QString path, QString shownName = {});
    // A bundle already in memory (the fuzz harness).
    BundleReader(const QByteArray& bytes, QString shownName);

    // The framing and the header; BundleUnreadable or BundleFormatTooNew.
    std::optional<Refusal> readHeader();
    const BundleHeader& header() const { return m_header; }
    // The header's signature by `senderSignPublic`; BundleSignatureBad.
    std::optional<Refusal> verify(const QByteArray& senderSignPublic);
    // After verify() has passed: decrypts the content with the recipient's
    // keys and calls `onRecord` for
    // each record in order (index from 1); the content's own signature is
    // checked at the end, so the caller keeps what it read until this returns
    // nothing. BundleNotForThisDevice, BundleTruncated, BundleDamaged,
    // BundleRecordInvalid (a line that is not a JSON object), BundleKindMismatch
    // (counts that differ from the header), or the first refusal of `onRecord`.
    std::optional<Refusal>
    readRecords(const QByteArray& senderSignPublic, const QByteArray& sealPublic,
                const QByteArray& sealSecret,
                const std::function<std::optional<Refusal>(const QJsonObject&, qint64)>& onRecord,
                const std::function<void(qint64, qint64)>& progress = {});

private:
    Refusal refusal(RefusalCode code, QStringList more = {}) const;
    QString m_path;
    QString m_shown;
    std::unique_ptr<QIODevice> m_device;
    BundleHeader m_header;
    QByteArray m_prefix;     // everything the header signature covers
    QByteArray m_sealedKey;  // crypto_box_seal of the stream key
    QByteArray m_streamHead; // the secretstream header
    QByteArray m_signature;
    bool m_verified = false;
};

} // namespace signaali
