// First set-up, sign-in with throttling, and changing one's own password.
#include "db/admin/UserStore.h"
#include "db/exchange/Devices.h"
#include "db/store/OrganisationStore.h"

#include "core/Secret.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/access/AuditWitness.h"
#include "db/admin/UserValidation.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/sql/WorkspaceSql.h"

#include <QSqlError>
#include <QSysInfo>
#include <cmath>

namespace signaali::db {

namespace {
// An Argon2id hash (same parameters as Secret::hash) of a random secret that was
// thrown away. An unknown or deactivated user name is checked against it, so a
// refusal takes as long whether or not the name exists.
const QString kNoUserHash =
    QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$p/dv7XUk3rsnc5LYX+zzPA$vBSl5+6/"
                   "1WLT9lLq0khgU87nVkPHnl3O8XvMDC1Qrgg");

QString refusedMessage(int waitSeconds)
{
    const QString text = QStringLiteral("Wrong user name or password.");
    if (waitSeconds <= 0)
        return text;
    return text + QStringLiteral(" Try again in %1 seconds.").arg(waitSeconds);
}

SignInResult signInFailure(const QString& message)
{
    SignInResult result;
    result.status = SignInResult::Status::Failed;
    result.message = message;
    return result;
}
} // namespace

QString signInStatusId(SignInResult::Status status)
{
    switch (status) {
    case SignInResult::Status::SignedIn:
        return QStringLiteral("signed_in");
    case SignInResult::Status::Refused:
        return QStringLiteral("refused");
    case SignInResult::Status::Throttled:
        return QStringLiteral("throttled");
    case SignInResult::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

int UserStore::waitAfterFailures(int failures)
{
    if (failures <= kFreeAttempts)
        return 0;
    const int exponent = failures - kFreeAttempts;
    if (exponent >= 9) // 2^9 = 512 > the cap
        return kMaximumWaitSeconds;
    return std::min(1 << exponent, kMaximumWaitSeconds);
}

bool UserStore::needsSetup()
{
    const auto admins =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin'"));
    return admins && admins->toInt() == 0;
}

Outcome<Done> UserStore::runFirstSetup(const FirstSetup& setup)
{
    using namespace users;
    if (setup.municipality.trimmed().isEmpty())
        return Refusal::of(Refusal::Code::NameMissing, {QStringLiteral("municipality")});
    if (const auto problem = checkSchoolName(setup.school, QStringLiteral("school")))
        return *problem;
    const QString admin = normalisedUsername(setup.adminUsername);
    const QString nurse = normalisedUsername(setup.nurseUsername);
    for (const auto& [field, username, name, password] :
         {std::tuple{QStringLiteral("administrator"), admin, setup.adminDisplayName,
                     setup.adminPassword},
          std::tuple{QStringLiteral("nurse"), nurse, setup.nurseDisplayName,
                     setup.nursePassword}}) {
        if (const auto problem = checkUsername(username, field + QStringLiteral(" user name")))
            return *problem;
        if (const auto problem = checkDisplayName(name, field + QStringLiteral(" name")))
            return *problem;
        if (const auto problem = checkPassword(password, field + QStringLiteral(" password")))
            return *problem;
    }
    if (admin == nurse)
        return Refusal::of(Refusal::Code::NurseNameSame);
    if (!needsSetup())
        return Refusal::of(Refusal::Code::SetupDone);
    // Hashing is slow by design; done before the transaction so it stays short.
    const auto adminHash = Secret::hash(setup.adminPassword);
    const auto nurseHash = Secret::hash(setup.nursePassword);
    if (!adminHash || !nurseHash)
        return Refusal::of(Refusal::Code::PasswordHashFailed);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (!needsSetup())
        return Refusal::of(Refusal::Code::SetupDone);
    OrganisationStore organisation(m_db, m_clock);
    if (const auto municipality = organisation.ensureMunicipality(setup.municipality.trimmed());
        !municipality)
        return municipality.refusal;
    const auto schoolId = organisation.ensureSchool(setup.school.trimmed());
    if (!schoolId)
        return schoolId.refusal;
    const QString now = isoUtc(m_clock.nowUtc());
    const auto adminId = insertUser(m_db, admin, setup.adminDisplayName.trimmed(), Role::Admin,
                                    setup.adminPassword, *adminHash, now);
    if (!adminId)
        return adminId.refusal;
    const auto nurseId = insertUser(m_db, nurse, setup.nurseDisplayName.trimmed(), Role::Nurse,
                                    setup.nursePassword, *nurseHash, now);
    if (!nurseId)
        return nurseId.refusal;
    if (const auto problem = replaceSchools(m_db, *nurseId, {*schoolId}))
        return *problem;
    // The one access nobody confirms: there is no one else yet. Kept as a grant
    // so the nurses who come later see how the first one got hers.
    QSqlQuery grant(m_db);
    if (!execBound(grant,
                   QStringLiteral("INSERT INTO access_grant (user_id, school_id, requested_by, "
                                  "requested_at, status, decided_at, first_setup) "
                                  "VALUES (?, ?, ?, ?, 'confirmed', ?, 1)"),
                   {*nurseId, *schoolId, *adminId, now, now}))
        return Refusal::databaseFailed(grant.lastError().text());
    // The installation's device identity, so it can send and receive bundles.
    if (const auto identity = Devices(m_db, m_clock)
                                  .ensureIdentity(setup.school.trimmed() + QStringLiteral(" / ") +
                                                  QSysInfo::machineHostName());
        !identity)
        return identity.refusal;
    SignedInUser actor{*adminId, admin, setup.adminDisplayName.trimmed(), Role::Admin, {}};
    AuditLog log(m_db, m_clock);
    if (const auto logged = log.append(actor, audit::Setup, {},
                                       QStringLiteral("administrator %1, nurse %2, school id %3")
                                           .arg(admin, nurse)
                                           .arg(*schoolId));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

SignInResult UserStore::signIn(const QString& username, const QString& password)
{
    const QString name = users::normalisedUsername(username);
    const QDateTime now = m_clock.nowUtc();
    SignInResult result;
    if (name.isEmpty() || password.isEmpty()) {
        result.message = refusedMessage(0);
        return result;
    }

    // The attempt is counted as a failure before the password is checked, in one
    // write transaction with the check of the wait, so attempts made at the same
    // time (several processes) cannot all slip past the count; a right password
    // clears it again below.
    QSqlQuery query(m_db);
    {
        Transaction attempt(m_db);
        if (!attempt.isActive())
            return signInFailure(attempt.error());
        if (!execBound(query,
                       QStringLiteral(
                           "SELECT failures, wait_until FROM sign_in_failure WHERE username = ?"),
                       {name}))
            return signInFailure(query.lastError().text());
        int failures = 0;
        if (query.next()) {
            failures = query.value(0).toInt();
            const QDateTime waitUntil =
                QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
            if (waitUntil.isValid() && now < waitUntil) {
                result.status = SignInResult::Status::Throttled;
                result.waitSeconds = static_cast<int>(std::ceil(now.msecsTo(waitUntil) / 1000.0));
                result.message =
                    QStringLiteral("Too many wrong passwords. Try again in %1 seconds.")
                        .arg(result.waitSeconds);
                if (!AuditLog(m_db, m_clock)
                         .appendFailedSignIn(username, QStringLiteral("throttled")) ||
                    !attempt.commit())
                    return signInFailure(QStringLiteral("cannot record the sign-in attempt"));
                return result;
            }
        }
        ++failures;
        result.waitSeconds = waitAfterFailures(failures);
        if (!workspace::execNumbered(
                query,
                QStringLiteral(
                    "INSERT INTO sign_in_failure (username, failures, last_at, wait_until) "
                    "VALUES (:p1, :p2, :p3, :p4) ON CONFLICT (username) DO UPDATE SET "
                    "failures = :p2, last_at = :p3, wait_until = :p4"),
                {name, failures, isoUtc(now), isoUtc(now.addSecs(result.waitSeconds))}) ||
            !attempt.commit())
            return signInFailure(query.lastError().text() + attempt.error());
    }

    if (!execBound(query,
                   QStringLiteral("SELECT id, display_name, role, password_hash, active "
                                  "FROM app_user WHERE username = ?"),
                   {name}))
        return signInFailure(query.lastError().text());
    const bool found = query.next();
    const bool usable = found && query.value(4).toInt() == 1 && !query.value(3).isNull();
    const QString hash = usable ? query.value(3).toString() : kNoUserHash;
    const bool verified = Secret::verify(password, hash) && usable;
    const auto role = found ? roleFromId(query.value(2).toString()) : std::nullopt;

    if (!verified || !role) {
        result.message = refusedMessage(result.waitSeconds);
        // The same row whether or not the name exists, so the log tells no
        // more than the window does. The finished read first: its snapshot
        // would keep the write from waiting for other processes.
        query.finish();
        if (!AuditLog(m_db, m_clock).appendFailedSignIn(username, QStringLiteral("refused")))
            return signInFailure(QStringLiteral("cannot record the sign-in attempt"));
        return result;
    }
    result.waitSeconds = 0;

    SignedInUser user;
    user.id = query.value(0).toLongLong();
    user.username = name;
    user.displayName = query.value(1).toString();
    user.role = *role;
    const Outcome<SignedInUser> current = AccessRules(m_db).current(user);
    if (!current)
        return signInFailure(current.error());
    Transaction transaction(m_db);
    AuditLog log(m_db, m_clock);
    if (!transaction.isActive() ||
        !execBound(query, QStringLiteral("DELETE FROM sign_in_failure WHERE username = ?"),
                   {name}) ||
        !log.append(*current, audit::SignIn) || !transaction.commit())
        return signInFailure(QStringLiteral("cannot record the sign-in"));
    if (m_recordHeads)
        auditwitness::record(m_db, m_clock);
    result.status = SignInResult::Status::SignedIn;
    result.passwordChangeRequired = current->mustChangePassword;
    result.user = *current;
    return result;
}

Outcome<Done> UserStore::changeOwnPassword(const SignedInUser& user, const QString& oldPassword,
                                           const QString& newPassword)
{
    const Outcome<SignedInUser> current = AccessRules(m_db).current(user);
    if (!current)
        return current.refusal;
    if (const auto problem = users::checkPassword(newPassword, QStringLiteral("new password")))
        return *problem;
    const auto stored =
        scalar(m_db, QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"), {user.id});
    if (!stored || !Secret::verify(oldPassword, stored->toString()))
        return Refusal::of(Refusal::Code::WrongPassword);
    if (oldPassword == newPassword && current->mustChangePassword)
        return Refusal::of(Refusal::Code::SamePassword); // the administrator knows that one
    return users::storePassword(m_db, m_clock, *current, current->id, current->username,
                                newPassword);
}

Outcome<QList<SchoolInfo>> UserStore::schoolsOf(const SignedInUser& user)
{
    const Outcome<SignedInUser> current = AccessRules(m_db).current(user);
    if (!current)
        return current.refusal;
    QList<SchoolInfo> list;
    if (current->role == Role::CaseTeam)
        return list;
    for (const SchoolInfo& school : OrganisationStore(m_db, m_clock).schools())
        if (!roleHasSchools(current->role) || current->schoolIds.contains(school.id))
            list << school;
    return list;
}

} // namespace signaali::db
