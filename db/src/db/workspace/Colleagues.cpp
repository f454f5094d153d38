#include "db/workspace/Colleagues.h"

#include "db/access/AccessRules.h"

#include <QSqlQuery>

namespace signaali::db {

Outcome<QList<Colleague>> caseTeamMembers(QSqlDatabase& db, const SignedInUser& nurse)
{
    if (const auto refusal = AccessRules(db).check(nurse, Permission::ShareCase))
        return *refusal;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, username, display_name FROM app_user "
                                   "WHERE role = 'case_team' AND active = 1 "
                                   "ORDER BY display_name")))
        return Refusal::of(Refusal::Code::TeamUnreadable);
    QList<Colleague> members;
    while (query.next())
        members.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return members;
}

} // namespace signaali::db
