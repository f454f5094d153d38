#include "db/exchange/BundleRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db::bundle {

namespace {
QString idList(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Runs `sql` (one JSON record per row; :schools, :rounds and :since bound) and
// appends its rows as records of `type`.
bool collect(QSqlDatabase& db, const Scope& scope, const QString& type, const char* sql,
             QList<QByteArray>& records, QMap<QString, qint64>& counts, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString text = QString::fromLatin1(sql);
    if (!query.prepare(text)) {
        *error = query.lastError().text();
        return false;
    }
    if (text.contains(QLatin1String(":schools")))
        query.bindValue(QStringLiteral(":schools"), idList(scope.schoolIds));
    if (text.contains(QLatin1String(":rounds")))
        query.bindValue(QStringLiteral(":rounds"), idList(scope.roundIds));
    if (text.contains(QLatin1String(":since")))
        query.bindValue(QStringLiteral(":since"), scope.since);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    qint64 n = 0;
    while (query.next()) {
        records << query.value(0).toString().toUtf8();
        ++n;
    }
    if (n > 0)
        counts[type] += n;
    return true;
}

#define IN_SCHOOLS "IN (SELECT value FROM json_each(:schools))"
#define IN_ROUNDS "IN (SELECT value FROM json_each(:rounds))"

const char* const kSchools =
    "SELECT json_object('t', 'school', 'uuid', uuid, 'name', name) FROM school "
    "WHERE id " IN_SCHOOLS " ORDER BY id";

const char* const kGroups =
    "SELECT json_object('t', 'group', 'uuid', g.uuid, 'school', s.uuid, 'name', g.name, "
    "'kind', g.kind, 'grade', g.grade) FROM pupil_group g JOIN school s ON s.id = g.school_id "
    "WHERE g.school_id " IN_SCHOOLS " ORDER BY g.id";

const char* const kClasses =
    "SELECT json_object('t', 'group', 'uuid', g.uuid, 'school', s.uuid, 'name', g.name, "
    "'kind', g.kind, 'grade', g.grade) FROM pupil_group g JOIN school s ON s.id = g.school_id "
    "WHERE g.school_id " IN_SCHOOLS " AND g.kind = 'class' ORDER BY g.id";

const char* const kRounds =
    "SELECT json_object('t', 'round', 'uuid', uuid, 'name', name, 'starts_on', starts_on, "
    "'created_at', created_at) FROM round WHERE id " IN_ROUNDS " ORDER BY id";

// The responses a bundle takes: of the schools' pupils, in the rounds, changed
// since the earlier bundle.
#define RESPONSES_IN_SCOPE                                                                         \
    "FROM response r JOIN pupil p ON p.id = r.pupil_id WHERE p.school_id " IN_SCHOOLS              \
    " AND r.round_id " IN_ROUNDS " AND r.updated_at > coalesce(:since, '')"

const char* const kInstruments =
    "SELECT json_object('t', 'instrument', 'id', instrument_id, 'version', version, "
    "'definition', definition) FROM instrument_version WHERE id IN "
    "(SELECT DISTINCT r.instrument_version_id " RESPONSES_IN_SCOPE ") ORDER BY id";

const char* const kUsers =
    "SELECT json_object('t', 'user', 'username', username, 'display_name', display_name, "
    "'role', role) FROM app_user WHERE id IN ("
    "SELECT h.handled_by FROM flag_handling h JOIN response r ON r.id = h.response_id "
    "JOIN pupil p ON p.id = r.pupil_id WHERE p.school_id " IN_SCHOOLS
    " UNION SELECT recorded_by FROM case_action a JOIN pupil p ON p.id = a.pupil_id "
    "WHERE p.school_id " IN_SCHOOLS
    " UNION SELECT done_by FROM case_action a JOIN pupil p ON p.id = a.pupil_id "
    "WHERE p.school_id " IN_SCHOOLS
    " UNION SELECT removed_by FROM case_action a JOIN pupil p ON p.id = a.pupil_id "
    "WHERE p.school_id " IN_SCHOOLS
    " UNION SELECT member_id FROM case_share c JOIN pupil p ON p.id = c.pupil_id "
    "WHERE p.school_id " IN_SCHOOLS
    " UNION SELECT shared_by FROM case_share c JOIN pupil p ON p.id = c.pupil_id "
    "WHERE p.school_id " IN_SCHOOLS
    " UNION SELECT withdrawn_by FROM case_share c JOIN pupil p ON p.id = c.pupil_id "
    "WHERE p.school_id " IN_SCHOOLS ") ORDER BY id";

const char* const kPupils =
    "SELECT json_object('t', 'pupil', 'uuid', p.uuid, 'school', s.uuid, 'last_name', "
    "p.last_name, 'first_name', p.first_name, 'date_of_birth', p.date_of_birth, "
    "'identity_code', p.identity_code, 'gender', p.gender, 'language', p.language, "
    "'created_at', p.created_at, 'updated_at', p.updated_at, 'groups', "
    "json((SELECT json_group_array(g.uuid) FROM group_member m JOIN pupil_group g "
    "ON g.id = m.group_id WHERE m.pupil_id = p.id)), 'aliases', "
    "json((SELECT json_group_array(a.uuid) FROM uuid_alias a WHERE a.local_uuid = p.uuid "
    "AND a.kind = 'pupil'))) "
    "FROM pupil p JOIN school s ON s.id = p.school_id WHERE p.school_id " IN_SCHOOLS
    " ORDER BY p.id";

const char* const kResponses =
    "SELECT json_object('t', 'response', 'uuid', r.uuid, 'pupil', p.uuid, 'round', rd.uuid, "
    "'instrument', iv.instrument_id, 'version', iv.version, 'status', r.status, 'language', "
    "r.language, 'started_at', r.started_at, 'updated_at', r.updated_at, 'completed_at', "
    "r.completed_at, "
    "'answers', json(coalesce((SELECT answers FROM response_answers "
    "WHERE response_id = r.id), '{}')), "
    "'critical', json((SELECT json_group_array(json_object('code', code, 'reason', reason, "
    "'raised_at', raised_at)) FROM critical_answer WHERE response_id = r.id)), "
    "'result', json((SELECT json_object('valid', res.valid, 'level', res.level, 'total', "
    "res.total, 'band', res.band, 'critical', res.critical, 'scored_at', res.scored_at, "
    "'invalid_reasons', json(res.invalid_reasons), 'percentage', res.percentage, "
    "'cohort', json((SELECT json_object('school', cs.uuid, 'class', cg.uuid, 'grade', c.grade, "
    "'gender', c.gender) FROM response_cohort c JOIN school cs ON cs.id = c.school_id "
    "LEFT JOIN pupil_group cg ON cg.id = c.class_id WHERE c.response_id = r.id)), "
    "'domains', json((SELECT json_group_array(json_object('domain_id', domain_id, 'score', "
    "score, 'band', band, 'level', level, 'valid', valid, 'asked', asked, 'answered', answered, "
    "'percentage', percentage)) FROM domain_result WHERE response_id = r.id)), "
    "'flags', json((SELECT json_group_array(json_object('code', code, 'level', level, "
    "'critical', critical, 'reason', reason, 'position', position)) FROM flag "
    "WHERE response_id = r.id))) FROM result res WHERE res.response_id = r.id))) "
    "FROM response r JOIN pupil p ON p.id = r.pupil_id JOIN round rd ON rd.id = r.round_id "
    "JOIN instrument_version iv ON iv.id = r.instrument_version_id "
    "WHERE p.school_id " IN_SCHOOLS " AND r.round_id " IN_ROUNDS
    " AND r.updated_at > coalesce(:since, '') "
    "ORDER BY r.id";

const char* const kFlagHandling =
    "SELECT json_object('t', 'flag_handling', 'uuid', h.uuid, 'response', r.uuid, 'code', "
    "h.code, 'handled_by', u.username, 'handled_at', h.handled_at, 'note', h.note) "
    "FROM flag_handling h JOIN response r ON r.id = h.response_id "
    "JOIN pupil p ON p.id = r.pupil_id JOIN app_user u ON u.id = h.handled_by "
    "WHERE p.school_id " IN_SCHOOLS " AND r.round_id " IN_ROUNDS
    " AND h.handled_at > coalesce(:since, '') "
    "ORDER BY h.handled_at, h.uuid";

const char* const kCaseActions =
    "SELECT json_object('t', 'case_action', 'uuid', a.uuid, 'pupil', p.uuid, 'kind', a.kind, "
    "'follow_up_on', a.follow_up_on, 'note', a.note, 'response', r.uuid, 'recorded_by', "
    "ur.username, 'recorded_at', a.recorded_at, 'done_by', ud.username, 'done_at', a.done_at, "
    "'removed_by', um.username, 'removed_at', a.removed_at) "
    "FROM case_action a JOIN pupil p ON p.id = a.pupil_id "
    "LEFT JOIN response r ON r.id = a.response_id "
    "JOIN app_user ur ON ur.id = a.recorded_by LEFT JOIN app_user ud ON ud.id = a.done_by "
    "LEFT JOIN app_user um ON um.id = a.removed_by WHERE p.school_id " IN_SCHOOLS
    " AND max(a.recorded_at, coalesce(a.done_at, ''), coalesce(a.removed_at, '')) > "
    "coalesce(:since, '') "
    "ORDER BY a.id";

const char* const kCaseShares =
    "SELECT json_object('t', 'case_share', 'uuid', c.uuid, 'pupil', p.uuid, 'member', "
    "um.username, 'shared_by', us.username, 'shared_at', c.shared_at, 'consent_from', "
    "c.consent_from, 'consent_on', c.consent_on, 'note', c.note, 'withdrawn_by', uw.username, "
    "'withdrawn_at', c.withdrawn_at) FROM case_share c JOIN pupil p ON p.id = c.pupil_id "
    "JOIN app_user um ON um.id = c.member_id JOIN app_user us ON us.id = c.shared_by "
    "LEFT JOIN app_user uw ON uw.id = c.withdrawn_by WHERE p.school_id " IN_SCHOOLS
    " AND max(c.shared_at, coalesce(c.withdrawn_at, '')) > coalesce(:since, '') ORDER BY c.id";

const char* const kTombstones =
    "SELECT json_object('t', 'tombstone', 'uuid', t.uuid, 'school', t.school_uuid, "
    "'erased_at', t.erased_at) FROM tombstone t JOIN school s ON s.uuid = t.school_uuid "
    "WHERE s.id " IN_SCHOOLS " AND t.erased_at > coalesce(:since, '') ORDER BY t.erased_at";

// One record per completion-time group: its counts per domain ('' the overall level).
const char* const kSummaries =
    "SELECT json_object('t', 'summary', 'round', rd.uuid, 'instrument', gs.instrument_id, "
    "'school', s.uuid, 'class', g.uuid, 'grade', gs.grade, 'gender', gs.gender, 'counts', "
    "json_group_object(gs.domain_id, json_array(gs.ok, gs.watch, gs.concern))) "
    "FROM group_summary gs JOIN round rd ON rd.id = gs.round_id "
    "JOIN school s ON s.id = gs.school_id LEFT JOIN pupil_group g ON g.id = gs.class_id "
    "WHERE gs.school_id " IN_SCHOOLS " AND gs.round_id " IN_ROUNDS
    " GROUP BY gs.round_id, gs.instrument_id, gs.school_id, gs.gender, gs.grade, gs.class_id";
} // namespace

bool identifiedRecords(QSqlDatabase& db, const Scope& scope, QList<QByteArray>& records,
                       QMap<QString, qint64>& counts, QString* error)
{
    // In the order the receiver resolves references: what a record names comes first.
    const std::pair<const char*, const char*> parts[] = {
        {"tombstone", kTombstones},
        {"school", kSchools},
        {"group", kGroups},
        {"round", kRounds},
        {"instrument", kInstruments},
        {"user", kUsers},
        {"pupil", kPupils},
        {"response", kResponses},
        {"flag_handling", kFlagHandling},
        {"case_action", kCaseActions},
        {"case_share", kCaseShares},
    };
    for (const auto& [type, sql] : parts)
        if (!collect(db, scope, QString::fromLatin1(type), sql, records, counts, error))
            return false;
    return true;
}

bool summaryRecords(QSqlDatabase& db, const Scope& scope, QList<QByteArray>& records,
                    QMap<QString, qint64>& counts, QString* error)
{
    const std::pair<const char*, const char*> parts[] = {
        {"school", kSchools}, {"group", kClasses}, {"round", kRounds}, {"summary", kSummaries}};
    for (const auto& [type, sql] : parts)
        if (!collect(db, scope, QString::fromLatin1(type), sql, records, counts, error))
            return false;
    return true;
}

} // namespace signaali::db::bundle
