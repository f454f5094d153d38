#include "db/workspace/AttentionList.h"

#include "core/FlagCode.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/sql/WorkspaceSql.h"
#include "db/workspace/WorkspaceViews.h"

#include <QSqlError>
#include <algorithm>

namespace signaali::db {

using namespace workspace;

QString attentionKindId(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Critical:
        return QStringLiteral("critical");
    case AttentionKind::Concern:
        return QStringLiteral("concern");
    case AttentionKind::Change:
        return QStringLiteral("change");
    case AttentionKind::Accumulation:
        return QStringLiteral("accumulation");
    }
    return {};
}

namespace {
// Why a flag puts its result on the list; nothing for a watch-level threshold.
std::optional<AttentionKind> attentionKind(const QString& code, const QString& level, bool critical)
{
    if (critical)
        return AttentionKind::Critical;
    const auto parsed = FlagCode::parse(code);
    if (parsed && parsed->kind() == FlagCode::Kind::Change)
        return AttentionKind::Change;
    if (parsed && parsed->kind() == FlagCode::Kind::Accumulation)
        return AttentionKind::Accumulation;
    if (level == QLatin1String("concern"))
        return AttentionKind::Concern;
    return std::nullopt;
}

// The flags of a pupil's latest completed result per instrument, in the given
// schools, that can put it on the attention list. The latest result is the one
// of the latest round (bare columns of max() come from the row with the maximum).
const QString kLatestFlagged = QStringLiteral(
    "WITH rr AS (SELECT rd.id, row_number() OVER (ORDER BY coalesce(rd.starts_on, "
    "   rd.created_at), rd.id) AS rank FROM round rd), "
    " latest AS (SELECT r.id AS response_id, max(rr.rank) AS rank "
    "   FROM pupil p JOIN response r ON r.pupil_id = p.id AND r.status = 'completed' "
    "   JOIN rr ON rr.id = r.round_id "
    "   JOIN instrument_version iv ON iv.id = r.instrument_version_id "
    "   WHERE p.school_id IN (SELECT value FROM json_each(:p1)) "
    "   GROUP BY r.pupil_id, iv.instrument_id) "
    "SELECT r.id, p.id, p.uuid, p.last_name, p.first_name, s.name, "
    " (SELECT g.name FROM group_member m JOIN pupil_group g ON g.id = m.group_id "
    "  WHERE m.pupil_id = p.id AND g.kind = 'class'), "
    " rd.name, iv.instrument_id, r.completed_at, res.level "
    "FROM latest l JOIN response r ON r.id = l.response_id "
    "JOIN pupil p ON p.id = r.pupil_id JOIN school s ON s.id = p.school_id "
    "JOIN round rd ON rd.id = r.round_id "
    "JOIN instrument_version iv ON iv.id = r.instrument_version_id "
    "LEFT JOIN result res ON res.response_id = r.id "
    "WHERE EXISTS (SELECT 1 FROM flag f WHERE f.response_id = r.id AND (f.critical = 1 "
    "  OR f.level = 'concern' OR f.kind IN ('accumulation', 'change')))");

// Critical answers as they were given, in the given schools, with their handling.
const QString kCriticalAnswers = QStringLiteral(
    "SELECT ca.response_id, ca.code, ca.reason, ca.raised_at, h.handled_at, u.display_name, "
    " h.note, r.status, p.id, p.uuid, p.last_name, p.first_name, s.name, "
    " (SELECT g.name FROM group_member m JOIN pupil_group g ON g.id = m.group_id "
    "  WHERE m.pupil_id = p.id AND g.kind = 'class'), rd.name, iv.instrument_id "
    "FROM critical_answer ca JOIN response r ON r.id = ca.response_id "
    "JOIN pupil p ON p.id = r.pupil_id JOIN school s ON s.id = p.school_id "
    "JOIN round rd ON rd.id = r.round_id "
    "JOIN instrument_version iv ON iv.id = r.instrument_version_id "
    "LEFT JOIN flag_handling h ON h.response_id = ca.response_id AND h.code = ca.code "
    "LEFT JOIN app_user u ON u.id = h.handled_by "
    "WHERE p.school_id IN (SELECT value FROM json_each(:p1)) AND (:p2 OR h.handled_at IS NULL) "
    "ORDER BY ca.response_id, ca.raised_at, ca.code");

// Adds the critical answers that no listed result carries: the questionnaire
// is unfinished, the answer was changed before it was finished, or a later
// round's result took its place. A result that is listed takes the answer in
// among its flags.
Outcome<Done> addCriticalAnswers(QSqlDatabase& db, const QList<qint64>& schools,
                                 bool includeHandled, QList<AttentionItem>& listed)
{
    QSqlQuery query(db);
    if (!execNumbered(query, kCriticalAnswers, {idsJson(schools), includeHandled ? 1 : 0}))
        return Refusal::databaseFailed(query.lastError().text());
    QHash<qint64, qsizetype> byResponse;
    for (qsizetype i = 0; i < listed.size(); ++i)
        byResponse.insert(listed[i].responseId, i);
    while (query.next()) {
        const qint64 responseId = query.value(0).toLongLong();
        FlagView flag;
        flag.code = query.value(1).toString();
        flag.level = QStringLiteral("concern");
        flag.critical = true;
        flag.reason = query.value(2).toString();
        flag.handled = !query.value(4).isNull();
        flag.handledAt = query.value(4).toString();
        flag.handledBy = query.value(5).toString();
        flag.handledNote = query.value(6).toString();
        if (!byResponse.contains(responseId)) {
            AttentionItem item;
            item.kind = AttentionKind::Critical;
            item.responseId = responseId;
            item.unfinished = query.value(7).toString() != QLatin1String("completed");
            item.pupilId = query.value(8).toLongLong();
            item.pupilUuid = query.value(9).toString();
            item.lastName = query.value(10).toString();
            item.firstName = query.value(11).toString();
            item.schoolName = query.value(12).toString();
            item.className = query.value(13).toString();
            item.roundName = query.value(14).toString();
            item.instrumentId = query.value(15).toString();
            item.completedAt = query.value(3).toString();
            item.level = QStringLiteral("concern");
            item.handled = true;
            byResponse.insert(responseId, listed.size());
            listed << item;
        }
        AttentionItem& item = listed[byResponse.value(responseId)];
        const bool known = std::any_of(item.flags.begin(), item.flags.end(),
                                       [&](const FlagView& f) { return f.code == flag.code; });
        if (known)
            continue;
        // Critical flags lead the list of a result's flags.
        const auto firstOther = std::find_if(item.flags.begin(), item.flags.end(),
                                             [](const FlagView& f) { return !f.critical; });
        item.flags.insert(firstOther, flag);
        item.kind = AttentionKind::Critical;
        item.handled = item.handled && flag.handled;
    }
    return Done{};
}
} // namespace

