// User administration (admin only).
#include "db/admin/UserAdmin.h"
#include "core/Secret.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/admin/SchoolGrants.h"
#include "db/admin/UserStore.h"
#include "db/admin/UserValidation.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/storage/KeySlots.h"
#include "db/store/OrganisationStore.h"

#include <QSqlError>
#include <algorithm>

namespace signaali::db {

namespace {
const QString kUserColumns = QStringLiteral(
    "SELECT u.id, u.uuid, u.username, u.display_name, u.role, u.active, u.created_at, "
    " (SELECT group_concat(s.id, char(31)) FROM (SELECT s.id FROM user_school us "
    "   JOIN school s ON s.id = us.school_id WHERE us.user_id = u.id ORDER BY s.name) s), "
    " (SELECT group_concat(s.name, char(31)) FROM (SELECT s.name FROM user_school us "
    "   JOIN school s ON s.id = us.school_id WHERE us.user_id = u.id ORDER BY s.name) s), "
    " (SELECT group_concat(s.id, char(31)) FROM (SELECT s.id FROM access_grant g "
    "   JOIN school s ON s.id = g.school_id WHERE g.user_id = u.id AND g.status = 'pending' "
    "   ORDER BY s.name) s), "
    " (SELECT group_concat(s.name, char(31)) FROM (SELECT s.name FROM access_grant g "
    "   JOIN school s ON s.id = g.school_id WHERE g.user_id = u.id AND g.status = 'pending' "
    "   ORDER BY s.name) s), "
    " u.must_change_password "
    "FROM app_user u ");

UserInfo readUser(const QSqlQuery& query)
{
    UserInfo u;
    u.id = query.value(0).toLongLong();
    u.uuid = query.value(1).toString();
    u.username = query.value(2).toString();
    u.displayName = query.value(3).toString();
    u.role = roleFromId(query.value(4).toString()).value_or(Role::Nurse);
    u.active = query.value(5).toInt() == 1;
    u.createdAt = query.value(6).toString();
    const QChar separator(31);
    for (const QString& id : query.value(7).toString().split(separator, Qt::SkipEmptyParts))
        u.schoolIds << id.toLongLong();
    u.schoolNames = query.value(8).toString().split(separator, Qt::SkipEmptyParts);
    for (const QString& id : query.value(9).toString().split(separator, Qt::SkipEmptyParts))
        u.pendingSchoolIds << id.toLongLong();
    u.pendingSchoolNames = query.value(10).toString().split(separator, Qt::SkipEmptyParts);
    u.mustChangePassword = query.value(11).toInt() == 1;
    return u;
}

// The target account's user name, or a refusal naming the field.
Outcome<QString> usernameOf(QSqlDatabase& db, qint64 userId)
{
    const auto name =
        scalar(db, QStringLiteral("SELECT username FROM app_user WHERE id = ?"), {userId});
    if (!name)
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("user"), QString::number(userId)});
    return name->toString();
}
// One row per school whose access now waits for a second person.
std::optional<Refusal> logRequested(AuditLog& log, const SignedInUser& admin,
                                    const QString& username, const QList<qint64>& schools)
{
    for (const qint64 schoolId : schools)
        if (const auto logged =
                log.append(admin, audit::AccessRequested, {},
                           QStringLiteral("user %1, school id %2").arg(username).arg(schoolId));
            !logged)
            return logged.refusal;
    return std::nullopt;
}
} // namespace

Outcome<qint64> UserAdmin::createUser(const SignedInUser& admin, const NewUser& user)
{
    using namespace users;
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ManageUsers))
        return *refusal;
    const QString username = normalisedUsername(user.username);
    if (const auto problem = checkUsername(username, QStringLiteral("user name")))
        return *problem;
    if (const auto problem = checkDisplayName(user.displayName, QStringLiteral("name")))
        return *problem;
    if (const auto problem = checkPassword(user.password, QStringLiteral("password")))
        return *problem;
    if (const auto problem = checkSchoolsForRole(user.role, user.schoolIds))
        return *problem;
    const auto hash = Secret::hash(user.password);
    if (!hash)
        return Refusal::of(Refusal::Code::PasswordHashFailed);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    const Outcome<qint64> id = insertUser(m_db, username, user.displayName.trimmed(), user.role,
                                          user.password, *hash, isoUtc(m_clock.nowUtc()));
    if (!id)
        return id;
    const auto asked = requestSchools(m_db, m_clock, admin, *id, user.role, user.schoolIds);
    if (!asked)
        return asked.refusal;
    AuditLog log(m_db, m_clock);
    if (const auto logged =
            log.append(admin, audit::UserCreated, {},
                       QStringLiteral("user %1, role %2").arg(username, roleId(user.role)));
        !logged)
        return logged.refusal;
    if (const auto problem = logRequested(log, admin, username, *asked))
        return *problem;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return id;
}

Outcome<Done> UserAdmin::setPassword(const SignedInUser& admin, qint64 userId,
                                     const QString& password)
{
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ManageUsers))
        return *refusal;
    const Outcome<QString> username = usernameOf(m_db, userId);
    if (!username)
        return username.refusal;
    if (const auto problem = users::checkPassword(password, QStringLiteral("password")))
        return *problem;
    return users::storePassword(m_db, m_clock, admin, userId, *username, password);
}

Outcome<Done> UserAdmin::assignSchools(const SignedInUser& admin, qint64 userId,
                                       const QList<qint64>& schoolIds)
{
    UserChanges changes;
    changes.schoolIds = schoolIds;
    return updateUser(admin, userId, changes);
}

