#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>
#include <optional>

// Checks and writes shared by set-up, sign-in and user administration; not
// part of the public API. Each check names the field it refuses.
namespace signaali::db::users {

QString normalisedUsername(const QString& username);
std::optional<Refusal> checkUsername(const QString& normalised, const QString& field);
std::optional<Refusal> checkDisplayName(const QString& name, const QString& field);
std::optional<Refusal> checkPassword(const QString& password, const QString& field);
std::optional<Refusal> checkSchoolName(const QString& name, const QString& field);
// A nurse or a welfare group sees only the pupils and figures of their schools,
// so an account of those roles without a school would see nothing; the other
// roles have no schools at all.
std::optional<Refusal> checkSchoolsForRole(Role role, const QList<qint64>& schoolIds);

// Inserts an account; call inside a transaction.
Outcome<qint64> insertUser(QSqlDatabase& db, const QString& username, const QString& displayName,
                           Role role, const QString& password, const QString& passwordHash,
                           const QString& createdAt);
// Replaces the user's schools; call inside a transaction.
std::optional<Refusal> replaceSchools(QSqlDatabase& db, qint64 userId,
                                      const QList<qint64>& schoolIds);
// Hashes and stores a new password, clears the user's wrong-password count and
// logs the change as `actor`.
Outcome<Done> storePassword(QSqlDatabase& db, const Clock& clock, const SignedInUser& actor,
                            qint64 userId, const QString& username, const QString& password);

} // namespace signaali::db::users
