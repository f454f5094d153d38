#pragma once

#include "core/Instrument.h"
#include "db/Outcome.h"

#include <QSqlDatabase>

namespace signaali::db {

// A critical answer is kept apart from the result it may one day be scored
// into: the nurse must hear of it whether or not the questionnaire is
// finished, and whatever becomes of the response afterwards.
class CriticalAnswers
{
public:
    explicit CriticalAnswers(QSqlDatabase& db) : m_db(db) {}

    // Records the critical rules this answer meets (once per rule and
    // response); call inside the transaction that saves the answer.
    Outcome<Done> recordAnswer(qint64 responseId, const Instrument& instrument,
                               const QString& itemId, double value, const QString& now);
    // Records what the answers of every unfinished response (in progress or
    // abandoned) already meet:
    // run once when a database made before critical answers were kept is
    // migrated, so that nothing given before the update is lost on the way.
    Outcome<Done> recordResponsesInProgress(const QString& now);

private:
    Outcome<Done> record(qint64 responseId, const Instrument& instrument, const CriticalRule& rule,
                         double value, const QString& language, const QString& now);

    QSqlDatabase& m_db;
};

} // namespace signaali::db