Outcome<QList<AttentionItem>> attentionList(QSqlDatabase& db, const SignedInUser& user,
                                            const AttentionRequest& request, const Clock& clock)
{
    const Outcome<AccessScope> scope = AccessRules(db).scope(user, Permission::ViewSchoolPupils);
    if (!scope)
        return scope.refusal;
    QList<qint64> schools = scope->schoolIds;
    if (request.schoolId != 0) {
        if (!schools.contains(request.schoolId))
            return Refusal::of(Refusal::Code::SchoolNotYours);
        schools = {request.schoolId};
    }
    QSqlQuery query(db);
    if (!execNumbered(query, kLatestFlagged, {idsJson(schools)}))
        return sqlFailure(query);
    QList<AttentionItem> items;
    QList<qint64> responseIds;
    while (query.next()) {
        AttentionItem item;
        item.responseId = query.value(0).toLongLong();
        item.pupilId = query.value(1).toLongLong();
        item.pupilUuid = query.value(2).toString();
        item.lastName = query.value(3).toString();
        item.firstName = query.value(4).toString();
        item.schoolName = query.value(5).toString();
        item.className = query.value(6).toString();
        item.roundName = query.value(7).toString();
        item.instrumentId = query.value(8).toString();
        item.completedAt = query.value(9).toString();
        item.level = query.value(10).toString();
        responseIds << item.responseId;
        items << item;
    }
    const auto flags = flagViews(db, responseIds);
    QList<AttentionItem> listed;
    for (AttentionItem& item : items) {
        QList<std::pair<AttentionKind, FlagView>> chosen;
        for (const FlagView& flag : flags.value(item.responseId))
            if (const auto kind = attentionKind(flag.code, flag.level, flag.critical))
                if (request.includeHandled || !flag.handled)
                    chosen.append({*kind, flag});
        if (chosen.isEmpty())
            continue;
        std::stable_sort(chosen.begin(), chosen.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        item.kind = chosen.first().first;
        item.handled = true;
        for (const auto& [kind, flag] : chosen) {
            item.flags << flag;
            item.handled = item.handled && flag.handled;
        }
        listed << item;
    }
    if (const auto added = addCriticalAnswers(db, schools, request.includeHandled, listed); !added)
        return added.refusal;
    std::sort(listed.begin(), listed.end(), [](const AttentionItem& a, const AttentionItem& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.completedAt != b.completedAt)
            return a.completedAt > b.completedAt;
        if (a.lastName != b.lastName)
            return a.lastName < b.lastName;
        if (a.firstName != b.firstName)
            return a.firstName < b.firstName;
        return a.responseId < b.responseId;
    });
    if (request.limit > 0 && listed.size() > request.limit)
        listed.resize(request.limit);

    QStringList uuids;
    for (const AttentionItem& item : listed)
        uuids << item.pupilUuid;
    AuditLog log(db, clock);
    if (const auto logged =
            log.appendForPupils(user, audit::ViewAttention, uuids,
                                QStringLiteral("attention list, %1 results").arg(listed.size()));
        !logged)
        return logged.refusal;
    return listed;
}

