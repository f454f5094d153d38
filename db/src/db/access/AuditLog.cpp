#include "db/access/AuditLog.h"

#include "core/CsvWriter.h"
#include "core/OutputFile.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditChain.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/sql/WorkspaceSql.h"

#include <QSaveFile>
#include <QSqlError>

namespace signaali::db {

using workspace::execNumbered;
using workspace::sqlFailure;
using workspace::textOrEmpty;
using workspace::textOrNull;

namespace {
AuditEntry readEntry(const QSqlQuery& query)
{
    AuditEntry e;
    e.id = query.value(0).toLongLong();
    e.at = query.value(1).toString();
    e.userId = query.value(2).toLongLong();
    e.username = query.value(3).toString();
    e.role = query.value(4).toString();
    e.action = query.value(5).toString();
    e.pupilUuid = query.value(6).toString();
    e.detail = query.value(7).toString();
    return e;
}

QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(isoUtc(time)) : QVariant();
}
// Who a row names: the account, or nobody before set-up (AccessRules).
QString usernameOf(const SignedInUser& user)
{
    return user.id == 0 ? QStringLiteral("(before set-up)") : user.username;
}

QString roleOf(const SignedInUser& user)
{
    return user.id == 0 ? QStringLiteral("none") : roleId(user.role);
}
} // namespace

QString auditChainProblemId(AuditChainCheck::Problem problem)
{
    switch (problem) {
    case AuditChainCheck::Problem::None:
        break;
    case AuditChainCheck::Problem::Changed:
        return QStringLiteral("changed");
    case AuditChainCheck::Problem::Inserted:
        return QStringLiteral("inserted");
    case AuditChainCheck::Problem::Removed:
        return QStringLiteral("removed");
    }
    return QStringLiteral("none");
}

QString AuditLog::resetMark(qint64 userId)
{
    if (userId == 0)
        return {};
    // From the administrator's reset until the account's owner has seen it, the
    // account may have been used by someone who knew the one-time password.
    const auto reset = scalar(m_db,
                              QStringLiteral("SELECT max(r.id) FROM password_reset r "
                                             "WHERE r.user_id = ? AND NOT EXISTS (SELECT 1 "
                                             "FROM notice_seen n WHERE n.user_id = r.user_id "
                                             "AND n.kind = 'reset' AND n.notice_id = r.id)"),
                              {userId});
    if (!reset || reset->isNull())
        return {};
    return resetMarkText(reset->toLongLong());
}

QString AuditLog::resetMarkText(qint64 resetId)
{
    return QStringLiteral(" [after password reset %1]").arg(resetId);
}

Outcome<QList<AuditEntry>> AuditLog::markedAfterReset(qint64 userId, qint64 resetId)
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("SELECT id, at, user_id, username, role, action, "
                                  "pupil_uuid, detail FROM audit_log "
                                  "WHERE user_id = ? AND detail LIKE ? ORDER BY id"),
                   {userId, QLatin1Char('%') + resetMarkText(resetId)}))
        return sqlFailure(query);
    QList<AuditEntry> list;
    while (query.next())
        list << readEntry(query);
    return list;
}

Outcome<Done> AuditLog::append(const SignedInUser& user, const QString& action,
                               const QString& pupilUuid, const QString& detail)
{
    return appendForPupils(user, action,
                           pupilUuid.isEmpty() ? QStringList() : QStringList{pupilUuid}, detail);
}

Outcome<Done> AuditLog::appendForPupils(const SignedInUser& user, const QString& action,
                                        const QStringList& pupilUuids, const QString& detail)
{
    // One transaction (a savepoint inside the caller's): the chain's last link
    // is read and extended with no other writer in between.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::auditLogFailed(transaction.error());
    auditchain::NewRow row{isoUtc(m_clock.nowUtc()),
                           user.id,
                           usernameOf(user),
                           roleOf(user),
                           action,
                           {},
                           textOrEmpty(detail).toString() + resetMark(user.id)};
    const QStringList uuids = pupilUuids.isEmpty() ? QStringList{QString()} : pupilUuids;
    for (const QString& uuid : uuids) {
        row.pupilUuid = uuid;
        if (const auto inserted = auditchain::insert(m_db, row); !inserted)
            return inserted.refusal;
    }
    if (!transaction.commit())
        return Refusal::auditLogFailed(transaction.error());
    return Done{};
}

Outcome<Done> AuditLog::appendFailedSignIn(const QString& typedUsername, const QString& detail)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::auditLogFailed(transaction.error());
    // As typed, but bounded: whatever was typed into the name field is not
    // allowed to fill the log.
    const auditchain::NewRow row{isoUtc(m_clock.nowUtc()),
                                 0,
                                 typedUsername.trimmed().left(64),
                                 QStringLiteral("none"),
                                 audit::SignInFailed,
                                 {},
                                 detail};
    if (const auto inserted = auditchain::insert(m_db, row); !inserted)
        return inserted.refusal;
    if (!transaction.commit())
        return Refusal::auditLogFailed(transaction.error());
    return Done{};
}

