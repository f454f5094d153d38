#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>

namespace signaali::db {

// What became of a handled flag by the pupil's next completed result of the same
// instrument. Stable ids pending (no later result yet), resolved, persisted, worsened.
enum class FlagOutcome { Pending, Resolved, Persisted, Worsened };
QString flagOutcomeId(FlagOutcome outcome);

struct HandledFlagOutcome
{
    qint64 pupilId = 0;
    QString pupilUuid;
    QString lastName;
    QString firstName;
    qint64 responseId = 0;
    QString roundName;
    QString instrumentId;
    QString code;
    QString level; // the flag's
    QString reason;
    QString handledBy;
    QString handledAt;
    FlagOutcome outcome = FlagOutcome::Pending;
    qint64 nextResponseId = 0;
    QString nextRoundName;
    QString nextLevel; // the domain's (or for accumulation the overall) level next time
};

struct OutcomeRequest
{
    qint64 schoolId = 0; // 0: all the nurse's schools
    qint64 roundId = 0;  // 0: flags raised in any round
    qint64 pupilId = 0;  // 0: every pupil
};

// Domain flags (threshold, change) compare the domain's level next time with
// the flag's: lower is resolved, equal persisted, higher worsened (a new change
// flag on the domain is worsened too). A critical flag persists when the same
// critical answer is given again. Accumulation compares the overall level.
Outcome<QList<HandledFlagOutcome>> handledFlagOutcomes(QSqlDatabase& db, const SignedInUser& user,
                                                       const OutcomeRequest& request = {},
                                                       const Clock& clock = Clock::system());

} // namespace signaali::db
