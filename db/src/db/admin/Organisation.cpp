#include "db/admin/Organisation.h"

#include "db/access/AccessRules.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/OrganisationStore.h"

namespace signaali::db {

namespace {

std::optional<Refusal> checkAccount(QSqlDatabase& db, const SignedInUser& user)
{
    AccessRules rules(db);
    if (user.id == 0 && rules.beforeSetup())
        return std::nullopt;
    const Outcome<SignedInUser> current = rules.current(user);
    if (!current)
        return current.refusal;
    return std::nullopt;
}

} // namespace

Outcome<QList<RoundInfo>> roundsFor(QSqlDatabase& db, const SignedInUser& user)
{
    if (auto refusal = checkAccount(db, user))
        return *refusal;
    return OrganisationStore(db).rounds();
}

Outcome<RoundInfo> roundFor(QSqlDatabase& db, const SignedInUser& user, const QString& key)
{
    if (auto refusal = checkAccount(db, user))
        return *refusal;
    if (std::optional<RoundInfo> round = OrganisationStore(db).round(key))
        return *round;
    return Refusal::of(Refusal::Code::NoRoundKey, {key});
}

Outcome<SchoolInfo> schoolFor(QSqlDatabase& db, const SignedInUser& user, const QString& name)
{
    if (auto refusal = checkAccount(db, user))
        return *refusal;
    if (std::optional<SchoolInfo> school = OrganisationStore(db).school(name))
        return *school;
    return Refusal::of(Refusal::Code::NoSchoolName, {name});
}

Outcome<QList<SchoolInfo>> schoolsBeforeSetup(QSqlDatabase& db)
{
    if (!AccessRules(db).beforeSetup())
        return Refusal::of(Refusal::Code::SetupDone);
    return OrganisationStore(db).schools();
}

Outcome<qint64> municipalityBeforeSetup(QSqlDatabase& db, const QString& name)
{
    if (const auto existing =
            scalar(db, QStringLiteral("SELECT id FROM municipality WHERE name = ?"), {name}))
        return existing->toLongLong();
    if (!AccessRules(db).beforeSetup())
        return Refusal::of(Refusal::Code::SetupDone);
    OrganisationStore store(db);
    return store.ensureMunicipality(name);
}

QString municipalityName(QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT name FROM municipality ORDER BY id LIMIT 1"))
        .value_or(QString())
        .toString();
}

} // namespace signaali::db
