#pragma once

#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>

namespace signaali::db {

struct Colleague
{
    qint64 id = 0;
    QString username;
    QString displayName;
};

// The active case team members a nurse can share a case with. Names of staff
// only, no pupil data; refused for every role but the nurse.
Outcome<QList<Colleague>> caseTeamMembers(QSqlDatabase& db, const SignedInUser& nurse);

} // namespace signaali::db
