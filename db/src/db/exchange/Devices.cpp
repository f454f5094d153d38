#include "db/exchange/Devices.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/admin/Organisation.h"
#include "db/exchange/OwnDevice.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"

#include <QSqlError>
#include <QSysInfo>

namespace signaali::db {

namespace {
std::optional<Refusal> checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Refusal::of(Refusal::Code::NameMissing, {QStringLiteral("name")});
    if (name.size() > kDeviceNameMax)
        return Refusal::of(Refusal::Code::TooLong,
                           {QStringLiteral("name"), QString::number(kDeviceNameMax)});
    return std::nullopt;
}
} // namespace

Outcome<Done> Devices::ensureIdentity(const QString& name)
{
    if (scalar(m_db, QStringLiteral("SELECT 1 FROM device_identity WHERE id = 1")))
        return Done{};
    QString shown = name.simplified().left(kDeviceNameMax);
    if (shown.isEmpty())
        shown = QStringLiteral("Signaali");
    auto keys = DeviceKeys::generate();
    if (!keys)
        return Refusal::databaseFailed(QStringLiteral("libsodium cannot start"));
    QSqlQuery query(m_db);
    const bool stored = execBound(
        query,
        QStringLiteral("INSERT INTO device_identity (id, name, sign_public, sign_secret, "
                       "seal_public, seal_secret, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)"),
        {shown, keys->signPublic, keys->signSecret, keys->sealPublic, keys->sealSecret,
         isoUtc(m_clock.nowUtc())});
    keys->wipe();
    if (!stored)
        return Refusal::databaseFailed(query.lastError().text());
    return Done{};
}

Outcome<DeviceLine> Devices::own(const SignedInUser& user)
{
    AccessRules rules(m_db);
    if (const auto now = rules.current(user); !now)
        return now.refusal;
    if (!OwnDevice::load(m_db)) {
        const QString municipality = municipalityName(m_db);
        const QString host = QSysInfo::machineHostName();
        const QString name = municipality.isEmpty() ? host
                             : host.isEmpty()       ? municipality
                                                    : municipality + QStringLiteral(" / ") + host;
        if (auto made = ensureIdentity(name); !made)
            return made.refusal;
    }
    const auto own = OwnDevice::load(m_db);
    if (!own)
        return Refusal::databaseFailed(QStringLiteral("no device identity"));
    return own->line;
}

Outcome<TrustedDevice> Devices::trust(const SignedInUser& admin, const QString& file,
                                      const QString& text, const QString& name)
{
    AccessRules rules(m_db);
    if (auto refused = rules.check(admin, Permission::ManageDevices))
        return *refused;
    if (auto refused = checkName(name))
        return *refused;
    const QStringList lines = text.split(QLatin1Char('\n'));
    std::optional<DeviceLine> line;
    int lineNumber = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        lineNumber = i + 1;
        line = DeviceLine::parse(trimmed);
        break;
    }
    if (!line)
        return Refusal::of(Refusal::Code::DeviceLineInvalid,
                           {file, QString::number(lineNumber == 0 ? 1 : lineNumber)});
    if (auto own = OwnDevice::load(m_db); own && own->line.signPublic == line->signPublic)
        return Refusal::of(Refusal::Code::DeviceIsThisOne);
    if (const auto known = scalar(m_db,
                                  QStringLiteral("SELECT name FROM trusted_device WHERE "
                                                 "sign_public = ?"),
                                  {line->signPublic}))
        return Refusal::of(Refusal::Code::DeviceKnown, {known->toString()});
    if (deviceByName(m_db, name.trimmed()))
        return Refusal::of(Refusal::Code::DeviceNameTaken, {name.trimmed()});

    TrustedDevice device;
    device.line = *line;
    device.line.name = name.trimmed();
    device.keyId = deviceKeyId(line->signPublic);
    device.trustedBy = admin.username;
    device.trustedAt = isoUtc(m_clock.nowUtc());
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral("INSERT INTO trusted_device (name, sign_public, seal_public, "
                           "trusted_by, trusted_at) VALUES (?, ?, ?, ?, ?)"),
            {device.line.name, line->signPublic, line->sealPublic, admin.id, device.trustedAt}))
        return Refusal::databaseFailed(query.lastError().text());
    device.id = query.lastInsertId().toLongLong();
    if (auto logged =
            AuditLog(m_db, m_clock)
                .append(admin, audit::DeviceTrusted, {},
                        QStringLiteral("%1 (key %2, fingerprint %3)")
                            .arg(device.line.name, device.keyId, device.line.fingerprint()));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return device;
}

Outcome<QList<TrustedDevice>> Devices::list(const SignedInUser& user)
{
    AccessRules rules(m_db);
    if (const auto now = rules.current(user); !now)
        return now.refusal;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT d.id, d.name, d.sign_public, d.seal_public, u.username, d.trusted_at, "
            "coalesce(d.revoked_at, '') FROM trusted_device d "
            "LEFT JOIN app_user u ON u.id = d.trusted_by ORDER BY d.name")))
        return Refusal::databaseFailed(query.lastError().text());
    QList<TrustedDevice> devices;
    while (query.next()) {
        TrustedDevice d;
        d.id = query.value(0).toLongLong();
        d.line = DeviceLine{query.value(1).toString(), query.value(2).toByteArray(),
                            query.value(3).toByteArray()};
        d.keyId = deviceKeyId(d.line.signPublic);
        d.trustedBy = query.value(4).toString();
        d.trustedAt = query.value(5).toString();
        d.revokedAt = query.value(6).toString();
        devices << d;
    }
    return devices;
}

Outcome<Done> Devices::revoke(const SignedInUser& admin, const QString& name)
{
    AccessRules rules(m_db);
    if (auto refused = rules.check(admin, Permission::ManageDevices))
        return *refused;
    const auto device = deviceByName(m_db, name.trimmed());
    if (!device)
        return Refusal::of(Refusal::Code::NoDeviceName, {name.trimmed()});
    if (device->revoked)
        return Done{};
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("UPDATE trusted_device SET revoked_by = ?, revoked_at = ? "
                                  "WHERE id = ?"),
                   {admin.id, isoUtc(m_clock.nowUtc()), device->id}))
        return Refusal::databaseFailed(query.lastError().text());
    if (auto logged =
            AuditLog(m_db, m_clock)
                .append(admin, audit::DeviceRevoked, {},
                        QStringLiteral("%1 (key %2)").arg(name, deviceKeyId(device->signPublic)));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

} // namespace signaali::db
