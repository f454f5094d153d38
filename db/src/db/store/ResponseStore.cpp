#include "db/store/ResponseStore.h"

#include "core/Scorer.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/store/CriticalAnswers.h"
#include "db/store/ResultStore.h"

#include <QSqlError>

namespace signaali::db {

bool ResponseStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<qint64> ResponseStore::storedVersion(const Transaction& transaction,
                                                   ResultStore& results,
                                                   const Instrument& instrument)
{
    if (!transaction.isActive()) {
        fail(transaction.error());
        return std::nullopt;
    }
    const auto versionId = results.instrumentVersionId(instrument);
    if (!versionId)
        fail(results.lastError());
    return versionId;
}

std::optional<ResponseInfo> ResponseStore::response(qint64 responseId)
{
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral(
                "SELECT id, uuid, pupil_id, round_id, instrument_version_id, status, language "
                "FROM response WHERE id = ?"),
            {responseId}) ||
        !query.next())
        return std::nullopt;
    return ResponseInfo{query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toLongLong(), query.value(3).toLongLong(),
                        query.value(4).toLongLong(), query.value(5).toString(),
                        query.value(6).toString()};
}

std::optional<ResponseInfo> ResponseStore::startOrResume(qint64 pupilId, qint64 roundId,
                                                         const Instrument& instrument,
                                                         const QString& language)
{
    Transaction transaction(m_db);
    ResultStore results(m_db);
    const auto versionId = storedVersion(transaction, results, instrument);
    if (!versionId)
        return std::nullopt;
    QSqlQuery query(m_db);
    execBound(
        query,
        QStringLiteral("SELECT id, status FROM response WHERE pupil_id = ? AND round_id = ? AND "
                       "instrument_version_id = ? AND status IN ('in_progress', 'completed') "
                       "ORDER BY status = 'completed' DESC, updated_at DESC LIMIT 1"),
        {pupilId, roundId, *versionId});
    if (query.next()) {
        if (query.value(1).toString() == QLatin1String("completed")) {
            fail(QStringLiteral("the pupil has already completed this screening"));
            return std::nullopt;
        }
        return response(query.value(0).toLongLong());
    }
    const QString now = isoUtc(m_clock.nowUtc());
    if (!execBound(
            query,
            QStringLiteral("INSERT INTO response (uuid, pupil_id, round_id, instrument_version_id, "
                           "status, language, "
                           "started_at, updated_at) VALUES (?, ?, ?, ?, 'in_progress', ?, ?, ?)"),
            {newUuid(), pupilId, roundId, *versionId, language, now, now})) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        fail(transaction.error());
        return std::nullopt;
    }
    return response(id);
}

bool ResponseStore::saveAnswer(qint64 responseId, const QString& itemId, double value,
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
        return fail(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(QStringLiteral("response %1 is not in progress").arg(responseId));
    if (!execBound(query,
                   QStringLiteral(
                       "INSERT INTO answer (response_id, item_id, value) VALUES (?, ?, ?) "
                       "ON CONFLICT (response_id, item_id) DO UPDATE SET value = excluded.value"),
                   {responseId, itemId, value}))
        return fail(query.lastError().text());
    if (instrument) {
        CriticalAnswers critical(m_db);
        if (!critical.recordAnswer(responseId, *instrument, itemId, value, now))
            return fail(critical.lastError());
    }
    return transaction.commit() || fail(transaction.error());
}

bool ResponseStore::discardAnswers(qint64 responseId, const QStringList& itemIds)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    for (const QString& itemId : itemIds)
        if (!execBound(query,
                       QStringLiteral("DELETE FROM answer WHERE response_id = ? AND item_id = ?"),
                       {responseId, itemId}))
            return fail(query.lastError().text());
    return transaction.commit() || fail(transaction.error());
}

bool ResponseStore::setLanguage(qint64 responseId, const QString& language)
{
    QSqlQuery query(m_db);
    return execBound(query, QStringLiteral("UPDATE response SET language = ? WHERE id = ?"),
                     {language, responseId}) ||
           fail(query.lastError().text());
}

Answers ResponseStore::answers(qint64 responseId)
{
    Answers answers;
    QSqlQuery query(m_db);
    execBound(query, QStringLiteral("SELECT item_id, value FROM answer WHERE response_id = ?"),
              {responseId});
    while (query.next())
        answers.insert(query.value(0).toString(), query.value(1).toDouble());
    return answers;
}

std::optional<ScoreResult> ResponseStore::complete(qint64 responseId, const Instrument& instrument)
{
    const auto info = response(responseId);
    if (!info || info->status != QLatin1String("in_progress")) {
        fail(QStringLiteral("response %1 is not in progress").arg(responseId));
        return std::nullopt;
    }
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
                   {now, now, responseId})) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!results.storeResult(responseId, result, now) || !transaction.commit()) {
        fail(results.lastError().isEmpty() ? transaction.error() : results.lastError());
        return std::nullopt;
    }
    return result;
}

bool ResponseStore::abandon(qint64 responseId)
{
    QSqlQuery query(m_db);
    return execBound(query,
                     QStringLiteral("UPDATE response SET status = 'abandoned', updated_at = ? "
                                    "WHERE id = ? AND status = "
                                    "'in_progress'"),
                     {isoUtc(m_clock.nowUtc()), responseId}) ||
           fail(query.lastError().text());
}

bool ResponseStore::discardIfUnanswered(qint64 responseId)
{
    QSqlQuery query(m_db);
    return execBound(query,
                     QStringLiteral("DELETE FROM response WHERE id = ? AND status = 'in_progress' "
                                    "AND NOT EXISTS (SELECT 1 FROM answer WHERE response_id = ?)"),
                     {responseId, responseId}) ||
           fail(query.lastError().text());
}

std::optional<std::pair<qint64, ScoreResult>>
ResponseStore::recordCompleted(qint64 pupilId, qint64 roundId, const Instrument& instrument,
                               const Answers& given, const QString& language)
{
    Transaction transaction(m_db);
    ResultStore results(m_db);
    const auto versionId = storedVersion(transaction, results, instrument);
    if (!versionId)
        return std::nullopt;
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO response (uuid, pupil_id, round_id, "
                                  "instrument_version_id, status, language, "
                                  "started_at, updated_at, completed_at) VALUES (?, ?, ?, ?, "
                                  "'completed', ?, ?, ?, ?)"),
                   {newUuid(), pupilId, roundId, *versionId, language, now, now, now})) {
        const QString error = query.lastError().text();
        fail(error.contains(QLatin1String("UNIQUE"))
                 ? QStringLiteral("the pupil has already completed this screening")
                 : error);
        return std::nullopt;
    }
    const qint64 responseId = query.lastInsertId().toLongLong();
    // Answers to hidden items are not kept, as in the kiosk.
    const Answers kept = instrument.effectiveAnswers(given);
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it)
        if (!execBound(
                query,
                QStringLiteral("INSERT INTO answer (response_id, item_id, value) VALUES (?, ?, ?)"),
                {responseId, it.key(), it.value()})) {
            fail(query.lastError().text());
            return std::nullopt;
        }
    const auto previous = results.previousResult(responseId, instrument);
    const ScoreResult result =
        Scorer::score(instrument, kept, language, previous ? &*previous : nullptr);
    if (!results.storeResult(responseId, result, now) || !transaction.commit()) {
        fail(results.lastError().isEmpty() ? transaction.error() : results.lastError());
        return std::nullopt;
    }
    return std::make_pair(responseId, result);
}

} // namespace signaali::db
