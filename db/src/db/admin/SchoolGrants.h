#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>

namespace signaali::db::users {

// Sets an account's schools to `schoolIds`, inside the caller's transaction. A
// school taken away goes at once, with any pending grant for it; a school given
// to a role whose schools reach identified data waits, as a pending grant, for
// a second person (AccessGrants); other schools are given at once. Returns the
// schools whose grant this call asked for (none already pending).
Outcome<QList<qint64>> requestSchools(QSqlDatabase& db, const Clock& clock,
                                      const SignedInUser& admin, qint64 userId, Role role,
                                      const QList<qint64>& schoolIds);

} // namespace signaali::db::users