Outcome<Done> UserAdmin::setActive(const SignedInUser& admin, qint64 userId, bool active)
{
    UserChanges changes;
    changes.active = active;
    return updateUser(admin, userId, changes);
}

Outcome<Done> UserAdmin::updateUser(const SignedInUser& admin, qint64 userId,
                                    const UserChanges& changes)
{
    using namespace users;
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ManageUsers))
        return *refusal;
    QSqlQuery query(m_db);
    if (!execBound(query, kUserColumns + QStringLiteral("WHERE u.id = ?"), {userId}))
        return Refusal::databaseFailed(query.lastError().text());
    if (!query.next())
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("user"), QString::number(userId)});
    const UserInfo before = readUser(query);
    query.finish();

    // Everything is checked before anything is written.
    const bool rename = changes.displayName && changes.displayName->trimmed() != before.displayName;
    if (rename)
        if (const auto problem = checkDisplayName(*changes.displayName, QStringLiteral("name")))
            return *problem;
    QList<qint64> schools = changes.schoolIds.value_or(before.schoolIds);
    std::sort(schools.begin(), schools.end());
    schools.erase(std::unique(schools.begin(), schools.end()), schools.end());
    QList<qint64> beforeSchools = before.schoolIds + before.pendingSchoolIds;
    std::sort(beforeSchools.begin(), beforeSchools.end());
    const bool reassign = changes.schoolIds.has_value() && schools != beforeSchools;
    if (changes.schoolIds && !roleHasSchools(before.role))
        return Refusal::of(Refusal::Code::SchoolsNotForRole);
    if (changes.schoolIds)
        if (const auto problem = checkSchoolsForRole(before.role, schools))
            return *problem;
    const bool activate = changes.active && *changes.active != before.active;
    if (activate && userId == admin.id && !*changes.active)
        return Refusal::of(Refusal::Code::OwnAccount);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    AuditLog log(m_db, m_clock);
    const QString& username = before.username;
    if (rename) {
        if (!execBound(query, QStringLiteral("UPDATE app_user SET display_name = ? WHERE id = ?"),
                       {changes.displayName->trimmed(), userId}))
            return Refusal::databaseFailed(query.lastError().text());
        if (const auto logged =
                log.append(admin, audit::UserRenamed, {}, QStringLiteral("user %1").arg(username));
            !logged)
            return logged.refusal;
    }
    if (reassign) {
        const auto asked = requestSchools(m_db, m_clock, admin, userId, before.role, schools);
        if (!asked)
            return asked.refusal;
        QStringList ids;
        for (qint64 id : schools)
            ids << QString::number(id);
        if (const auto logged =
                log.append(admin, audit::SchoolsAssigned, {},
                           QStringLiteral("user %1, school ids %2")
                               .arg(username, ids.isEmpty() ? QStringLiteral("none")
                                                            : ids.join(QLatin1Char(' '))));
            !logged)
            return logged.refusal;
        if (const auto problem = logRequested(log, admin, username, *asked))
            return *problem;
    }
    if (activate) {
        if (!execBound(query, QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"),
                       {*changes.active ? 1 : 0, userId}))
            return Refusal::databaseFailed(query.lastError().text());
        // A deactivated account's key slot goes; a reactivated one gets a new
        // slot with the password the administrator sets for it.
        if (!*changes.active)
            if (const QString problem = keyslots::remove(m_db, username); !problem.isEmpty())
                return Refusal::databaseFailed(problem);
        if (const auto logged =
                log.append(admin, audit::UserActive, {},
                           QStringLiteral("user %1, %2")
                               .arg(username, *changes.active ? QStringLiteral("activated")
                                                              : QStringLiteral("deactivated")));
            !logged)
            return logged.refusal;
    }
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

Outcome<QList<UserInfo>> UserAdmin::users(const SignedInUser& admin)
{
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ManageUsers))
        return *refusal;
    QSqlQuery query(m_db);
    if (!query.exec(kUserColumns + QStringLiteral("ORDER BY u.username")))
        return Refusal::databaseFailed(query.lastError().text());
    QList<UserInfo> list;
    while (query.next())
        list << readUser(query);
    return list;
}

Outcome<UserInfo> UserAdmin::user(const SignedInUser& admin, const QString& username)
{
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ManageUsers))
        return *refusal;
    QSqlQuery query(m_db);
    if (!execBound(query, kUserColumns + QStringLiteral("WHERE u.username = ?"),
                   {users::normalisedUsername(username)}))
        return Refusal::databaseFailed(query.lastError().text());
    if (!query.next())
        return Refusal::of(Refusal::Code::NoUserName, {username.trimmed()});
    return readUser(query);
}

Outcome<qint64> UserAdmin::createSchool(const SignedInUser& admin, const QString& name)
{
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ManageSchools))
        return *refusal;
    if (const auto problem = users::checkSchoolName(name, QStringLiteral("school")))
        return *problem;
    OrganisationStore organisation(m_db, m_clock);
    if (organisation.school(name.trimmed()))
        return Refusal::of(Refusal::Code::SchoolExists, {name.trimmed()});
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    const auto id = organisation.ensureSchool(name.trimmed());
    if (!id)
        return id.refusal;
    AuditLog log(m_db, m_clock);
    if (const auto logged =
            log.append(admin, audit::SchoolCreated, {},
                       QStringLiteral("school id %1: %2").arg(*id).arg(name.trimmed()));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return *id;
}

} // namespace signaali::db
