#pragma once

#include "core/Clock.h"
#include "core/DeviceIdentity.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>

namespace signaali::db {

// Another installation this one trusts (docs/bundles.md).
struct TrustedDevice
{
    qint64 id = 0;
    DeviceLine line;
    QString keyId;
    QString trustedBy; // user name
    QString trustedAt;
    QString revokedAt; // empty while trusted
    bool revoked() const { return !revokedAt.isEmpty(); }
};

// This installation's device identity and the installations it trusts. The
// identity is made at set-up, or by the first call that needs it on a database
// set up before bundles existed. Trusting and revoking are an administrator's
// (ManageDevices) and audited; anyone signed in may see the device line.
class Devices
{
public:
    explicit Devices(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // Makes the identity when there is none, named `name`; call inside the
    // set-up's transaction or alone.
    Outcome<Done> ensureIdentity(const QString& name);
    // This installation's device line (making the identity if needed, named
    // after the municipality and the computer).
    Outcome<DeviceLine> own(const SignedInUser& user);

    // Trusts the device line in `text` (the first line that is not empty or a
    // # comment) as `name`; `file` names the text in messages.
    Outcome<TrustedDevice> trust(const SignedInUser& admin, const QString& file,
                                 const QString& text, const QString& name);
    Outcome<QList<TrustedDevice>> list(const SignedInUser& user);
    Outcome<Done> revoke(const SignedInUser& admin, const QString& name);

private:
    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