Outcome<Done> markFlagsHandled(QSqlDatabase& db, const SignedInUser& user, qint64 responseId,
                               const QStringList& codes, const QString& note, const Clock& clock)
{
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("SELECT r.pupil_id, p.uuid, r.uuid FROM response r "
                                  "JOIN pupil p ON p.id = r.pupil_id WHERE r.id = ?"),
                   {responseId}))
        return sqlFailure(query);
    const bool found = query.next();
    const qint64 pupilId = valueIf(found, query, 0).toLongLong();
    const QString pupilUuid = valueIf(found, query, 1).toString();
    const QString responseUuid = valueIf(found, query, 2).toString();
    if (const auto refusal = AccessRules(db).checkRecord(
            user, Permission::HandleFlags, found ? std::optional(pupilId) : std::nullopt,
            Refusal::of(Refusal::Code::NoSuchId,
                        {QStringLiteral("result"), QString::number(responseId)})))
        return *refusal;
    if (note.size() > 4000)
        return Refusal::of(Refusal::Code::TooLong, {QStringLiteral("note"), QString::number(4000)});

    QStringList stored;
    if (!execBound(query,
                   QStringLiteral("SELECT code FROM flag WHERE response_id = ? ORDER BY position"),
                   {responseId}))
        return sqlFailure(query);
    while (query.next())
        stored << query.value(0).toString();
    if (!execBound(query,
                   QStringLiteral("SELECT code FROM critical_answer WHERE response_id = ? "
                                  "ORDER BY raised_at, code"),
                   {responseId}))
        return sqlFailure(query);
    while (query.next())
        if (!stored.contains(query.value(0).toString()))
            stored << query.value(0).toString();
    const QStringList chosen = codes.isEmpty() ? stored : codes;
    if (chosen.isEmpty())
        return Refusal::of(Refusal::Code::NoFlags);
    for (const QString& code : chosen)
        if (!stored.contains(code))
            return Refusal::of(Refusal::Code::NoSuchFlag, {code});

    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    const QString now = isoUtc(clock.nowUtc());
    for (const QString& code : chosen)
        if (!execBound(query,
                       QStringLiteral("INSERT OR IGNORE INTO flag_handling (response_id, code, "
                                      "handled_by, handled_at, note) VALUES (?, ?, ?, ?, ?)"),
                       {responseId, code, user.id, now, textOrEmpty(note)}))
            return sqlFailure(query);
    AuditLog log(db, clock);
    // Which flags, not what they say: the log is exported by an administrator,
    // who sees no results (a code like critical.safety1 is a result).
    if (const auto logged = log.append(
            user, audit::FlagHandled, pupilUuid,
            QStringLiteral("response %1: %2 flag(s)").arg(responseUuid).arg(chosen.size()));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

} // namespace signaali::db
