#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/workspace/ClassOverview.h"

#include <QDate>
#include <QSqlDatabase>

namespace signaali::db {

// One answer as the pupil saw the item.
struct AnswerView
{
    QString itemId;
    QString itemText;   // from the stored definition, in the requested language
    double value = 0;   // the stored answer (option code or number)
    QString answerText; // the option's label, or the number with its unit
    QStringList domainIds;
    bool critical = false; // meets one of the instrument's critical rules
};

// One round in a pupil's history of an instrument.
struct HistoryPoint
{
    qint64 responseId = 0;
    qint64 roundId = 0;
    QString roundName;
    QDate date; // the round's start date, else the completion date
    QString completedAt;
    std::optional<double> total;
    QString level;
    QList<DomainView> domains; // aligned with ProfileInstrument::columns
};

// Everything about one instrument in a pupil's profile.
struct ProfileInstrument
{
    QString instrumentId;
    QString title;
    QList<OverviewColumn> columns; // the domains of the latest result's definition
    // The latest completed result:
    qint64 responseId = 0;
    QString roundName;
    QString completedAt;
    QString version;
    QString level;
    bool critical = false;
    QList<DomainView> domains;
    QList<FlagView> flags;
    QList<AnswerView> answers;
    // Every completed result, oldest round first, for charting.
    QList<HistoryPoint> history;
};

// A critical answer not yet handled that no latest result in the profile
// carries: its questionnaire is unfinished, the answer was changed before it
// was finished, or a later round's result took its place.
struct OpenCriticalAnswer
{
    qint64 responseId = 0;
    QString code; // critical.<item>
    QString reason;
    QString givenAt;
    QString roundName;
    QString instrumentId;
    bool unfinished = false; // the questionnaire is in progress or abandoned
};

struct PupilProfile
{
    qint64 pupilId = 0;
    QString pupilUuid;
    QString lastName;
    QString firstName;
    QDate dateOfBirth;
    QString gender;
    QString language;
    QString schoolName;
    QString className;
    QList<ProfileInstrument> instruments;   // by instrument id
    QList<OpenCriticalAnswer> openCritical; // oldest first
};

struct ProfileRequest
{
    QString pupil;                           // uuid or numeric id
    QString language = QStringLiteral("fi"); // of item, answer and domain texts
    QString instrumentId;                    // empty: every instrument the pupil has answered
};

// A pupil's results, answers and history (nurse of the pupil's school, or case
// team member the case is shared with). Audited (view.profile).
Outcome<PupilProfile> pupilProfile(QSqlDatabase& db, const SignedInUser& user,
                                   const ProfileRequest& request,
                                   const Clock& clock = Clock::system());

// A printed or saved summary of the profile is about to be made: allowed only
// while the user may still see the pupil (a share withdrawn since the profile
// was opened ends it), and logged (export.summary) before anything is written.
Outcome<Done> recordSummaryExport(QSqlDatabase& db, const SignedInUser& user, qint64 pupilId,
                                  const Clock& clock = Clock::system());

} // namespace signaali::db
