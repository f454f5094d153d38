#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/workspace/CaseStore.h"

#include <QDate>
#include <QSqlDatabase>

namespace signaali::db {

// A correction of a recorded action: what it should have said.
struct CaseActionCorrection
{
    qint64 actionId = 0;
    CaseActionKind kind = CaseActionKind::TalkedWithPupil;
    QDate followUpOn; // as for a new action
    QString note;
};

// Correcting or removing a recorded action, by the one who recorded it, on the
// day it was recorded; each change is audited.
class CaseCorrections
{
public:
    explicit CaseCorrections(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // Corrects (kind, note, follow-up date) or removes an action: only the user who
    // recorded it, only on the day it was recorded (local date of the clock).
    // The version before the change is kept in case_action_revision; the audit log
    // names the action by uuid. A removed action is left out of actions() and
    // followUpsDue().
    Outcome<Done> correctAction(const SignedInUser& user, const CaseActionCorrection& correction);
    Outcome<Done> removeAction(const SignedInUser& user, qint64 actionId);
    // Whether correctAction/removeAction would accept this action now (for the window).
    bool canChange(const SignedInUser& user, const CaseAction& action) const;

private:
    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
