#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QDate>
#include <QSqlDatabase>

namespace signaali::db {

struct PupilMatch
{
    qint64 pupilId = 0;
    QString pupilUuid;
    QString lastName;
    QString firstName;
    QDate dateOfBirth;
    QString schoolName;
    QString className;
};

// The pupils of the nurse's schools whose name matches `text`: every word of
// it begins a part of the first or last name, case and accents as typed aside
// ("aino vir" finds Aino Virtanen). At least two letters; at most `limit`
// matches, by name. Every pupil shown is written to the audit log
// (view.pupil_list); the searched text is not, it is a name.
Outcome<QList<PupilMatch>> searchPupils(QSqlDatabase& db, const SignedInUser& user,
                                        const QString& text, int limit = 50,
                                        const Clock& clock = Clock::system());

} // namespace signaali::db
