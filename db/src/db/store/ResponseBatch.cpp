#include "db/store/ResponseBatch.h"

#include "core/Level.h"
#include "db/sql/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSqlError>

namespace signaali::db {

namespace {
// From the staging table to the real ones, in the order their references need.
const char* const kFlush[] = {
    "INSERT INTO response (uuid, pupil_id, round_id, instrument_version_id, status, language, "
    "started_at, updated_at, completed_at) SELECT uuid, pupil_id, round_id, iv_id, status, "
    "language, started_at, updated_at, completed_at FROM temp.bundle_stage ORDER BY n",
    "UPDATE temp.bundle_stage SET response_id = (SELECT r.id FROM response r "
    "WHERE r.uuid = bundle_stage.uuid)",
    "INSERT INTO answer (response_id, item_id, value) SELECT s.response_id, j.key, j.value "
    "FROM temp.bundle_stage s, json_each(s.answers) j",
    "INSERT OR IGNORE INTO critical_answer (response_id, code, reason, raised_at) "
    "SELECT s.response_id, json_extract(j.value, '$.code'), json_extract(j.value, '$.reason'), "
    "json_extract(j.value, '$.raised_at') FROM temp.bundle_stage s, json_each(s.critical) j",
    // The completion-time group as the sender recorded it; the result's own
    // trigger then keeps it (INSERT OR IGNORE).
    "INSERT INTO response_cohort (response_id, round_id, instrument_id, school_id, grade, "
    "class_id, gender) SELECT s.response_id, s.round_id, iv.instrument_id, s.school_id, "
    "s.grade, s.class_id, s.gender FROM temp.bundle_stage s JOIN instrument_version iv "
    "ON iv.id = s.iv_id WHERE s.result IS NOT NULL AND s.school_id IS NOT NULL",
    "INSERT INTO result (response_id, valid, level, total, band, critical, scored_at, "
    "invalid_reasons, percentage) SELECT s.response_id, json_extract(s.result, '$.valid'), "
    "json_extract(s.result, '$.level'), json_extract(s.result, '$.total'), "
    "json_extract(s.result, '$.band'), json_extract(s.result, '$.critical'), "
    "json_extract(s.result, '$.scored_at'), json(json_extract(s.result, '$.invalid_reasons')), "
    "json_extract(s.result, '$.percentage') FROM temp.bundle_stage s WHERE s.result IS NOT NULL",
    "INSERT INTO domain_result (response_id, domain_id, score, band, level, valid, asked, "
    "answered, percentage) SELECT s.response_id, json_extract(j.value, '$.domain_id'), "
    "json_extract(j.value, '$.score'), json_extract(j.value, '$.band'), "
    "json_extract(j.value, '$.level'), json_extract(j.value, '$.valid'), "
    "json_extract(j.value, '$.asked'), json_extract(j.value, '$.answered'), "
    "json_extract(j.value, '$.percentage') FROM temp.bundle_stage s, json_each(s.domains) j "
    "WHERE s.result IS NOT NULL",
    // The kind as the flag_kind trigger would give it, without its update.
    "INSERT INTO flag (response_id, code, level, critical, reason, position, kind) "
    "SELECT response_id, code, level, critical, reason, position, CASE "
    "WHEN code = 'accumulation' THEN 'accumulation' "
    "WHEN code LIKE 'threshold._%' THEN 'threshold' WHEN code LIKE 'change._%' THEN 'change' "
    "WHEN code LIKE 'critical._%' THEN 'critical' ELSE '' END FROM ("
    "SELECT s.response_id AS response_id, json_extract(j.value, '$.code') AS code, "
    "json_extract(j.value, '$.level') AS level, json_extract(j.value, '$.critical') AS critical, "
    "json_extract(j.value, '$.reason') AS reason, json_extract(j.value, '$.position') AS position "
    "FROM temp.bundle_stage s, json_each(s.flags) j WHERE s.result IS NOT NULL)",
};
} // namespace

namespace {
// JSON written by hand: QJsonObject keeps its keys sorted as it inserts, which
// cost more than everything else a bulk load does per questionnaire.
void putString(QByteArray& out, const QString& text)
{
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += static_cast<char>(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        } else {
            out += QString(c).toUtf8();
        }
    }
    out += '"';
}

void putNumber(QByteArray& out, double value)
{
    out += QByteArray::number(value, 'g', 17);
}

void putOptional(QByteArray& out, const std::optional<double>& value)
{
    if (value)
        putNumber(out, *value);
    else
        out += "null";
}

void putText(QByteArray& out, const QString& text)
{
    if (text.isEmpty())
        out += "null";
    else
        putString(out, text);
}

void putLevel(QByteArray& out, const std::optional<Level>& level)
{
    if (level)
        putString(out, levelId(*level));
    else
        out += "null";
}
} // namespace