Outcome<AuditChainCheck> AuditLog::verify(const SignedInUser& admin)
{
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ExportAuditLog))
        return *refusal;
    const auto check = auditchain::verify(m_db);
    if (!check)
        return check;
    if (const auto logged = append(admin, audit::VerifyAuditLog, {},
                                   QStringLiteral("%1 rows, %2")
                                       .arg(check->rows)
                                       .arg(auditChainProblemId(check->problem)));
        !logged)
        return logged.refusal;
    return check;
}

Outcome<AuditChainCheck> AuditLog::verifyFile(QSqlDatabase& db)
{
    return auditchain::verify(db);
}

Outcome<QList<PupilAccess>> AuditLog::accessToMyPupils(const SignedInUser& nurse,
                                                       const AuditFilter& filter)
{
    const Outcome<AccessScope> scope = AccessRules(m_db).scope(nurse, Permission::ViewAccessLog);
    if (!scope)
        return scope.refusal;
    QSqlQuery query(m_db);
    if (!execNumbered(
            query,
            QStringLiteral(
                "SELECT a.id, a.at, a.user_id, a.username, a.role, a.action, a.pupil_uuid, "
                " a.detail, p.last_name, p.first_name "
                "FROM audit_log a JOIN pupil p ON p.uuid = a.pupil_uuid "
                "WHERE p.school_id IN (SELECT value FROM json_each(:p1)) "
                " AND (:p2 IS NULL OR a.at >= :p2) AND (:p3 IS NULL OR a.at < :p3) "
                " AND (:p4 IS NULL OR a.pupil_uuid = :p4) AND (:p5 = 0 OR a.user_id <> :p6) "
                "ORDER BY a.at DESC, a.id DESC LIMIT :p7"),
            {workspace::idsJson(scope->schoolIds), timeOrNull(filter.from), timeOrNull(filter.to),
             textOrNull(filter.pupilUuid), filter.othersOnly ? 1 : 0, nurse.id,
             filter.limit > 0 ? filter.limit : -1}))
        return sqlFailure(query);
    QList<PupilAccess> list;
    while (query.next())
        list << PupilAccess{readEntry(query), query.value(8).toString(), query.value(9).toString()};
    if (const auto logged = append(nurse, audit::ViewAccessLog, filter.pupilUuid,
                                   QStringLiteral("%1 entries").arg(list.size()));
        !logged)
        return logged.refusal;
    return list;
}

bool AuditLog::selectEntries(QSqlQuery& query, const AuditFilter& filter)
{
    return execNumbered(
        query,
        QStringLiteral("SELECT id, at, user_id, username, role, action, pupil_uuid, "
                       " detail FROM audit_log "
                       "WHERE (:p1 IS NULL OR at >= :p1) AND (:p2 IS NULL OR at < :p2) "
                       " AND (:p3 IS NULL OR pupil_uuid = :p3) "
                       "ORDER BY id LIMIT :p4"),
        {timeOrNull(filter.from), timeOrNull(filter.to), textOrNull(filter.pupilUuid),
         filter.limit > 0 ? filter.limit : -1});
}

Outcome<QList<AuditEntry>> AuditLog::entries(const SignedInUser& admin, const AuditFilter& filter)
{
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ExportAuditLog))
        return *refusal;
    QSqlQuery query(m_db);
    if (!selectEntries(query, filter))
        return sqlFailure(query);
    QList<AuditEntry> list;
    while (query.next())
        list << readEntry(query);
    if (const auto logged =
            append(admin, audit::ViewAccessLog, {}, QStringLiteral("%1 entries").arg(list.size()));
        !logged)
        return logged.refusal;
    return list;
}

Outcome<int> AuditLog::exportCsv(const SignedInUser& admin, const QString& path,
                                 const AuditFilter& filter, bool replace)
{
    AuditFilter all = filter;
    all.limit = 0;
    if (const auto refusal = AccessRules(m_db).check(admin, Permission::ExportAuditLog))
        return *refusal;
    QSqlQuery query(m_db);
    if (!selectEntries(query, all))
        return sqlFailure(query);
    QSaveFile file(path);
    if (const auto refusal =
            OutputFile::open(file, {replace, true, OutputFile::databaseFiles(m_db.databaseName())}))
        return *refusal;
    // LF as the log has always been written: its readers split on it.
    const CsvWriter csv(CsvWriter::Delimiter::Comma, CsvWriter::LineEnd::Lf);
    file.write(
        csv.record({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user_id"),
                    QStringLiteral("username"), QStringLiteral("role"), QStringLiteral("action"),
                    QStringLiteral("pupil_uuid"), QStringLiteral("detail")})
            .toUtf8());
    int rows = 0;
    while (query.next()) {
        const AuditEntry e = readEntry(query);
        file.write(csv.record({QString::number(e.id), e.at, QString::number(e.userId), e.username,
                               e.role, e.action, e.pupilUuid, e.detail})
                       .toUtf8());
        ++rows;
    }
    // Logged before the file appears, so no export exists without its record.
    if (const auto logged =
            append(admin, audit::ExportAuditLog, {}, QStringLiteral("%1 rows").arg(rows));
        !logged)
        return logged.refusal;
    if (!file.commit())
        return Refusal::of(Refusal::Code::FileNotSaved, {path, file.errorString()});
    return rows;
}

} // namespace signaali::db
