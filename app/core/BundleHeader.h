#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <optional>

namespace signaali {

// What a bundle says about itself, in the clear and signed by its sender
// (docs/bundles.md). Nothing in it identifies a pupil.
struct BundleHeader
{
    static constexpr int kFormat = 1;

    int format = kFormat;
    QString bundleId;
    QString kind; // "identified" or "summary"
    QString senderName;
    QString senderKeyId;
    QString recipientKeyId;
    int schemaVersion = 0;
    QMap<QString, qint64> records; // per record type
    QString createdAt;             // UTC ISO 8601
    qint64 auditHeadId = 0;        // the sender's audit log at export: last row and its hash
    QString auditHead;
    QString since; // the bundle this one follows (bundle export --since), or empty

    QByteArray toJson() const;
    // Nothing when a field is missing or has the wrong type.
    static std::optional<BundleHeader> fromJson(const QByteArray& json);
    qint64 recordCount() const;
};

} // namespace signaali
