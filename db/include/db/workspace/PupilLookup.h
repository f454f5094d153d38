#pragma once

#include "db/Outcome.h"
#include "db/access/AccessRules.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>

namespace signaali::db {

// The id of the pupil `key` (numeric id or uuid) for a request that needs
// `permission` on them. A pupil who does not exist and one the user may not
// reach get the same answer, unless every school is the user's (an
// administrator), so a lookup never tells anyone else which pupils exist.
Outcome<qint64> pupilIdFor(QSqlDatabase& db, const SignedInUser& user, const QString& key,
                           Permission permission);

} // namespace signaali::db
