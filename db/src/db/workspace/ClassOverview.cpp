#include "db/workspace/ClassOverview.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/WorkspaceSql.h"
#include "db/workspace/WorkspaceViews.h"

namespace signaali::db {

using namespace workspace;

QString screeningStatusId(ScreeningStatus status)
{
    switch (status) {
    case ScreeningStatus::NotStarted:
        return QStringLiteral("not_started");
    case ScreeningStatus::InProgress:
        return QStringLiteral("in_progress");
    case ScreeningStatus::Completed:
        return QStringLiteral("completed");
    case ScreeningStatus::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

namespace {
ScreeningStatus statusFromId(const QString& id)
{
    if (id == QLatin1String("completed"))
        return ScreeningStatus::Completed;
    if (id == QLatin1String("in_progress"))
        return ScreeningStatus::InProgress;
    if (id == QLatin1String("abandoned"))
        return ScreeningStatus::Abandoned;
    return ScreeningStatus::NotStarted;
}
} // namespace

Outcome<ClassOverview> classOverview(QSqlDatabase& db, const SignedInUser& user,
                                     const OverviewRequest& request, const Clock& clock)
{
    if (request.groupId <= 0)
        return Refusal::of(Refusal::Code::FieldMissing, {QStringLiteral("class")});
    if (request.roundId <= 0)
        return Refusal::of(Refusal::Code::FieldMissing, {QStringLiteral("round")});
    if (request.instrumentId.trimmed().isEmpty())
        return Refusal::of(Refusal::Code::FieldMissing, {QStringLiteral("instrument")});
    ClassOverview overview;
    overview.groupId = request.groupId;
    overview.roundId = request.roundId;
    overview.instrumentId = request.instrumentId;
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("SELECT g.name, g.school_id, s.name FROM pupil_group g "
                                  "JOIN school s ON s.id = g.school_id WHERE g.id = ?"),
                   {request.groupId}))
        return sqlFailure(query);
    if (!query.next())
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("class"), QString::number(request.groupId)});
    overview.groupName = query.value(0).toString();
    overview.schoolId = query.value(1).toLongLong();
    overview.schoolName = query.value(2).toString();
    if (const auto refusal =
            AccessRules(db).checkSchool(user, Permission::ViewSchoolPupils, overview.schoolId))
        return *refusal;
    const auto round =
        scalar(db, QStringLiteral("SELECT name FROM round WHERE id = ?"), {request.roundId});
    if (!round)
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("round"), QString::number(request.roundId)});
    overview.roundName = round->toString();

    InstrumentCache instruments(db);
    const Instrument* instrument = instruments.get(instruments.newestVersion(request.instrumentId));
    if (!instrument)
        return Refusal::of(Refusal::Code::NoInstrumentResults, {request.instrumentId});
    overview.columns = columnsOf(*instrument, request.language);

    // Each pupil's response of this round and instrument: a completed one
    // first, else the one in progress, else the newest abandoned one.
    if (!execNumbered(
            query,
            QStringLiteral(
                "SELECT p.id, p.uuid, p.last_name, p.first_name, r.id, r.status, "
                " r.completed_at, res.level, res.critical "
                "FROM group_member m JOIN pupil p ON p.id = m.pupil_id "
                "LEFT JOIN response r ON r.id = (SELECT r2.id FROM response r2 "
                "  JOIN instrument_version iv ON iv.id = r2.instrument_version_id "
                "  WHERE r2.pupil_id = p.id AND r2.round_id = :p1 AND iv.instrument_id = :p2 "
                "  ORDER BY r2.status = 'completed' DESC, r2.status = 'in_progress' DESC, "
                "  r2.updated_at DESC LIMIT 1) "
                "LEFT JOIN result res ON res.response_id = r.id "
                "WHERE m.group_id = :p3 ORDER BY p.last_name, p.first_name, p.id"),
            {request.roundId, request.instrumentId, request.groupId}))
        return sqlFailure(query);
    QList<qint64> completed;
    QStringList uuids;
    while (query.next()) {
        OverviewRow row;
        row.pupilId = query.value(0).toLongLong();
        row.pupilUuid = query.value(1).toString();
        row.lastName = query.value(2).toString();
        row.firstName = query.value(3).toString();
        row.responseId = query.value(4).toLongLong();
        row.status = row.responseId == 0 ? ScreeningStatus::NotStarted
                                         : statusFromId(query.value(5).toString());
        row.completedAt = query.value(6).toString();
        row.level = query.value(7).toString();
        row.critical = query.value(8).toInt() == 1;
        if (row.status == ScreeningStatus::Completed) {
            completed << row.responseId;
            ++overview.completed;
        } else if (row.status == ScreeningStatus::InProgress) {
            ++overview.inProgress;
        } else {
            ++overview.notStarted;
        }
        uuids << row.pupilUuid;
        overview.rows << row;
    }
    const auto domains = domainViews(db, completed, *instrument, overview.columns);
    const auto flags = flagViews(db, completed);
    for (OverviewRow& row : overview.rows)
        if (row.status == ScreeningStatus::Completed) {
            row.domains = domains.value(row.responseId);
            row.flags = flags.value(row.responseId);
        }

    AuditLog log(db, clock);
    if (const auto logged =
            log.appendForPupils(user, audit::ViewOverview, uuids,
                                QStringLiteral("class %1 (id %2), round %3, %4")
                                    .arg(overview.groupName)
                                    .arg(overview.groupId)
                                    .arg(overview.roundName, overview.instrumentId));
        !logged)
        return logged.refusal;
    return overview;
}

Outcome<Done> recordAnsweredListExport(QSqlDatabase& db, const SignedInUser& user,
                                       const ClassOverview& overview, const Clock& clock)
{
    if (const auto refusal =
            AccessRules(db).checkSchool(user, Permission::ViewSchoolPupils, overview.schoolId))
        return *refusal;
    QStringList uuids;
    for (const OverviewRow& row : overview.rows)
        uuids << row.pupilUuid;
    AuditLog log(db, clock);
    if (const auto logged = log.appendForPupils(user, audit::ExportAnsweredList, uuids,
                                                QStringLiteral("class %1 (id %2), round %3")
                                                    .arg(overview.groupName)
                                                    .arg(overview.groupId)
                                                    .arg(overview.roundName));
        !logged)
        return logged.refusal;
    return Done{};
}

Outcome<QList<ClassInfo>> classesOf(QSqlDatabase& db, const SignedInUser& user, qint64 schoolId)
{
    if (const auto refusal =
            AccessRules(db).checkSchool(user, Permission::ViewAggregates, schoolId))
        return *refusal;
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("SELECT g.id, g.name, g.grade, "
                                  " (SELECT count(*) FROM group_member m WHERE m.group_id = g.id) "
                                  "FROM pupil_group g WHERE g.school_id = ? AND g.kind = 'class' "
                                  "ORDER BY g.grade, g.name"),
                   {schoolId}))
        return sqlFailure(query);
    QList<ClassInfo> list;
    while (query.next()) {
        ClassInfo c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        if (!query.value(2).isNull())
            c.grade = query.value(2).toInt();
        c.pupils = query.value(3).toInt();
        list << c;
    }
    return list;
}

} // namespace signaali::db
