#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/workspace/PupilRecord.h"
#include "db/workspace/StoredResult.h"

#include <QSqlDatabase>

namespace signaali::db {

// The pupils of the nurse's schools (all of them, or the one named), with
// names. Every pupil listed is written to the audit log (view.pupil_list).
Outcome<QList<PupilRecord>> pupilsFor(QSqlDatabase& db, const SignedInUser& user,
                                      const QString& school = {},
                                      const Clock& clock = Clock::system());

// Stored results with pupils' names, limited to the nurse's schools. Every
// pupil included is written to the audit log (export.results).
Outcome<QList<StoredResult>> identifiedResults(QSqlDatabase& db, const SignedInUser& user,
                                               const QString& round, const QString& school,
                                               const Clock& clock = Clock::system());
// The same without names (pupil uuids): still a pupil's health data, with
// school, class and time, so the same rules and logging apply.
Outcome<QList<StoredResult>> pseudonymisedResults(QSqlDatabase& db, const SignedInUser& user,
                                                  const QString& round, const QString& school,
                                                  const Clock& clock = Clock::system());

// A pupil's printable one-time check-in code.
struct PupilCode
{
    qint64 pupilId = 0;
    QString pupilUuid;
    QString fullName;
    QString code;
};

// The one-time check-in codes of a class for a round, made where missing, with
// the pupils' names for printing (nurse of the class's school). Every pupil
// listed is written to the audit log (export.checkin_codes).
Outcome<QList<PupilCode>> checkInCodesFor(QSqlDatabase& db, const SignedInUser& user,
                                          qint64 groupId, qint64 roundId,
                                          const Clock& clock = Clock::system());

} // namespace signaali::db
