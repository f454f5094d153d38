#pragma once

#include "core/Clock.h"
#include "core/Instrument.h"
#include "core/ScoreResult.h"

#include <QSqlDatabase>
#include <optional>

namespace signaali::db {

class ResultStore;
class Transaction;

struct ResponseInfo
{
    qint64 id = 0;
    QString uuid;
    qint64 pupilId = 0;
    qint64 roundId = 0;
    qint64 instrumentVersionId = 0;
    QString status; // in_progress, completed, abandoned
    QString language;
};

// Responses and their answers. Every answer is committed as it is given, so a
// response in progress survives a crash and resumes where it stopped; the result
// is stored in the same transaction as the completion.
class ResponseStore
{
public:
    explicit ResponseStore(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // The pupil's response in progress for this round and instrument, or a new one.
    // Refuses (empty, with lastError) when the pupil has already completed it.
    std::optional<ResponseInfo> startOrResume(qint64 pupilId, qint64 roundId,
                                              const Instrument& instrument,
                                              const QString& language);
    std::optional<ResponseInfo> response(qint64 responseId);

    // Commits one answer (durable when this returns true). With the instrument,
    // a critical answer is recorded for the nurse in the same commit.
    bool saveAnswer(qint64 responseId, const QString& itemId, double value,
                    const Instrument* instrument = nullptr);
    // Removes answers, e.g. to items that became hidden.
    bool discardAnswers(qint64 responseId, const QStringList& itemIds);
    bool setLanguage(qint64 responseId, const QString& language);
    Answers answers(qint64 responseId);

    // Scores the answers and stores the result and the completion in one transaction.
    std::optional<ScoreResult> complete(qint64 responseId, const Instrument& instrument);
    bool abandon(qint64 responseId);
    // Removes a response in progress that has no answer yet (checked in by
    // mistake: nothing of it is kept). True also when there was nothing to remove.
    bool discardIfUnanswered(qint64 responseId);

    // Stores a whole completed questionnaire at once (import, signaali-cli record).
    std::optional<std::pair<qint64, ScoreResult>> recordCompleted(qint64 pupilId, qint64 roundId,
                                                                  const Instrument& instrument,
                                                                  const Answers& answers,
                                                                  const QString& language);

    QString lastError() const { return m_error; }

private:
    bool fail(const QString& message);
    // The instrument's stored version id, inside an open transaction.
    std::optional<qint64> storedVersion(const class Transaction& transaction,
                                        class ResultStore& results, const Instrument& instrument);
    QSqlDatabase& m_db;
    const Clock& m_clock;
    QString m_error;
};

} // namespace signaali::db