StagedResponse stagedFromScore(qint64 pupilId, qint64 roundId, qint64 versionId,
                               const QString& language, const QString& now, const Answers& answers,
                               const ScoreResult& result)
{
    StagedResponse staged;
    staged.uuid = newUuid();
    staged.pupilId = pupilId;
    staged.roundId = roundId;
    staged.versionId = versionId;
    staged.status = QStringLiteral("completed");
    staged.language = language;
    staged.startedAt = staged.updatedAt = now;
    staged.completedAt = now;
    QByteArray& a = staged.answers;
    a.reserve(static_cast<qsizetype>(answers.size()) * 16);
    a += '{';
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (a.size() > 1)
            a += ',';
        putString(a, it.key());
        a += ':';
        putNumber(a, it.value());
    }
    a += '}';
    staged.critical = QByteArrayLiteral("[]");
    QByteArray& r = staged.result;
    r += "{\"valid\":";
    r += result.valid ? '1' : '0';
    r += ",\"level\":";
    putLevel(r, result.level);
    r += ",\"total\":";
    putOptional(r, result.total);
    r += ",\"band\":";
    putText(r, result.band);
    r += ",\"critical\":";
    r += result.hasCritical() ? '1' : '0';
    r += ",\"scored_at\":";
    putString(r, now);
    r += ",\"invalid_reasons\":[";
    for (qsizetype i = 0; i < result.invalidReasons.size(); ++i) {
        if (i > 0)
            r += ',';
        putString(r, result.invalidReasons[i]);
    }
    r += "],\"percentage\":";
    putOptional(r, result.percentage);
    r += '}';
    QByteArray& d = staged.domains;
    d += '[';
    for (const DomainResult& domain : result.domains) {
        if (d.size() > 1)
            d += ',';
        d += "{\"domain_id\":";
        putString(d, domain.id);
        d += ",\"score\":";
        putOptional(d, domain.score);
        d += ",\"band\":";
        putText(d, domain.band);
        d += ",\"level\":";
        putLevel(d, domain.level);
        d += ",\"valid\":";
        d += domain.valid ? '1' : '0';
        d += ",\"asked\":";
        d += QByteArray::number(domain.asked);
        d += ",\"answered\":";
        d += QByteArray::number(domain.answered);
        d += ",\"percentage\":";
        putOptional(d, domain.percentage);
        d += '}';
    }
    d += ']';
    QByteArray& f = staged.flags;
    f += '[';
    int position = 0;
    for (const Flag& flag : result.flags) {
        if (f.size() > 1)
            f += ',';
        f += "{\"code\":";
        putString(f, flag.code);
        f += ",\"level\":";
        putString(f, levelId(flag.level));
        f += ",\"critical\":";
        f += flag.critical ? '1' : '0';
        f += ",\"reason\":";
        putString(f, flag.reason);
        f += ",\"position\":";
        f += QByteArray::number(position++);
        f += '}';
    }
    f += ']';
    return staged;
}

std::optional<Refusal> ResponseBatch::prepare()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS bundle_stage (n INTEGER PRIMARY KEY, uuid TEXT, "
            "pupil_id INTEGER, round_id INTEGER, iv_id INTEGER, status TEXT, language TEXT, "
            "started_at TEXT, updated_at TEXT, completed_at TEXT, answers TEXT, critical TEXT, "
            "result TEXT, domains TEXT, flags TEXT, school_id INTEGER, class_id INTEGER, "
            "grade INTEGER, gender TEXT, existing INTEGER, response_id INTEGER)")) ||
        !query.exec(QStringLiteral("DELETE FROM temp.bundle_stage")))
        return Refusal::databaseFailed(query.lastError().text());
    if (!m_stage.prepare(QStringLiteral(
            "INSERT INTO temp.bundle_stage (uuid, pupil_id, round_id, iv_id, status, language, "
            "started_at, updated_at, completed_at, answers, critical, result, domains, flags, "
            "school_id, class_id, grade, gender, existing) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Refusal::databaseFailed(m_stage.lastError().text());
    m_prepared = true;
    return std::nullopt;
}

std::optional<Refusal> ResponseBatch::add(const StagedResponse& r)
{
    if (!m_prepared)
        if (auto refused = prepare())
            return refused;
    const auto text = [](const QByteArray& json) {
        return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
    };
    const QVariant values[] = {r.uuid,
                               r.pupilId,
                               r.roundId,
                               r.versionId,
                               r.status,
                               r.language,
                               r.startedAt,
                               r.updatedAt,
                               r.completedAt,
                               text(r.answers),
                               text(r.critical),
                               text(r.result),
                               text(r.domains),
                               text(r.flags),
                               r.schoolId == 0 ? QVariant() : QVariant(r.schoolId),
                               r.classId,
                               r.grade,
                               r.gender,
                               r.existing ? 1 : 0};
    int i = 0;
    for (const QVariant& value : values)
        m_stage.bindValue(i++, value);
    if (!m_stage.exec())
        return Refusal::databaseFailed(m_stage.lastError().text());
    ++m_pending;
    return std::nullopt;
}

std::optional<Refusal> ResponseBatch::flush(BulkLoad& bulk)
{
    if (m_pending == 0)
        return std::nullopt;
    QSqlQuery query(m_db);
    for (const char* sql : kFlush)
        if (!query.exec(QString::fromLatin1(sql)))
            return Refusal::databaseFailed(query.lastError().text());
    if (auto refused = bulk.addedFrom(
            QStringLiteral("SELECT response_id FROM temp.bundle_stage WHERE result IS NOT NULL")))
        return refused;
    if (!query.exec(QStringLiteral("DELETE FROM temp.bundle_stage")))
        return Refusal::databaseFailed(query.lastError().text());
    m_pending = 0;
    return std::nullopt;
}

} // namespace signaali::db
