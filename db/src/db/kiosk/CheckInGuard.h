#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"

#include <QSqlDatabase>
#include <optional>

namespace signaali::db {

// Counts wrong check-ins, per pupil and per kiosk (one class's screening
// round), and says how long check-in must wait or that it is locked until the
// nurse unlocks it. A classmate's birthday is one of 366 guesses: three free
// tries per pupil and a few waits leave a pupil who mistyped unharmed, and a
// guesser is stopped long before the odds are worth it. The counts are rows in
// the database, so closing and reopening the kiosk forgets nothing.
class CheckInGuard
{
public:
    struct State
    {
        bool locked = false;
        int waitSeconds = 0; // until the next attempt; 0 when one may be made now
    };

    // Wrong check-ins of one pupil allowed before the first wait, and the
    // failure at which that pupil's check-in locks.
    static constexpr int kPupilFree = 3;
    static constexpr int kPupilLockAt = 6;
    // The same for the kiosk as a whole, whoever was tried.
    static constexpr int kKioskFree = 5;
    static constexpr int kKioskLockAt = 15;

    CheckInGuard(QSqlDatabase& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The seconds to wait after `failures` wrong check-ins, or nullopt: locked.
    static std::optional<int> pupilWait(int failures);
    static std::optional<int> kioskWait(int failures);

    Outcome<State> kioskState(qint64 groupId, qint64 roundId);
    Outcome<State> pupilState(qint64 pupilId, qint64 roundId);
    // The stricter of the two; pupilId 0 for the kiosk alone.
    Outcome<State> state(qint64 groupId, qint64 roundId, qint64 pupilId);
    // One wrong attempt (no pupil for a wrong code), in the caller's transaction.
    Outcome<Done> recordFailure(qint64 nurseId, qint64 groupId, qint64 roundId,
                                std::optional<qint64> pupilId);
    // The pupil checked in: their own count starts again (the kiosk's does not,
    // or a guesser would check in as themselves between guesses).
    Outcome<Done> clearPupil(qint64 pupilId, qint64 roundId);
    // The nurse unlocked check-in: every count of the kiosk starts again.
    Outcome<Done> clearKiosk(qint64 groupId, qint64 roundId);

private:
    Outcome<State> stateOf(const QString& where, std::initializer_list<QVariant> values,
                           std::optional<int> (*wait)(int));

    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
