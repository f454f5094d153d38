#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace signaali::db {

// A pupil on the kiosk's check-in list and how far they are in this screening.
// No date of birth: the birthday is compared in KioskSession::checkIn, where
// wrong guesses are counted, never in the window.
struct KioskPupil
{
    enum class Status { NotStarted, InProgress, Completed };
    qint64 id = 0;
    QString uuid;        // for the audit log, which names pupils by uuid only
    QString displayName; // "Aino M." style: first name and initial, as shown on a shared screen
    QString fullName;
    QString language;
    Status status = Status::NotStarted;
    // A critical answer of this round that the nurse has not yet marked handled,
    // in any questionnaire, finished or not; its codes (critical.<item>).
    bool critical = false;
    QStringList criticalCodes;
};

} // namespace signaali::db
