#include "db/admin/UserValidation.h"

#include "core/Secret.h"
#include "db/access/AuditLog.h"
#include "db/admin/UserStore.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/storage/KeySlots.h"

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
        return Refusal::of(Refusal::Code::FieldMissing, {field});
    if (!allowed.match(normalised).hasMatch())
        return Refusal::of(Refusal::Code::UserNameForm, {field});
    return std::nullopt;
}

std::optional<Refusal> checkDisplayName(const QString& name, const QString& field)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Refusal::of(Refusal::Code::FieldMissing, {field});
    if (trimmed.size() > 200)
        return Refusal::of(Refusal::Code::TooLong, {field, QString::number(200)});
    return std::nullopt;
}

std::optional<Refusal> checkPassword(const QString& password, const QString& field)
{
    if (password.size() < UserStore::kMinimumPasswordLength)
        return Refusal::of(Refusal::Code::TooShort,
                           {field, QString::number(UserStore::kMinimumPasswordLength)});
    if (password.size() > 1024)
        return Refusal::of(Refusal::Code::TooLong, {field, QString::number(1024)});
    if (password.trimmed().isEmpty())
        return Refusal::of(Refusal::Code::OnlySpaces, {field});
    return std::nullopt;
}

std::optional<Refusal> checkSchoolName(const QString& name, const QString& field)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Refusal::of(Refusal::Code::NameMissing, {field});
    if (trimmed.size() > 200)
        return Refusal::of(Refusal::Code::TooLong, {field, QString::number(200)});
    return std::nullopt;
}

std::optional<Refusal> checkSchoolsForRole(Role role, const QList<qint64>& schoolIds)
{
    if (roleHasSchools(role) && schoolIds.isEmpty())
        return Refusal::of(Refusal::Code::SchoolsNeeded);
    if (!roleHasSchools(role) && !schoolIds.isEmpty())
        return Refusal::of(Refusal::Code::SchoolsNotForRole);
    return std::nullopt;
}

Outcome<qint64> insertUser(QSqlDatabase& db, const QString& username, const QString& displayName,
                           Role role, const QString& password, const QString& passwordHash,
                           const QString& createdAt)
{
    if (scalar(db, QStringLiteral("SELECT 1 FROM app_user WHERE username = ?"), {username}))
        return Refusal::of(Refusal::Code::UserNameTaken, {username});
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO app_user (uuid, username, display_name, role, "
                                  "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                   {newUuid(), username, displayName, roleId(role), passwordHash, createdAt}))
        return Refusal::databaseFailed(query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();
    // An account nobody signs in to (a benchmark's) has no password and no slot.
    if (!password.isEmpty())
        if (const QString problem = keyslots::setPassword(db, username, password);
            !problem.isEmpty())
            return Refusal::databaseFailed(problem);
    return id;
}

std::optional<Refusal> replaceSchools(QSqlDatabase& db, qint64 userId,
                                      const QList<qint64>& schoolIds)
{
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("DELETE FROM user_school WHERE user_id = ?"), {userId}))
        return Refusal::databaseFailed(query.lastError().text());
    for (qint64 schoolId : schoolIds) {
        if (!scalar(db, QStringLiteral("SELECT 1 FROM school WHERE id = ?"), {schoolId}))
            return Refusal::of(Refusal::Code::NoSuchId,
                               {QStringLiteral("school"), QString::number(schoolId)});
        if (!execBound(query,
                       QStringLiteral("INSERT OR IGNORE INTO user_school (user_id, school_id) "
                                      "VALUES (?, ?)"),
                       {userId, schoolId}))
            return Refusal::databaseFailed(query.lastError().text());
    }
    return std::nullopt;
}

Outcome<Done> storePassword(QSqlDatabase& db, const Clock& clock, const SignedInUser& actor,
                            qint64 userId, const QString& username, const QString& password)
{
    const auto hash = Secret::hash(password);
    if (!hash)
        return Refusal::of(Refusal::Code::PasswordHashFailed);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    // Set for someone else (the administrator's reset), the password is one-time:
    // its owner changes it at the next sign-in and is told who reset it.
    const bool reset = actor.id != userId;
    const QString now = isoUtc(clock.nowUtc());
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("UPDATE app_user SET password_hash = ?, "
                                  "must_change_password = ? WHERE id = ?"),
                   {*hash, reset ? 1 : 0, userId}) ||
        !execBound(query, QStringLiteral("DELETE FROM sign_in_failure WHERE username = ?"),
                   {username}))
        return Refusal::databaseFailed(query.lastError().text());
    const bool stored =
        reset ? execBound(query,
                          QStringLiteral("INSERT INTO password_reset (user_id, reset_by, reset_at) "
                                         "VALUES (?, ?, ?)"),
                          {userId, actor.id, now})
              : execBound(query,
                          QStringLiteral("UPDATE password_reset SET changed_at = ? "
                                         "WHERE user_id = ? AND changed_at IS NULL"),
                          {now, userId});
    if (!stored)
        return Refusal::databaseFailed(query.lastError().text());
    AuditLog log(db, clock);
    if (const auto logged = log.append(actor, reset ? audit::PasswordReset : audit::PasswordSet, {},
                                       QStringLiteral("user %1").arg(username));
        !logged)
        return logged.refusal;
    // The master key, wrapped for the new password (the old one opens nothing),
    // last before the commit: what can still fail after it is the commit alone.
    if (const QString problem = keyslots::setPassword(db, username, password); !problem.isEmpty())
        return Refusal::databaseFailed(problem);
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

} // namespace signaali::db::users
