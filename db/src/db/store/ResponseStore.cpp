#include "db/store/ResponseStore.h"

#include "core/Scorer.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/store/CriticalAnswers.h"
#include "db/store/ResultStore.h"
#include "db/store/StoredAnswers.h"

#include <QSqlError>

namespace signaali::db {

namespace {
Refusal notInProgress(qint64 responseId)
{
    return Refusal::of(Refusal::Code::NotInProgress, {QString::number(responseId)});
}
} // namespace

Outcome<qint64> ResponseStore::storedVersion(const Transaction& transaction, ResultStore& results,
                                             const Instrument& instrument)
{
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    const auto versionId = results.instrumentVersionId(instrument);
    return versionId;
}

Outcome<ResponseInfo> ResponseStore::response(qint64 responseId)
{
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral(
                "SELECT id, uuid, pupil_id, round_id, instrument_version_id, status, language "
                "FROM response WHERE id = ?"),
            {responseId}))
        return Refusal::databaseFailed(query.lastError().text());
    if (!query.next())
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("response"), QString::number(responseId)});
    return ResponseInfo{query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toLongLong(), query.value(3).toLongLong(),
                        query.value(4).toLongLong(), query.value(5).toString(),
                        query.value(6).toString()};
}

Outcome<ResponseInfo> ResponseStore::startOrResume(qint64 pupilId, qint64 roundId,
                                                   const Instrument& instrument,
                                                   const QString& language)
{
    Transaction transaction(m_db);
    ResultStore results(m_db);
    const auto versionId = storedVersion(transaction, results, instrument);
    if (!versionId)
        return versionId.refusal;
    QSqlQuery query(m_db);
    execBound(
        query,
        QStringLiteral("SELECT id, status FROM response WHERE pupil_id = ? AND round_id = ? AND "
                       "instrument_version_id = ? AND status IN ('in_progress', 'completed') "
                       "ORDER BY status = 'completed' DESC, updated_at DESC LIMIT 1"),
        {pupilId, roundId, *versionId});
    if (query.next()) {
        if (query.value(1).toString() == QLatin1String("completed"))
            return Refusal::of(Refusal::Code::AlreadyCompleted);
        return response(query.value(0).toLongLong());
    }
    const QString now = isoUtc(m_clock.nowUtc());
    if (!execBound(
            query,
            QStringLiteral("INSERT INTO response (uuid, pupil_id, round_id, instrument_version_id, "
                           "status, language, "
                           "started_at, updated_at) VALUES (?, ?, ?, ?, 'in_progress', ?, ?, ?)"),
            {newUuid(), pupilId, roundId, *versionId, language, now, now}))
        return Refusal::databaseFailed(query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return response(id);
}

Outcome<Done> ResponseStore::saveAnswer(qint64 responseId, const QString& itemId, double value,
                                        const Instrument* instrument)
{
    const QString now = isoUtc(m_clock.nowUtc());
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral(
                "UPDATE response SET updated_at = ? WHERE id = ? AND status = 'in_progress'"),
            {now, responseId}))
        return Refusal::databaseFailed(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return notInProgress(responseId);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO response_answers (response_id, answers) "
                                  "VALUES (?, json_object(?, ?)) ON CONFLICT (response_id) DO "
                                  "UPDATE SET answers = json_patch(answers, excluded.answers)"),
                   {responseId, itemId, value}))
        return Refusal::databaseFailed(query.lastError().text());
    if (instrument) {
        const Outcome<Done> critical =
            CriticalAnswers(m_db).recordAnswer(responseId, *instrument, itemId, value, now);
        if (!critical)
            return critical;
    }
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

Outcome<Done> ResponseStore::discardAnswers(qint64 responseId, const QStringList& itemIds)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    // A null in a JSON merge patch removes the key.
    for (const QString& itemId : itemIds)
        if (!execBound(query,
                       QStringLiteral("UPDATE response_answers SET answers = "
                                      "json_patch(answers, json_object(?, NULL)) "
                                      "WHERE response_id = ?"),
                       {itemId, responseId}))
            return Refusal::databaseFailed(query.lastError().text());
    if (!execBound(query,
                   QStringLiteral("DELETE FROM response_answers WHERE response_id = ? AND "
                                  "answers = '{}'"),
                   {responseId}))
        return Refusal::databaseFailed(query.lastError().text());
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

