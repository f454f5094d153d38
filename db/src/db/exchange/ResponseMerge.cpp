// An identified bundle merged: responses with their answers and results
// (docs/bundles.md, "Merge rules"). Flag handling and case records:
// CaseRecordMerge.cpp.
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

QByteArray compactBytes(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}
} // namespace

std::optional<Refusal> IdentifiedMerge::responses(BundleImported& result)
{
    if (auto refused = preloadResponses())
        return refused;
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
        m_notMerged.insert(uuid);
        ++result.skippedErased;
        return std::nullopt;
    }
    const auto pupilId = pupil(pupilUuid);
    const auto roundId =
        local(QStringLiteral("round"), QStringLiteral("round"), roundUuid, m_rounds);
    if (!pupilId || !roundId)
        return m_content.invalid(record.index, "a reference that the bundle does not resolve");
    if (!mayReceive(*pupilId)) {
        m_notMerged.insert(uuid);
        ++result.outOfReach;
        return std::nullopt;
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

    StagedResponse staged;
    staged.uuid = uuid;
    staged.pupilId = *pupilId;
    staged.roundId = *roundId;
    staged.versionId = *versionId;
    staged.status = status;
    staged.language = record.fields.value(QStringLiteral("language")).toString();
    staged.startedAt = record.fields.value(QStringLiteral("started_at")).toString();
    staged.updatedAt = updatedAt;
    staged.completedAt = completedAt.toString();
    staged.instrumentId = instrumentId;
    if (auto refused = checkContent(record, staged))
        return refused;

    const bool completed = status == QLatin1String("completed");
    const qint64 schoolId = pupilSchool(*pupilId);
    const QString completedKey =
        QStringLiteral("%1|%2|").arg(*pupilId).arg(*roundId) + instrumentId;

    // The same uuid here already.
    if (const auto here = m_existingResponses.constFind(uuid);
        here != m_existingResponses.constEnd()) {
        const qint64 localId = *here;
        if (!execCached(
                QStringLiteral("SELECT status, completed_at, updated_at, pupil_id, "
                               "(SELECT answers FROM response_answers "
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
            ++result.unchanged[QStringLiteral("response")];
            return std::nullopt;
        }
        if (localStatus == QLatin1String("completed")) {
            if (!completed) { // an older state of the same questionnaire
                ++result.unchanged[QStringLiteral("response")];
                return std::nullopt;
            }
            return conflict(record, QStringLiteral("changed_response"), *pupilId, localId, result);
        }
        // Not completed here: the completed one supersedes it, and a later
        // unfinished one replaces an earlier.
        if (!completed && updatedAt <= localUpdatedAt) {
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
        // Whatever was scored for it goes with its counts (none: it was not
        // completed), then it takes the bundle's state and content.
        for (const char* sql :
             {"DELETE FROM domain_result WHERE response_id = ?",
              "DELETE FROM flag WHERE response_id = ?", "DELETE FROM result WHERE response_id = ?",
              "DELETE FROM response_answers WHERE response_id = ?",
              "DELETE FROM response_cohort WHERE response_id = ?"})
            if (!execCached(QString::fromLatin1(sql), {localId}))
                return Refusal::databaseFailed(m_last->lastError().text());
        if (!execCached(QStringLiteral("UPDATE response SET status = ?, language = ?, "
                                       "instrument_version_id = ?, updated_at = ?, "
                                       "completed_at = ? WHERE id = ?"),
                        {status, staged.language, *versionId, updatedAt, completedAt, localId}))
            return failed(record, *m_last);
        staged.existingId = localId;
        if (auto refused = stage(staged))
            return refused;
        touch(*pupilId);
        if (completed) {
            m_completedHere.insert(completedKey, localId);
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
    if (m_preloadedPupils.contains(*pupilId)) {
        if (const auto it = m_completedHere.constFind(completedKey);
            it != m_completedHere.constEnd())
            completedHere = *it;
    } else if (const auto other = cachedScalar(
                   QStringLiteral("SELECT r.id FROM response r JOIN instrument_version iv ON "
                                  "iv.id = r.instrument_version_id WHERE r.pupil_id = ? AND "
                                  "r.round_id = ? AND iv.instrument_id = ? AND "
                                  "r.status = 'completed'"),
                   {*pupilId, *roundId, instrumentId})) {
        completedHere = other->toLongLong();
    }
    if (completed && completedHere)
        return conflict(record, QStringLiteral("second_completed"), *pupilId, *completedHere,
                        result);
    if (completedHere) {
        m_notMerged.insert(uuid);
        ++result.superseded;
        return std::nullopt;
    }
    const auto added = m_batch.add(staged);
    if (!added)
        return added.refusal;
    ++result.added[QStringLiteral("response")];
    if (completed) {
        m_completedHere.insert(completedKey, *added);
        m_resultSchoolRounds.insert({schoolId, *roundId});
        // An unfinished questionnaire of the same pupil here is superseded.
        if ((!m_preloadedPupils.contains(*pupilId) || m_unfinishedHere.contains(completedKey)) &&
            !execCached(
                QStringLiteral("UPDATE response SET status = 'abandoned' WHERE pupil_id = ? "
                               "AND round_id = ? AND status = 'in_progress' AND "
                               "instrument_version_id IN (SELECT id FROM "
                               "instrument_version WHERE instrument_id = ?)"),
                {*pupilId, *roundId, instrumentId}))
            return Refusal::databaseFailed(m_last->lastError().text());
        if (m_unfinishedHere.remove(completedKey) || !m_preloadedPupils.contains(*pupilId))
            result.superseded += m_last->numRowsAffected();
    }
    touch(*pupilId);
    return std::nullopt;
}

// What the per-response decisions need from the database, read once: which of
// the bundle's responses are here, and the completed and unfinished
// questionnaires of the bundle's pupils.
std::optional<Refusal> IdentifiedMerge::preloadResponses()
{
    QJsonArray uuids, pupils;
    for (const Record& record : m_content.of(QStringLiteral("response")))
        uuids.append(record.fields.value(QStringLiteral("uuid")));
    for (auto it = m_pupils.constBegin(); it != m_pupils.constEnd(); ++it)
        if (!m_preloadedPupils.contains(*it)) {
            m_preloadedPupils.insert(*it);
            pupils.append(*it);
        }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!execBound(query,
                   QStringLiteral("SELECT uuid, id FROM response WHERE uuid IN "
                                  "(SELECT value FROM json_each(?))"),
                   {QString::fromUtf8(compactBytes(uuids))}))
        return Refusal::databaseFailed(query.lastError().text());
    while (query.next())
        m_existingResponses.insert(query.value(0).toString(), query.value(1).toLongLong());
    if (!execBound(query,
                   QStringLiteral("SELECT r.pupil_id, r.round_id, iv.instrument_id, r.id, "
                                  "r.status FROM response r JOIN instrument_version iv ON "
                                  "iv.id = r.instrument_version_id WHERE r.status IN "
                                  "('completed', 'in_progress') AND r.pupil_id IN "
                                  "(SELECT value FROM json_each(?))"),
                   {QString::fromUtf8(compactBytes(pupils))}))
        return Refusal::databaseFailed(query.lastError().text());
    while (query.next()) {
        const QString key = QStringLiteral("%1|%2|")
                                .arg(query.value(0).toLongLong())
                                .arg(query.value(1).toLongLong()) +
                            query.value(2).toString();
        if (query.value(4).toString() == QLatin1String("completed"))
            m_completedHere.insert(key, query.value(3).toLongLong());
        else
            m_unfinishedHere.insert(key);
    }
    return std::nullopt;
}

// Whether the receiving nurse may receive records about this pupil (a nurse
// of the pupil's school here), asked once per pupil. A pupil out of her reach
// (moved to another school here, say) is passed over, not a reason to refuse
// the rest of the bundle.
bool IdentifiedMerge::mayReceive(qint64 pupilId)
{
    if (m_allowedPupils.contains(pupilId))
        return true;
    if (m_refusedPupils.contains(pupilId) ||
        m_rules.checkPupil(m_user, Permission::ReceiveIdentified, pupilId)) {
        m_refusedPupils.insert(pupilId);
        return false;
    }
    m_allowedPupils.insert(pupilId);
    return true;
}

std::optional<Refusal> IdentifiedMerge::stage(const StagedResponse& staged)
{
    if (const auto added = m_batch.add(staged); !added)
        return added.refusal;
    return std::nullopt;
}

qint64 IdentifiedMerge::pupilSchool(qint64 pupilId)
{
    if (const auto it = m_pupilSchools.constFind(pupilId); it != m_pupilSchools.constEnd())
        return *it;
    const qint64 school =
        cachedScalar(QStringLiteral("SELECT school_id FROM pupil WHERE id = ?"), {pupilId})
            .value_or(QVariant(0))
            .toLongLong();
    m_pupilSchools.insert(pupilId, school);
    return school;
}

void IdentifiedMerge::touch(qint64 pupilId)
{
    if (m_touchedIds.contains(pupilId))
        return;
    m_touchedIds.insert(pupilId);
    const QString localUuid =
        cachedScalar(QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {pupilId})
            .value_or(QVariant())
            .toString();
    if (!m_touchedSet.contains(localUuid)) {
        m_touchedSet.insert(localUuid);
        m_touched << localUuid;
    }
}

// Checks the nested parts of a response record and puts them in `staged`,
// with the completion-time group resolved to local ids.
std::optional<Refusal> IdentifiedMerge::checkContent(const Record& record, StagedResponse& staged)
{
    const auto wrong = [&] {
        return m_content.invalid(record.index, "a field is missing or has the wrong type");
    };
    const QJsonObject answers = record.fields.value(QStringLiteral("answers")).toObject();
    staged.answers.reserve(answers.size());
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        staged.answers.append({it.key(), it.value().toDouble()});
    for (const QJsonValue& value : record.fields.value(QStringLiteral("critical")).toArray()) {
        Fields c(value.toObject());
        StagedResponse::Critical critical{c.text("code"), c.text("reason"), c.text("raised_at")};
        if (!c.ok() || !critical.code.startsWith(QLatin1String("critical.")))
            return wrong();
        staged.critical.append(critical);
    }
    const QJsonValue resultValue = record.fields.value(QStringLiteral("result"));
    if (!resultValue.isObject())
        return std::nullopt;
    Fields r(resultValue.toObject());
    StagedResponse::Result res;
    res.valid = r.integer("valid") != 0;
    res.level = r.textOrNull("level").toString();
    const QVariant total = r.numberOrNull("total");
    if (!total.isNull())
        res.total = total.toDouble();
    res.band = r.textOrNull("band").toString();
    res.critical = r.integer("critical") != 0;
    res.scoredAt = r.text("scored_at");
    res.invalidReasons = QString::fromUtf8(compactBytes(r.array("invalid_reasons")));
    const QVariant percentage = r.numberOrNull("percentage");
    if (!percentage.isNull())
        res.percentage = percentage.toDouble();
    Fields cohort(r.object("cohort"));
    const QString school = cohort.text("school");
    const QVariant classUuid = cohort.textOrNull("class");
    staged.grade = cohort.integer("grade");
    staged.gender = cohort.oneOf("gender", {"female", "male", "other"});
    const QJsonArray domains = r.array("domains");
    const QJsonArray flags = r.array("flags");
    if (!r.ok() || !cohort.ok())
        return wrong();
    const auto optionalNumber = [](const QVariant& v) {
        return v.isNull() ? std::optional<double>() : std::optional<double>(v.toDouble());
    };
    for (const QJsonValue& value : domains) {
        Fields d(value.toObject());
        StagedResponse::Domain domain;
        domain.id = d.text("domain_id");
        domain.score = optionalNumber(d.numberOrNull("score"));
        domain.band = d.textOrNull("band").toString();
        domain.level = d.textOrNull("level").toString();
        domain.valid = d.integer("valid") != 0;
        domain.asked = d.integer("asked");
        domain.answered = d.integer("answered");
        domain.percentage = optionalNumber(d.numberOrNull("percentage"));
        if (!d.ok())
            return wrong();
        staged.domains.append(domain);
    }
    for (const QJsonValue& value : flags) {
        Fields g(value.toObject());
        StagedResponse::Flag flag;
        flag.code = g.text("code");
        flag.level = g.oneOf("level", {"ok", "watch", "concern"});
        flag.critical = g.integer("critical") != 0;
        flag.reason = g.anyText("reason");
        flag.position = g.integer("position");
        if (!g.ok())
            return wrong();
        staged.flags.append(flag);
    }
    const auto schoolId =
        local(QStringLiteral("school"), QStringLiteral("school"), school, m_schools);
    std::optional<qint64> classId = 0;
    if (!classUuid.isNull())
        classId = local(QStringLiteral("pupil_group"), QStringLiteral("group"),
                        classUuid.toString(), m_groups);
    if (!schoolId || !classId)
        return m_content.invalid(record.index, "a reference that the bundle does not resolve");
    staged.schoolId = *schoolId;
    staged.classId = *classId;
    staged.result = res;
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::conflict(const Record& record, const QString& kind,
                                                 qint64 pupilId, qint64 localResponseId,
                                                 BundleImported& result)
{
    m_notMerged.insert(record.fields.value(QStringLiteral("uuid")).toString());
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

} // namespace signaali::db::bundle
