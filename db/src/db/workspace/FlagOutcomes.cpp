#include "db/workspace/FlagOutcomes.h"

#include "core/FlagCode.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/WorkspaceSql.h"
#include "db/workspace/WorkspaceViews.h"

#include <QSet>

namespace signaali::db {

using namespace workspace;

QString flagOutcomeId(FlagOutcome outcome)
{
    switch (outcome) {
    case FlagOutcome::Pending:
        return QStringLiteral("pending");
    case FlagOutcome::Resolved:
        return QStringLiteral("resolved");
    case FlagOutcome::Persisted:
        return QStringLiteral("persisted");
    case FlagOutcome::Worsened:
        return QStringLiteral("worsened");
    }
    return {};
}

namespace {
// Handled flags in the given schools with the pupil's next completed response
// of the same instrument (in round order), if there is one.
const QString kHandled = QStringLiteral(
    "WITH rr AS (SELECT rd.id, row_number() OVER (ORDER BY coalesce(rd.starts_on, "
    "   rd.created_at), rd.id) AS rank FROM round rd) "
    "SELECT h.response_id, h.code, coalesce(f.level, ''), coalesce(f.reason, ''), h.handled_at, "
    " u.display_name, p.id, p.uuid, p.last_name, p.first_name, rd.name, iv.instrument_id, "
    " (SELECT r2.id FROM response r2 JOIN rr rr2 ON rr2.id = r2.round_id "
    "  JOIN instrument_version iv2 ON iv2.id = r2.instrument_version_id "
    "  WHERE r2.pupil_id = p.id AND r2.status = 'completed' AND rr2.rank > rr.rank "
    "   AND iv2.instrument_id = iv.instrument_id ORDER BY rr2.rank LIMIT 1) "
    "FROM flag_handling h JOIN response r ON r.id = h.response_id "
    "JOIN pupil p ON p.id = r.pupil_id JOIN round rd ON rd.id = r.round_id "
    "JOIN rr ON rr.id = r.round_id "
    "JOIN instrument_version iv ON iv.id = r.instrument_version_id "
    "LEFT JOIN flag f ON f.response_id = h.response_id AND f.code = h.code "
    "LEFT JOIN app_user u ON u.id = h.handled_by "
    "WHERE p.school_id IN (SELECT value FROM json_each(:p1)) "
    " AND (:p2 = 0 OR r.round_id = :p2) AND (:p3 = 0 OR p.id = :p3) "
    "ORDER BY rr.rank, p.last_name, p.first_name, p.id, h.code");

struct NextResult
{
    QString roundName;
    QString level;
    QHash<QString, QString> domainLevels;
    QSet<QString> flagCodes;
};

std::optional<NextResult> readNext(QSqlDatabase& db, qint64 responseId)
{
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("SELECT rd.name, coalesce(res.level, '') FROM response r "
                                  "JOIN round rd ON rd.id = r.round_id "
                                  "LEFT JOIN result res ON res.response_id = r.id WHERE r.id = ?"),
                   {responseId}) ||
        !query.next())
        return std::nullopt;
    NextResult next{query.value(0).toString(), query.value(1).toString(), {}, {}};
    if (execBound(query,
                  QStringLiteral("SELECT domain_id, coalesce(level, '') FROM domain_result "
                                 "WHERE response_id = ?"),
                  {responseId}))
        while (query.next())
            next.domainLevels.insert(query.value(0).toString(), query.value(1).toString());
    if (execBound(query, QStringLiteral("SELECT code FROM flag WHERE response_id = ?"),
                  {responseId}))
        while (query.next())
            next.flagCodes.insert(query.value(0).toString());
    return next;
}

void judge(HandledFlagOutcome& row, const NextResult& next)
{
    const QString& code = row.code;
    const auto parsed = FlagCode::parse(code);
    if (parsed && parsed->kind() == FlagCode::Kind::Critical) {
        row.nextLevel = next.flagCodes.contains(code) ? row.level : QStringLiteral("ok");
        row.outcome =
            next.flagCodes.contains(code) ? FlagOutcome::Persisted : FlagOutcome::Resolved;
        return;
    }
    // Accumulation, and a code of no known kind, are judged by the overall level.
    row.nextLevel =
        parsed && parsed->isDomainFlag() ? next.domainLevels.value(parsed->subject()) : next.level;
    const int now = levelRank(row.nextLevel);
    const int before = levelRank(row.level.isEmpty() ? QStringLiteral("watch") : row.level);
    if (now < 0) {
        row.outcome = FlagOutcome::Pending; // the domain could not be scored next time
        return;
    }
    // A further reliable deterioration of the same domain is worse whatever the level.
    if (parsed && parsed->kind() == FlagCode::Kind::Change && next.flagCodes.contains(code))
        row.outcome = FlagOutcome::Worsened;
    else if (now < before)
        row.outcome = FlagOutcome::Resolved;
    else if (now == before)
        row.outcome = FlagOutcome::Persisted;
    else
        row.outcome = FlagOutcome::Worsened;
}
} // namespace

Outcome<QList<HandledFlagOutcome>> handledFlagOutcomes(QSqlDatabase& db, const SignedInUser& user,
                                                       const OutcomeRequest& request,
                                                       const Clock& clock)
{
    AccessRules rules(db);
    const Outcome<AccessScope> scope = rules.scope(user, Permission::HandleFlags);
    if (!scope)
        return scope.refusal;
    QList<qint64> schools = scope->schoolIds;
    if (request.schoolId != 0) {
        if (!schools.contains(request.schoolId))
            return Refusal::of(Refusal::Code::SchoolNotYours);
        schools = {request.schoolId};
    }
    if (request.pupilId != 0)
        if (const auto refusal = rules.checkPupil(user, Permission::HandleFlags, request.pupilId))
            return *refusal;
    QSqlQuery query(db);
    if (!execNumbered(query, kHandled, {idsJson(schools), request.roundId, request.pupilId}))
        return sqlFailure(query);
    QList<HandledFlagOutcome> list;
    QHash<qint64, std::optional<NextResult>> nexts;
    QStringList uuids;
    QSet<QString> seen;
    while (query.next()) {
        HandledFlagOutcome row;
        row.responseId = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.level = query.value(2).toString();
        row.reason = query.value(3).toString();
        row.handledAt = query.value(4).toString();
        row.handledBy = query.value(5).toString();
        row.pupilId = query.value(6).toLongLong();
        row.pupilUuid = query.value(7).toString();
        row.lastName = query.value(8).toString();
        row.firstName = query.value(9).toString();
        row.roundName = query.value(10).toString();
        row.instrumentId = query.value(11).toString();
        row.nextResponseId = query.value(12).toLongLong();
        if (row.nextResponseId != 0) {
            if (!nexts.contains(row.nextResponseId))
                nexts.insert(row.nextResponseId, readNext(db, row.nextResponseId));
            if (const auto& next = nexts.value(row.nextResponseId)) {
                row.nextRoundName = next->roundName;
                judge(row, *next);
            }
        }
        if (!seen.contains(row.pupilUuid)) {
            seen.insert(row.pupilUuid);
            uuids << row.pupilUuid;
        }
        list << row;
    }
    AuditLog log(db, clock);
    if (const auto logged =
            log.appendForPupils(user, audit::ViewFlagOutcomes, uuids,
                                QStringLiteral("%1 handled flags").arg(list.size()));
        !logged)
        return logged.refusal;
    return list;
}

} // namespace signaali::db