Outcome<Done> ResponseStore::setLanguage(qint64 responseId, const QString& language)
{
    QSqlQuery query(m_db);
    if (!execBound(query, QStringLiteral("UPDATE response SET language = ? WHERE id = ?"),
                   {language, responseId}))
        return Refusal::databaseFailed(query.lastError().text());
    return Done{};
}

Answers ResponseStore::answers(qint64 responseId)
{
    Answers answers;
    QSqlQuery query(m_db);
    execBound(query,
              QStringLiteral("SELECT key, value FROM response_answers, json_each(answers) "
                             "WHERE response_id = ?"),
              {responseId});
    while (query.next())
        answers.insert(query.value(0).toString(), query.value(1).toDouble());
    return answers;
}

Outcome<ScoreResult> ResponseStore::complete(qint64 responseId, const Instrument& instrument)
{
    const auto info = response(responseId);
    if (!info || info->status != QLatin1String("in_progress"))
        return notInProgress(responseId);
    ResultStore results(m_db);
    const auto previous = results.previousResult(responseId, instrument);
    Transaction transaction(m_db);
    const Answers all = answers(responseId);
    const ScoreResult result =
        Scorer::score(instrument, all, info->language, previous ? &*previous : nullptr);
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("UPDATE response SET status = 'completed', completed_at = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   {now, now, responseId}))
        return Refusal::databaseFailed(query.lastError().text());
    if (const auto stored = results.storeResult(responseId, result, now); !stored)
        return stored.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return result;
}

Outcome<Done> ResponseStore::abandon(qint64 responseId)
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("UPDATE response SET status = 'abandoned', updated_at = ? "
                                  "WHERE id = ? AND status = 'in_progress'"),
                   {isoUtc(m_clock.nowUtc()), responseId}))
        return Refusal::databaseFailed(query.lastError().text());
    return Done{};
}

Outcome<Done> ResponseStore::discardIfUnanswered(qint64 responseId)
{
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral("DELETE FROM response WHERE id = ? AND status = 'in_progress' "
                           "AND NOT EXISTS (SELECT 1 FROM response_answers WHERE response_id = ?)"),
            {responseId, responseId}))
        return Refusal::databaseFailed(query.lastError().text());
    return Done{};
}

Outcome<std::pair<qint64, ScoreResult>>
ResponseStore::recordCompleted(qint64 pupilId, qint64 roundId, const Instrument& instrument,
                               const Answers& given, const QString& language)
{
    Transaction transaction(m_db);
    ResultStore results(m_db);
    const auto versionId = storedVersion(transaction, results, instrument);
    if (!versionId)
        return versionId.refusal;
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO response (uuid, pupil_id, round_id, "
                                  "instrument_version_id, status, language, "
                                  "started_at, updated_at, completed_at) VALUES (?, ?, ?, ?, "
                                  "'completed', ?, ?, ?, ?)"),
                   {newUuid(), pupilId, roundId, *versionId, language, now, now, now})) {
        const QString error = query.lastError().text();
        return error.contains(QLatin1String("UNIQUE"))
                   ? Refusal::of(Refusal::Code::AlreadyCompleted)
                   : Refusal::databaseFailed(error);
    }
    const qint64 responseId = query.lastInsertId().toLongLong();
    // Answers to hidden items are not kept, as in the kiosk.
    const Answers kept = instrument.effectiveAnswers(given);
    if (!kept.isEmpty() &&
        !execBound(
            query,
            QStringLiteral("INSERT INTO response_answers (response_id, answers) VALUES (?, ?)"),
            {responseId, QString::fromUtf8(storedAnswers(kept))}))
        return Refusal::databaseFailed(query.lastError().text());
    const auto previous = results.previousResult(responseId, instrument);
    const ScoreResult result =
        Scorer::score(instrument, kept, language, previous ? &*previous : nullptr);
    if (const auto stored = results.storeResult(responseId, result, now); !stored)
        return stored.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return std::make_pair(responseId, result);
}

} // namespace signaali::db
