#include "core/BundleHeader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace signaali {

QByteArray BundleHeader::toJson() const
{
    QJsonObject counts;
    for (auto it = records.constBegin(); it != records.constEnd(); ++it)
        counts.insert(it.key(), it.value());
    const QJsonObject object{
        {QStringLiteral("format"), format},
        {QStringLiteral("bundle_id"), bundleId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("sender"), QJsonObject{{QStringLiteral("name"), senderName},
                                               {QStringLiteral("key_id"), senderKeyId}}},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("key_id"), recipientKeyId}}},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("records"), counts},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("audit_head"),
         QJsonObject{{QStringLiteral("id"), auditHeadId}, {QStringLiteral("hash"), auditHead}}},
        {QStringLiteral("since"), since.isEmpty() ? QJsonValue() : QJsonValue(since)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<BundleHeader> BundleHeader::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    const QJsonObject sender = o.value(QStringLiteral("sender")).toObject();
    const QJsonObject recipient = o.value(QStringLiteral("recipient")).toObject();
    const QJsonObject audit = o.value(QStringLiteral("audit_head")).toObject();
    const QJsonValue counts = o.value(QStringLiteral("records"));
    for (const QJsonValue& v :
         {o.value(QStringLiteral("bundle_id")), o.value(QStringLiteral("kind")),
          sender.value(QStringLiteral("name")), sender.value(QStringLiteral("key_id")),
          recipient.value(QStringLiteral("key_id")), o.value(QStringLiteral("created_at"))})
        if (!v.isString() || v.toString().isEmpty())
            return std::nullopt;
    if (!o.value(QStringLiteral("format")).isDouble() ||
        !o.value(QStringLiteral("schema_version")).isDouble() || !counts.isObject() ||
        std::abs(o.value(QStringLiteral("format")).toDouble()) > 1e6 ||
        std::abs(o.value(QStringLiteral("schema_version")).toDouble()) > 1e6)
        return std::nullopt;
    BundleHeader h;
    h.format = o.value(QStringLiteral("format")).toInt();
    h.bundleId = o.value(QStringLiteral("bundle_id")).toString();
    h.kind = o.value(QStringLiteral("kind")).toString();
    h.senderName = sender.value(QStringLiteral("name")).toString();
    h.senderKeyId = sender.value(QStringLiteral("key_id")).toString();
    h.recipientKeyId = recipient.value(QStringLiteral("key_id")).toString();
    h.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    const QJsonObject countObject = counts.toObject();
    for (auto it = countObject.constBegin(); it != countObject.constEnd(); ++it) {
        // Whole numbers a double holds exactly, so nothing converts out of range.
        const double n = it.value().toDouble();
        if (!it.value().isDouble() || n < 0 || n > 1e15 || n != std::floor(n))
            return std::nullopt;
        h.records.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
    }
    h.createdAt = o.value(QStringLiteral("created_at")).toString();
    const double auditId = audit.value(QStringLiteral("id")).toDouble();
    if (auditId < 0 || auditId > 1e15)
        return std::nullopt;
    h.auditHeadId = static_cast<qint64>(auditId);
    h.auditHead = audit.value(QStringLiteral("hash")).toString();
    h.since = o.value(QStringLiteral("since")).toString();
    return h;
}

qint64 BundleHeader::recordCount() const
{
    qint64 total = 0;
    for (qint64 n : records)
        total += n;
    return total;
}

} // namespace signaali
