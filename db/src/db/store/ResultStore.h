#pragma once

#include "core/Instrument.h"
#include "core/ScoreResult.h"
#include "db/Outcome.h"

#include <QSqlDatabase>
#include <optional>

namespace signaali::db {

// Instrument definitions stored with the data, and the results scored from answers.
class ResultStore
{
public:
    explicit ResultStore(QSqlDatabase& db) : m_db(db) {}

    // The id of this instrument version, storing its definition the first time.
    Outcome<qint64> instrumentVersionId(const Instrument& instrument);
    // The instrument as stored with the data (what the results were scored with).
    Outcome<Instrument> storedInstrument(qint64 instrumentVersionId);

    // Replaces the stored result of a response; call inside a transaction.
    Outcome<Done> storeResult(qint64 responseId, const ScoreResult& result,
                              const QString& scoredAt);
    // The result as stored (for display and export).
    std::optional<ScoreResult> storedResult(qint64 responseId);
    // The pupil's latest completed result for the same instrument before `responseId`,
    // scored with `instrument`, for the change rule.
    std::optional<ScoreResult> previousResult(qint64 responseId, const Instrument& instrument);
    // Scores a response again from its answers and the stored definition, and stores it.
    Outcome<Done> rescore(qint64 responseId, const QString& scoredAt);

private:
    QSqlDatabase& m_db;
};

} // namespace signaali::db
