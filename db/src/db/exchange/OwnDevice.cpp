#include "db/exchange/OwnDevice.h"

#include "db/sql/SqlHelpers.h"

#include <QSqlQuery>
#include <sodium.h>

namespace signaali::db {

OwnDevice::~OwnDevice()
{
    for (QByteArray* secret : {&signSecret, &sealSecret})
        if (!secret->isEmpty() && secret->isDetached())
            sodium_memzero(secret->data(), static_cast<size_t>(secret->size()));
}

std::optional<OwnDevice> OwnDevice::load(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, sign_public, sign_secret, seal_public, "
                                   "seal_secret FROM device_identity WHERE id = 1")) ||
        !query.next())
        return std::nullopt;
    OwnDevice own;
    own.line = DeviceLine{query.value(0).toString(), query.value(1).toByteArray(),
                          query.value(3).toByteArray()};
    own.signSecret = query.value(2).toByteArray();
    own.sealSecret = query.value(4).toByteArray();
    own.signSecret.detach();
    own.sealSecret.detach();
    own.keyId = deviceKeyId(own.line.signPublic);
    return own;
}

namespace {
std::optional<KnownDevice> deviceWhere(QSqlDatabase& db,
                                       const std::function<bool(const KnownDevice&)>& match)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, sign_public, seal_public, revoked_at IS NOT "
                                   "NULL FROM trusted_device")))
        return std::nullopt;
    while (query.next()) {
        KnownDevice device{query.value(0).toLongLong(), query.value(1).toString(),
                           query.value(2).toByteArray(), query.value(3).toByteArray(),
                           query.value(4).toInt() == 1};
        if (match(device))
            return device;
    }
    return std::nullopt;
}
} // namespace

std::optional<KnownDevice> deviceByKeyId(QSqlDatabase& db, const QString& keyId)
{
    return deviceWhere(db,
                       [&](const KnownDevice& d) { return deviceKeyId(d.signPublic) == keyId; });
}

std::optional<KnownDevice> deviceByName(QSqlDatabase& db, const QString& name)
{
    return deviceWhere(db, [&](const KnownDevice& d) { return d.name == name; });
}

} // namespace signaali::db
