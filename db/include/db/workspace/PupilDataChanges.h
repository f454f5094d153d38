#pragma once

#include "core/Clock.h"
#include "core/Instrument.h"
#include "core/Roster.h"
#include "core/Scorer.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/admin/Organisation.h"
#include "db/workspace/ImportReport.h"

#include <QSqlDatabase>

namespace signaali::db {

// Changes to pupils' data made by a signed-in user. Each asks AccessRules first
// (see the table there) and writes its audit row in the same transaction as the
// change, so a change is never made without its row. Before set-up, nobody
// (a SignedInUser with id 0) may make them to fill a new database.

// A class list into `school`. A nurse imports into her own schools only; an
// admin into any, new ones too. Every pupil added or changed gets an audit row
// (change.roster_imported, with what changed: a move from another school says
// so). A dry run checks the same and logs nothing.
Outcome<ImportReport> importRosterAs(QSqlDatabase& db, const SignedInUser& user,
                                     const Roster& roster, const QString& school, bool dryRun,
                                     const Clock& clock = Clock::system());

// A new screening round (nurse, admin); logged as change.round_created.
Outcome<RoundInfo> createRoundAs(QSqlDatabase& db, const SignedInUser& user, const QString& name,
                                 const QDate& startsOn, const Clock& clock = Clock::system());

// A completed response entered for a pupil (nurse of the pupil's school), scored
// and stored; logged as change.answers_recorded.
struct RecordedResponse
{
    qint64 responseId = 0;
    ScoreResult result;
};
Outcome<RecordedResponse> recordCompletedAs(QSqlDatabase& db, const SignedInUser& user,
                                            qint64 pupilId, qint64 roundId,
                                            const Instrument& instrument, const Answers& answers,
                                            const QString& language,
                                            const Clock& clock = Clock::system());

// GDPR erasure of the pupil `key` (id or uuid) by the nurse of the pupil's
// school or an admin; logged as change.pupil_erased with the uuid only.
// Returns the erased pupil's uuid.
Outcome<QString> erasePupilAs(QSqlDatabase& db, const SignedInUser& user, const QString& key,
                              const Clock& clock = Clock::system());

} // namespace signaali::db
