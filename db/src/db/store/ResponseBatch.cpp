#include "db/store/ResponseBatch.h"

#include "core/FlagCode.h"
#include "core/Level.h"
#include "db/sql/RawStatement.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/DatabaseFile.h"
#include "db/store/StoredAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <sqlite3.h>

namespace signaali::db {

namespace {
enum Which { Response, Existing, Answer, Critical, Cohort, Result, Domain, FlagRow, ReadCohort };

const char* const kSql[] = {
    "INSERT INTO response (uuid, pupil_id, round_id, instrument_version_id, status, language, "
    "started_at, updated_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "SELECT 1", // an existing response needs no row
    "INSERT INTO response_answers (response_id, answers) VALUES (?, ?)",
    "INSERT OR IGNORE INTO critical_answer (response_id, code, reason, raised_at) "
    "VALUES (?, ?, ?, ?)",
    // The completion-time group as the sender recorded it; the result's own
    // trigger then keeps it (INSERT OR IGNORE).
    "INSERT INTO response_cohort (response_id, round_id, instrument_id, school_id, grade, "
    "class_id, gender) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO result (response_id, valid, level, total, band, critical, scored_at, "
    "invalid_reasons, percentage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO domain_result (response_id, domain_id, score, band, level, valid, asked, "
    "answered, percentage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    // The kind given here: left empty, the flag_kind trigger would update the row.
    "INSERT INTO flag (response_id, code, level, critical, reason, position, kind) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "SELECT round_id, instrument_id, school_id, grade, class_id, gender FROM response_cohort "
    "WHERE response_id = ?",
};

// Statements of many rows run once each: a row's own cost is small beside a
// statement's, and a questionnaire has a dozen domains.
constexpr bool kManyRows[] = {false, false, false, false, false, false, true, true, false};
} // namespace

ResponseBatch::ResponseBatch(QSqlDatabase& db, BulkLoad& bulk)
    : m_connection(detail::sqliteHandle(db)), m_bulk(bulk)
{
}

ResponseBatch::~ResponseBatch() = default;

RawStatement& ResponseBatch::rows(int which, qsizetype count)
{
    if (count == 1 || !kManyRows[which])
        return statement(which);
    std::unique_ptr<RawStatement>& slot = m_rows[{which, count}];
    if (!slot) {
        QByteArray sql(kSql[which]);
        const QByteArray row = sql.mid(sql.indexOf("VALUES ") + 7);
        for (qsizetype i = 1; i < count; ++i)
            sql += ", " + row;
        slot = std::make_unique<RawStatement>(m_connection, sql.constData());
    }
    return *slot;
}

RawStatement& ResponseBatch::statement(int which)
{
    if (!m_statements[which])
        m_statements[which] = std::make_unique<RawStatement>(m_connection, kSql[which]);
    return *m_statements[which];
}

Outcome<qint64> ResponseBatch::add(const StagedResponse& r)
{
    if (!m_connection)
        return Refusal::databaseFailed(QStringLiteral("no SQLite connection"));
    for (int which = Response; which <= ReadCohort; ++which)
        if (!statement(which).ok())
            return Refusal::databaseFailed(QString::fromUtf8(sqlite3_errmsg(m_connection)));
    qint64 id = r.existingId;
    if (id == 0) {
        if (auto refused = statement(Response)
                               .text(r.uuid)
                               .integer(r.pupilId)
                               .integer(r.roundId)
                               .integer(r.versionId)
                               .text(r.status)
                               .text(r.language)
                               .text(r.startedAt)
                               .text(r.updatedAt)
                               .text(r.completedAt, true)
                               .run())
            return *refused;
        id = sqlite3_last_insert_rowid(m_connection);
    }
    if (!r.answers.isEmpty())
        if (auto refused = statement(Answer).integer(id).utf8(storedAnswers(r.answers)).run())
            return *refused;
    RawStatement& critical = statement(Critical);
    for (const StagedResponse::Critical& c : r.critical)
        if (auto refused = critical.integer(id).text(c.code).text(c.reason).text(c.raisedAt).run())
            return *refused;
    if (!r.result)
        return id;
    SummaryCell cohort{r.roundId, r.instrumentId, {}, r.schoolId, r.grade, r.gender, r.classId};
    if (r.schoolId != 0)
        if (auto refused = statement(Cohort)
                               .integer(id)
                               .integer(r.roundId)
                               .text(r.instrumentId)
                               .integer(r.schoolId)
                               .integer(r.grade)
                               .integer(r.classId)
                               .text(r.gender)
                               .run())
            return *refused;
    const StagedResponse::Result& res = *r.result;
    if (auto refused = statement(Result)
                           .integer(id)
                           .integer(res.valid ? 1 : 0)
                           .text(res.level, true)
                           .real(res.total)
                           .text(res.band, true)
                           .integer(res.critical ? 1 : 0)
                           .text(res.scoredAt)
                           .text(res.invalidReasons)
                           .real(res.percentage)
                           .run())
        return *refused;
    // Without a completion-time group the result's trigger recorded the
    // pupil's present one.
    if (r.schoolId == 0) {
        RawStatement& read = statement(ReadCohort);
        if (!read.integer(id).first()) {
            read.reset();
            return Refusal::databaseFailed(QStringLiteral("a result without its response cohort"));
        }
        cohort = {read.integerAt(0), read.textAt(1),   {}, read.integerAt(2), read.integerAt(3),
                  read.textAt(5),    read.integerAt(4)};
        read.reset();
    }
    m_bulk.counted(cohort, QString(), res.level);
    if (!r.domains.isEmpty()) {
        RawStatement& domain = rows(Domain, r.domains.size());
        if (!domain.ok())
            return Refusal::databaseFailed(QString::fromUtf8(sqlite3_errmsg(m_connection)));
        for (const StagedResponse::Domain& d : r.domains) {
            domain.integer(id)
                .text(d.id)
                .real(d.score)
                .text(d.band, true)
                .text(d.level, true)
                .integer(d.valid ? 1 : 0)
                .integer(d.asked)
                .integer(d.answered)
                .real(d.percentage);
            m_bulk.counted(cohort, d.id, d.level);
        }
        if (auto refused = domain.run())
            return *refused;
    }
    if (!r.flags.isEmpty()) {
        RawStatement& flag = rows(FlagRow, r.flags.size());
        if (!flag.ok())
            return Refusal::databaseFailed(QString::fromUtf8(sqlite3_errmsg(m_connection)));
        for (const StagedResponse::Flag& f : r.flags)
            flag.integer(id)
                .text(f.code)
                .text(f.level)
                .integer(f.critical ? 1 : 0)
                .text(f.reason)
                .integer(f.position)
                .text(FlagCode::storedKind(f.code));
        if (auto refused = flag.run())
            return *refused;
    }
    return id;
}

StagedResponse stagedFromScore(qint64 pupilId, qint64 roundId, qint64 versionId,
                               const QString& instrumentId, const QString& language,
                               const QString& now, const Answers& answers,
                               const ScoreResult& result)
{
    StagedResponse staged;
    staged.uuid = newUuid();
    staged.pupilId = pupilId;
    staged.roundId = roundId;
    staged.versionId = versionId;
    staged.instrumentId = instrumentId;
    staged.status = QStringLiteral("completed");
    staged.language = language;
    staged.startedAt = staged.updatedAt = staged.completedAt = now;
    staged.answers.reserve(answers.size());
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        staged.answers.append({it.key(), it.value()});
    StagedResponse::Result res;
    res.valid = result.valid;
    res.level = result.level ? levelId(*result.level) : QString();
    res.total = result.total;
    res.band = result.band;
    res.critical = result.hasCritical();
    res.scoredAt = now;
    res.invalidReasons =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result.invalidReasons))
                              .toJson(QJsonDocument::Compact));
    res.percentage = result.percentage;
    staged.result = res;
    for (const DomainResult& d : result.domains)
        staged.domains.append({d.id, d.score, d.band, d.level ? levelId(*d.level) : QString(),
                               d.valid, d.asked, d.answered, d.percentage});
    qint64 position = 0;
    for (const Flag& f : result.flags)
        staged.flags.append({f.code, levelId(f.level), f.critical, f.reason, position++});
    return staged;
}

} // namespace signaali::db
