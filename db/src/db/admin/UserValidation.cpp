#include "db/admin/UserValidation.h"

#include "core/Secret.h"
#include "db/access/AuditLog.h"
#include "db/admin/UserStore.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>

namespace signaali::db::users {

QString normalisedUsername(const QString& username)
{
    return username.trimmed().toLower();
}

std::optional<Refusal> checkUsername(const QString& normalised, const QString& field)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (normalised.isEmpty())
        return Refusal::badInput(field + QStringLiteral(": missing"));
    if (!allowed.match(normalised).hasMatch())
        return Refusal::badInput(
            field + QStringLiteral(": use 2 to 64 letters a-z, digits, '.', '_' or '-'"));
    return std::nullopt;
}

std::optional<Refusal> checkDisplayName(const QString& name, const QString& field)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Refusal::badInput(field + QStringLiteral(": missing"));
    if (trimmed.size() > 200)
        return Refusal::badInput(field + QStringLiteral(": at most 200 characters"));
    return std::nullopt;
}

std::optional<Refusal> checkPassword(const QString& password, const QString& field)
{
    if (password.size() < UserStore::kMinimumPasswordLength)
        return Refusal::badInput(
            field +
            QStringLiteral(": at least %1 characters").arg(UserStore::kMinimumPasswordLength));
    if (password.size() > 1024)
        return Refusal::badInput(field + QStringLiteral(": at most 1024 characters"));
    if (password.trimmed().isEmpty())
        return Refusal::badInput(field + QStringLiteral(": only spaces"));
    return std::nullopt;
}

std::optional<Refusal> checkSchoolName(const QString& name, const QString& field)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Refusal::badInput(field + QStringLiteral(": the name is missing"));
    if (trimmed.size() > 200)
        return Refusal::badInput(field + QStringLiteral(": at most 200 characters"));
    return std::nullopt;
}

std::optional<Refusal> checkSchoolsForRole(Role role, const QList<qint64>& schoolIds)
{
    if (roleHasSchools(role) && schoolIds.isEmpty())
        return Refusal::badInput(QStringLiteral(
            "schools: a nurse or a welfare group needs at least one school (without one the "
            "account sees nothing)"));
    if (!roleHasSchools(role) && !schoolIds.isEmpty())
        return Refusal::badInput(
            QStringLiteral("schools: only a nurse or a welfare group is assigned schools"));
    return std::nullopt;
}

Outcome<qint64> insertUser(QSqlDatabase& db, const QString& username, const QString& displayName,
                           Role role, const QString& passwordHash, const QString& createdAt)
{
    if (scalar(db, QStringLiteral("SELECT 1 FROM app_user WHERE username = ?"), {username}))
        return Refusal::badInput(QStringLiteral("user name: '%1' is already in use").arg(username));
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO app_user (uuid, username, display_name, role, "
                                  "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                   {newUuid(), username, displayName, roleId(role), passwordHash, createdAt}))
        return Refusal::failed(query.lastError().text());
    return query.lastInsertId().toLongLong();
}

std::optional<Refusal> replaceSchools(QSqlDatabase& db, qint64 userId,
                                      const QList<qint64>& schoolIds)
{
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("DELETE FROM user_school WHERE user_id = ?"), {userId}))
        return Refusal::failed(query.lastError().text());
    for (qint64 schoolId : schoolIds) {
        if (!scalar(db, QStringLiteral("SELECT 1 FROM school WHERE id = ?"), {schoolId}))
            return Refusal::notFound(QStringLiteral("schools: no school with id %1").arg(schoolId));
        if (!execBound(query,
                       QStringLiteral("INSERT OR IGNORE INTO user_school (user_id, school_id) "
                                      "VALUES (?, ?)"),
                       {userId, schoolId}))
            return Refusal::failed(query.lastError().text());
    }
    return std::nullopt;
}

Outcome<Done> storePassword(QSqlDatabase& db, const Clock& clock, const SignedInUser& actor,
                            qint64 userId, const QString& username, const QString& password)
{
    const auto hash = Secret::hash(password);
    if (!hash)
        return Refusal::failed(QStringLiteral("cannot hash the password (out of memory?)"));
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::failed(transaction.error());
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"),
                   {*hash, userId}) ||
        !execBound(query, QStringLiteral("DELETE FROM sign_in_failure WHERE username = ?"),
                   {username}))
        return Refusal::failed(query.lastError().text());
    AuditLog log(db, clock);
    if (!log.append(actor, audit::PasswordSet, {}, QStringLiteral("user %1").arg(username)))
        return Refusal::failed(log.lastError());
    if (!transaction.commit())
        return Refusal::failed(transaction.error());
    return Done{};
}

} // namespace signaali::db::users
