#pragma once

#include "core/Clock.h"
#include "core/Instrument.h"
#include "core/ScoreResult.h"
#include "db/Outcome.h"

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
    // Refused (BadInput) when the pupil has already completed it.
    Outcome<ResponseInfo> startOrResume(qint64 pupilId, qint64 roundId,
                                        const Instrument& instrument, const QString& language);
    Outcome<ResponseInfo> response(qint64 responseId);

    // Commits one answer (durable when this returns Done). With the instrument,
    // a critical answer is recorded for the nurse in the same commit.
    Outcome<Done> saveAnswer(qint64 responseId, const QString& itemId, double value,
                             const Instrument* instrument = nullptr);
    // Removes answers, e.g. to items that became hidden.
    Outcome<Done> discardAnswers(qint64 responseId, const QStringList& itemIds);
    Outcome<Done> setLanguage(qint64 responseId, const QString& language);
    Answers answers(qint64 responseId);

    // Scores the answers and stores the result and the completion in one transaction.
    Outcome<ScoreResult> complete(qint64 responseId, const Instrument& instrument);
    Outcome<Done> abandon(qint64 responseId);
    // Removes a response in progress that has no answer yet (checked in by
    // mistake: nothing of it is kept). Done also when there was nothing to remove.
    Outcome<Done> discardIfUnanswered(qint64 responseId);

    // Stores a whole completed questionnaire at once (import, signaali-cli record).
    Outcome<std::pair<qint64, ScoreResult>> recordCompleted(qint64 pupilId, qint64 roundId,
                                                            const Instrument& instrument,
                                                            const Answers& answers,
                                                            const QString& language);

private:
    // The instrument's stored version id, inside an open transaction.
    Outcome<qint64> storedVersion(const class Transaction& transaction, class ResultStore& results,
                                  const Instrument& instrument);
    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
