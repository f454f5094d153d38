// An identified bundle merged: responses with their answers and results, flag
// handling, case actions and case shares (docs/bundles.md, "Merge rules").
#include "core/AnswerSet.h"
#include "db/exchange/IdentifiedMerge.h"
#include "db/sql/SqlHelpers.h"

#include <QJsonDocument>
#include <QSqlError>

namespace signaali::db::bundle {

namespace {
QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

std::optional<Refusal> IdentifiedMerge::responses(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("response")))
        if (auto refused = mergeResponse(record, result))
            return refused;
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::mergeResponse(const Record& record, BundleImported& result)
{
    Fields f(record.fields);
    const QString uuid = f.text("uuid");
    const QString pupilUuid = f.text("pupil");
    const QString roundUuid = f.text("round");
    const QString instrumentId = f.text("instrument");
    const QString version = f.text("version");
    const QString status = f.oneOf("status", {"in_progress", "completed", "abandoned"});
    f.oneOf("language", {"fi", "sv", "en"});
    f.text("started_at");
    const QString updatedAt = f.text("updated_at");
    const QVariant completedAt = f.textOrNull("completed_at");
    const QJsonObject answersJson = f.object("answers");
    f.array("critical");
    const bool hasResult = !f.isNull("result");
    if (hasResult)
        f.object("result");
    if (!f.ok() || (status == QLatin1String("completed")) != !completedAt.isNull() ||
        (hasResult && status != QLatin1String("completed")))
        return m_content.invalid(record.index, "a field is missing or has the wrong type");
    if (erased(pupilUuid)) {
        ++result.skippedErased;
        return std::nullopt;
    }
    const auto pupilId = pupil(pupilUuid);
    const auto roundId =
        local(QStringLiteral("round"), QStringLiteral("round"), roundUuid, m_rounds);
    if (!pupilId || !roundId)
        return m_content.invalid(record.index, "a reference that the bundle does not resolve");
    if (!m_allowedPupils.contains(*pupilId)) {
        if (m_rules.checkPupil(m_user, Permission::ReceiveIdentified, *pupilId))
            return Refusal::of(Refusal::Code::PupilNotInYourSchool);
        m_allowedPupils.insert(*pupilId);
    }
    std::optional<qint64> versionId;
    if (const auto it = m_instruments.constFind(instrumentId + QLatin1Char('\n') + version);
        it != m_instruments.constEnd())
        versionId = *it;
    else if (const auto here =
                 cachedScalar(QStringLiteral("SELECT id FROM instrument_version WHERE "
                                             "instrument_id = ? AND version = ?"),
                              {instrumentId, version}))
        versionId = here->toLongLong();
    if (!versionId)
        return m_content.invalid(record.index, "unknown instrument version");
    const auto definition = instrument(*versionId);
    if (!definition)
        return m_content.invalid(record.index, "the instrument definition cannot be read");
    Answers answers;
    for (auto it = answersJson.constBegin(); it != answersJson.constEnd(); ++it) {
        if (!it.value().isDouble())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        answers.insert(it.key(), it.value().toDouble());
    }
    if (AnswerSet::check(*definition, answers, m_content.file, QStringLiteral("answers")))
        return m_content.invalid(record.index, "an answer outside its scale");

    const bool completed = status == QLatin1String("completed");
    const qint64 schoolId =
        cachedScalar(QStringLiteral("SELECT school_id FROM pupil WHERE id = ?"), {*pupilId})
            ->toLongLong();

    // The same uuid here already.
    if (const auto here =
            cachedScalar(QStringLiteral("SELECT id FROM response WHERE uuid = ?"), {uuid})) {
        const qint64 localId = here->toLongLong();
        if (!execCached(
                QStringLiteral("SELECT status, completed_at, updated_at, pupil_id, "
                               "(SELECT json_group_object(item_id, value) FROM answer "
                               "WHERE response_id = response.id) FROM response WHERE id = ?"),
                {localId}) ||
            !m_last->next())
            return Refusal::databaseFailed(m_last->lastError().text());
        const QString localStatus = m_last->value(0).toString();
        const QVariant localCompletedAt = m_last->value(1);
        const QString localUpdatedAt = m_last->value(2).toString();
        const qint64 localPupil = m_last->value(3).toLongLong();
        const QJsonObject localAnswers =
            QJsonDocument::fromJson(m_last->value(4).toString().toUtf8()).object();
        m_last->finish();
        if (localPupil != *pupilId)
            return conflict(record, QStringLiteral("changed_response"), *pupilId, localId, result);
        const bool same =
            localStatus == status && localCompletedAt.isNull() == completedAt.isNull() &&
            localCompletedAt.toString() == completedAt.toString() && localAnswers == answersJson;
        if (same) {
            m_responses.insert(uuid, localId);
            ++result.unchanged[QStringLiteral("response")];
            return std::nullopt;
        }
        if (localStatus == QLatin1String("completed")) {
            m_responses.insert(uuid, localId);
            if (!completed) { // an older state of the same questionnaire
                ++result.unchanged[QStringLiteral("response")];
                return std::nullopt;
            }
            return conflict(record, QStringLiteral("changed_response"), *pupilId, localId, result);
        }
        // Not completed here: the completed one supersedes it, and a later
        // unfinished one replaces an earlier.
        if (!completed && updatedAt <= localUpdatedAt) {
            m_responses.insert(uuid, localId);
            ++result.unchanged[QStringLiteral("response")];
            return std::nullopt;
        }
        if (completed) {
            if (const auto other = cachedScalar(
                    QStringLiteral("SELECT r.id FROM response r JOIN instrument_version iv ON "
                                   "iv.id = r.instrument_version_id WHERE r.pupil_id = ? AND "
                                   "r.round_id = ? AND iv.instrument_id = ? AND "
                                   "r.status = 'completed' AND r.id <> ?"),
                    {*pupilId, *roundId, instrumentId, localId}))
                return conflict(record, QStringLiteral("second_completed"), *pupilId,
                                other->toLongLong(), result);
        }
        // Whatever was scored for it goes with its counts, then the response
        // takes the bundle's state.
        for (const char* sql :
             {"DELETE FROM domain_result WHERE response_id = ?",
              "DELETE FROM flag WHERE response_id = ?", "DELETE FROM result WHERE response_id = ?",
              "DELETE FROM answer WHERE response_id = ?",
              "DELETE FROM response_cohort WHERE response_id = ?"})
            if (!execCached(QString::fromLatin1(sql), {localId}))
                return Refusal::databaseFailed(m_last->lastError().text());
        if (!execCached(QStringLiteral("UPDATE response SET status = ?, language = ?, "
                                       "instrument_version_id = ?, updated_at = ?, "
                                       "completed_at = ? WHERE id = ?"),
                        {status, record.fields.value(QStringLiteral("language")).toString(),
                         *versionId, updatedAt, completedAt, localId}))
            return failed(record, *m_last);
        if (auto refused = writeContent(record, localId))
            return refused;
        m_responses.insert(uuid, localId);
        if (completed) {
            ++result.superseded;
            m_resultSchoolRounds.insert({schoolId, *roundId});
        } else {
            ++result.added[QStringLiteral("response")];
        }
        return std::nullopt;
    }

    // A new uuid: a second completed questionnaire of the pupil is a conflict,
    // an unfinished one after a completed one is superseded already.
    std::optional<qint64> completedHere;
    if (const auto other = cachedScalar(
            QStringLiteral("SELECT r.id FROM response r JOIN instrument_version iv ON "
                           "iv.id = r.instrument_version_id WHERE r.pupil_id = ? AND "
                           "r.round_id = ? AND iv.instrument_id = ? AND r.status = 'completed'"),
            {*pupilId, *roundId, instrumentId}))
        completedHere = other->toLongLong();
    if (completedHere && completed)
        return conflict(record, QStringLiteral("second_completed"), *pupilId, *completedHere,
                        result);
    if (completedHere) {
        ++result.superseded;
        return std::nullopt;
    }
    if (!execCached(QStringLiteral("INSERT INTO response (uuid, pupil_id, round_id, "
                                   "instrument_version_id, status, language, started_at, "
                                   "updated_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {uuid, *pupilId, *roundId, *versionId, status,
                     record.fields.value(QStringLiteral("language")).toString(),
                     record.fields.value(QStringLiteral("started_at")).toString(), updatedAt,
                     completedAt}))
        return failed(record, *m_last);
    const qint64 responseId = m_last->lastInsertId().toLongLong();
    if (auto refused = writeContent(record, responseId))
        return refused;
    m_responses.insert(uuid, responseId);
    ++result.added[QStringLiteral("response")];
    if (completed) {
        m_resultSchoolRounds.insert({schoolId, *roundId});
        // An unfinished questionnaire of the same pupil here is superseded.
        if (!execCached(
                QStringLiteral("UPDATE response SET status = 'abandoned' WHERE pupil_id = ? "
                               "AND round_id = ? AND status = 'in_progress' AND "
                               "instrument_version_id IN (SELECT id FROM "
                               "instrument_version WHERE instrument_id = ?)"),
                {*pupilId, *roundId, instrumentId}))
            return Refusal::databaseFailed(m_last->lastError().text());
        result.superseded += m_last->numRowsAffected();
    }
    const QString pupilLocalUuid =
        cachedScalar(QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {*pupilId})->toString();
    if (!m_touchedSet.contains(pupilLocalUuid)) {
        m_touchedSet.insert(pupilLocalUuid);
        m_touched << pupilLocalUuid;
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::writeContent(const Record& record, qint64 responseId)
{
    const QJsonObject answers = record.fields.value(QStringLiteral("answers")).toObject();
    if (!execCached(QStringLiteral("INSERT INTO answer (response_id, item_id, value) "
                                   "SELECT ?, key, value FROM json_each(?)"),
                    {responseId, compact(answers)}))
        return failed(record, *m_last);
    for (const QJsonValue& value : record.fields.value(QStringLiteral("critical")).toArray()) {
        Fields c(value.toObject());
        const QString code = c.text("code");
        const QString reason = c.text("reason");
        const QString raisedAt = c.text("raised_at");
        if (!c.ok() || !code.startsWith(QLatin1String("critical.")))
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (!execCached(QStringLiteral("INSERT OR IGNORE INTO critical_answer (response_id, code, "
                                       "reason, raised_at) VALUES (?, ?, ?, ?)"),
                        {responseId, code, reason, raisedAt}))
            return failed(record, *m_last);
    }
    const QJsonValue result = record.fields.value(QStringLiteral("result"));
    if (result.isObject())
        return writeResult(record, responseId, result.toObject());
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::writeResult(const Record& record, qint64 responseId,
                                                    const QJsonObject& resultObject)
{
    Fields r(resultObject);
    const qint64 valid = r.integer("valid");
    const QVariant level = r.textOrNull("level");
    const QVariant total = r.numberOrNull("total");
    const QVariant band = r.textOrNull("band");
    const qint64 critical = r.integer("critical");
    const QString scoredAt = r.text("scored_at");
    const QJsonArray reasons = r.array("invalid_reasons");
    const QVariant percentage = r.numberOrNull("percentage");
    Fields cohort(r.object("cohort"));
    const QString school = cohort.text("school");
    const QVariant classUuid = cohort.textOrNull("class");
    const qint64 grade = cohort.integer("grade");
    const QString gender = cohort.oneOf("gender", {"female", "male", "other"});
    const QJsonArray domains = r.array("domains");
    const QJsonArray flags = r.array("flags");
    if (!r.ok() || !cohort.ok())
        return m_content.invalid(record.index, "a field is missing or has the wrong type");
    const auto schoolId =
        local(QStringLiteral("school"), QStringLiteral("school"), school, m_schools);
    std::optional<qint64> classId = 0;
    if (!classUuid.isNull())
        classId = local(QStringLiteral("pupil_group"), QStringLiteral("group"),
                        classUuid.toString(), m_groups);
    if (!schoolId || !classId)
        return m_content.invalid(record.index, "a reference that the bundle does not resolve");
    // The completion-time group as the sender recorded it: the result's own
    // trigger then keeps it (INSERT OR IGNORE) and counts the result there.
    if (!execCached(QStringLiteral("INSERT INTO response_cohort (response_id, round_id, "
                                   "instrument_id, school_id, grade, class_id, gender) "
                                   "SELECT r.id, r.round_id, iv.instrument_id, ?, ?, ?, ? "
                                   "FROM response r JOIN instrument_version iv ON "
                                   "iv.id = r.instrument_version_id WHERE r.id = ?"),
                    {*schoolId, grade, *classId, gender, responseId}) ||
        !execCached(QStringLiteral("INSERT INTO result (response_id, valid, level, total, band, "
                                   "critical, scored_at, invalid_reasons, percentage) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {responseId, valid, level, total, band, critical, scoredAt, compact(reasons),
                     percentage}))
        return failed(record, *m_last);
    if (auto refused = m_bulk.added(responseId))
        return refused;
    for (const QJsonValue& value : domains) {
        Fields d(value.toObject());
        const QString domainId = d.text("domain_id");
        const QVariant score = d.numberOrNull("score");
        const QVariant dBand = d.textOrNull("band");
        const QVariant dLevel = d.textOrNull("level");
        const qint64 dValid = d.integer("valid");
        const qint64 asked = d.integer("asked");
        const qint64 answered = d.integer("answered");
        const QVariant dPercentage = d.numberOrNull("percentage");
        if (!d.ok() || !execCached(QStringLiteral("INSERT INTO domain_result (response_id, "
                                                  "domain_id, score, band, level, valid, asked, "
                                                  "answered, percentage) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {responseId, domainId, score, dBand, dLevel, dValid, asked,
                                    answered, dPercentage}))
            return failed(record, *m_last);
    }
    for (const QJsonValue& value : flags) {
        Fields g(value.toObject());
        const QString code = g.text("code");
        const QString fLevel = g.oneOf("level", {"ok", "watch", "concern"});
        const qint64 fCritical = g.integer("critical");
        const QString reason = g.anyText("reason");
        const qint64 position = g.integer("position");
        // The kind as the flag_kind trigger would give it, without the trigger's
        // update of the row just written.
        if (!g.ok() ||
            !execCached(
                QStringLiteral("INSERT INTO flag (response_id, code, level, critical, reason, "
                               "position, kind) SELECT ?, c, ?, ?, ?, ?, CASE "
                               "WHEN c = 'accumulation' THEN 'accumulation' "
                               "WHEN c LIKE 'threshold._%' THEN 'threshold' "
                               "WHEN c LIKE 'change._%' THEN 'change' "
                               "WHEN c LIKE 'critical._%' THEN 'critical' ELSE '' END "
                               "FROM (SELECT ? AS c)"),
                {responseId, fLevel, fCritical, reason, position, code}))
            return failed(record, *m_last);
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::conflict(const Record& record, const QString& kind,
                                                 qint64 pupilId, qint64 localResponseId,
                                                 BundleImported& result)
{
    if (!execCached(QStringLiteral("INSERT OR IGNORE INTO bundle_conflict (bundle_id, found_at, "
                                   "kind, pupil_id, local_response_id, response_uuid, incoming) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {m_content.bundleId, now(), kind, pupilId, localResponseId,
                     record.fields.value(QStringLiteral("uuid")).toString(),
                     compact(record.fields)}))
        return failed(record, *m_last);
    ++result.conflicts;
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::flagHandling(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("flag_handling"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString response = f.text("response");
        const QString code = f.text("code");
        const QString handledBy = f.text("handled_by");
        const QString handledAt = f.text("handled_at");
        const QString note = f.anyText("note");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (cachedScalar(QStringLiteral("SELECT 1 FROM flag_handling WHERE uuid = ?"), {uuid})) {
            ++result.unchanged[QStringLiteral("flag_handling")];
            continue;
        }
        const auto responseId =
            local(QStringLiteral("response"), QStringLiteral("response"), response, m_responses);
        const auto user = userId(handledBy);
        if (!responseId) {
            // The response of a pupil erased here went with the pupil.
            ++result.skippedErased;
            continue;
        }
        if (!user)
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        // Handled on both installations: the one here stands.
        if (!execCached(QStringLiteral("INSERT OR IGNORE INTO flag_handling (response_id, code, "
                                       "handled_by, handled_at, note, uuid) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {*responseId, code, *user, handledAt, note, uuid}))
            return failed(record, *m_last);
        ++(m_last->numRowsAffected() > 0 ? result.added
                                         : result.unchanged)[QStringLiteral("flag_handling")];
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::caseActions(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("case_action"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString pupilUuid = f.text("pupil");
        const QString kind = f.text("kind");
        const QVariant followUpOn = f.textOrNull("follow_up_on");
        const QString note = f.anyText("note");
        const QVariant response = f.textOrNull("response");
        const QString recordedBy = f.text("recorded_by");
        const QString recordedAt = f.text("recorded_at");
        const QVariant doneBy = f.textOrNull("done_by");
        const QVariant doneAt = f.textOrNull("done_at");
        const QVariant removedBy = f.textOrNull("removed_by");
        const QVariant removedAt = f.textOrNull("removed_at");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (erased(pupilUuid)) {
            ++result.skippedErased;
            continue;
        }
        const auto pupilId = pupil(pupilUuid);
        const auto recorder = userId(recordedBy);
        const auto doneUser =
            doneBy.isNull() ? std::optional<qint64>(0) : userId(doneBy.toString());
        const auto remover =
            removedBy.isNull() ? std::optional<qint64>(0) : userId(removedBy.toString());
        if (!pupilId || !recorder || !doneUser || !remover)
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        const auto asUser = [](qint64 id) { return id == 0 ? QVariant() : QVariant(id); };
        if (const auto here =
                cachedScalar(QStringLiteral("SELECT id FROM case_action WHERE uuid = ?"), {uuid})) {
            // Done and removed only ever go from empty to set.
            if (!execCached(QStringLiteral("UPDATE case_action SET "
                                           "done_by = coalesce(done_by, ?), "
                                           "done_at = coalesce(done_at, ?), "
                                           "removed_by = coalesce(removed_by, ?), "
                                           "removed_at = coalesce(removed_at, ?) WHERE id = ?"),
                            {asUser(*doneUser), doneAt, asUser(*remover), removedAt, *here}))
                return failed(record, *m_last);
            ++result.unchanged[QStringLiteral("case_action")];
            continue;
        }
        QVariant responseId;
        if (!response.isNull())
            if (const auto id = local(QStringLiteral("response"), QStringLiteral("response"),
                                      response.toString(), m_responses))
                responseId = *id;
        if (!execCached(QStringLiteral("INSERT INTO case_action (uuid, pupil_id, kind, "
                                       "follow_up_on, note, response_id, recorded_by, "
                                       "recorded_at, done_by, done_at, removed_by, removed_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {uuid, *pupilId, kind, followUpOn, note, responseId, *recorder, recordedAt,
                         asUser(*doneUser), doneAt, asUser(*remover), removedAt}))
            return failed(record, *m_last);
        ++result.added[QStringLiteral("case_action")];
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::caseShares(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("case_share"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString pupilUuid = f.text("pupil");
        const QString member = f.text("member");
        const QString sharedBy = f.text("shared_by");
        const QString sharedAt = f.text("shared_at");
        const QString consentFrom = f.oneOf("consent_from", {"pupil", "guardian"});
        const QString consentOn = f.text("consent_on");
        const QString note = f.anyText("note");
        const QVariant withdrawnBy = f.textOrNull("withdrawn_by");
        const QVariant withdrawnAt = f.textOrNull("withdrawn_at");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (erased(pupilUuid)) {
            ++result.skippedErased;
            continue;
        }
        const auto pupilId = pupil(pupilUuid);
        const auto memberId = userId(member);
        const auto sharer = userId(sharedBy);
        const auto withdrawer =
            withdrawnBy.isNull() ? std::optional<qint64>(0) : userId(withdrawnBy.toString());
        if (!pupilId || !memberId || !sharer || !withdrawer)
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        const QVariant withdrawerId = *withdrawer == 0 ? QVariant() : QVariant(*withdrawer);
        if (const auto here =
                cachedScalar(QStringLiteral("SELECT id FROM case_share WHERE uuid = ?"), {uuid})) {
            if (!execCached(QStringLiteral("UPDATE case_share SET "
                                           "withdrawn_by = coalesce(withdrawn_by, ?), "
                                           "withdrawn_at = coalesce(withdrawn_at, ?) WHERE id = ?"),
                            {withdrawerId, withdrawnAt, *here}))
                return failed(record, *m_last);
            ++result.unchanged[QStringLiteral("case_share")];
            continue;
        }
        // An active share of the same case with the same member here already
        // stands for this one.
        if (withdrawnAt.isNull() &&
            cachedScalar(
                QStringLiteral("SELECT 1 FROM case_share WHERE member_id = ? AND pupil_id = ? "
                               "AND withdrawn_at IS NULL"),
                {*memberId, *pupilId})) {
            ++result.unchanged[QStringLiteral("case_share")];
            continue;
        }
        if (!execCached(QStringLiteral("INSERT INTO case_share (uuid, pupil_id, member_id, "
                                       "shared_by, shared_at, consent_from, consent_on, note, "
                                       "withdrawn_by, withdrawn_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {uuid, *pupilId, *memberId, *sharer, sharedAt, consentFrom, consentOn, note,
                         withdrawerId, withdrawnAt}))
            return failed(record, *m_last);
        ++result.added[QStringLiteral("case_share")];
    }
    return std::nullopt;
}

} // namespace signaali::db::bundle
