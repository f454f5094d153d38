#pragma once

#include "core/DeviceIdentity.h"
#include "db/Outcome.h"

#include <QSqlDatabase>
#include <optional>

namespace signaali::db {

// This installation's keys, secret halves included, for making and opening
// bundles; wiped when it goes. Private to db/.
struct OwnDevice
{
    DeviceLine line;
    QByteArray signSecret;
    QByteArray sealSecret;
    QString keyId;

    OwnDevice() = default;
    OwnDevice(const OwnDevice&) = delete;
    OwnDevice& operator=(const OwnDevice&) = delete;
    OwnDevice(OwnDevice&&) = default;
    OwnDevice& operator=(OwnDevice&&) = default;
    ~OwnDevice();

    // The identity as stored; nothing when there is none yet.
    static std::optional<OwnDevice> load(QSqlDatabase& db);
};

// A trusted (or revoked) device found by the key id a bundle names.
struct KnownDevice
{
    qint64 id = 0;
    QString name;
    QByteArray signPublic;
    QByteArray sealPublic;
    bool revoked = false;
};
std::optional<KnownDevice> deviceByKeyId(QSqlDatabase& db, const QString& keyId);
std::optional<KnownDevice> deviceByName(QSqlDatabase& db, const QString& name);

} // namespace signaali::db
