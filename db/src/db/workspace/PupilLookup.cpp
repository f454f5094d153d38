#include "db/workspace/PupilLookup.h"

#include "db/sql/WorkspaceSql.h"

namespace signaali::db {

Outcome<qint64> pupilIdFor(QSqlDatabase& db, const SignedInUser& user, const QString& key,
                           Permission permission)
{
    if (key.trimmed().isEmpty())
        return Refusal::of(Refusal::Code::FieldMissing, {QStringLiteral("pupil")});
    AccessRules rules(db);
    // An unknown pupil is checked as id 0, so the rules answer for it as they
    // do for a pupil out of reach.
    const qint64 pupilId = workspace::pupilIdFromKey(db, key).value_or(0);
    if (const auto refusal = rules.checkPupil(user, permission, pupilId))
        return refusal->code == Refusal::Code::NoSuchPupil
                   ? Refusal::of(Refusal::Code::NoPupilKey, {key.trimmed()})
                   : *refusal;
    if (pupilId == 0)
        return Refusal::of(Refusal::Code::NoPupilKey, {key.trimmed()});
    return pupilId;
}

} // namespace signaali::db
