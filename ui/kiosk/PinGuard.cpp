#include "kiosk/PinGuard.h"

#include "core/Secret.h"

#include <algorithm>

namespace signaali::ui {

int PinGuard::secondsLocked() const
{
    if (m_lockedUntil.isNull())
        return 0;
    const qint64 ms = m_clock->nowUtc().msecsTo(m_lockedUntil);
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

PinGuard::Outcome PinGuard::check(const QString& pin)
{
    if (secondsLocked() > 0)
        return Outcome::Refused;
    if (Secret::verify(pin, m_hash)) {
        m_failures = 0;
        m_lockedUntil = {};
        return Outcome::Right;
    }
    ++m_failures;
    // 30 seconds after the third wrong PIN, doubling with each further one, at most
    // five minutes: enough to stop guessing, short enough for a nurse who mistyped.
    if (m_failures >= freeAttempts) {
        const int doublings = std::min(m_failures - freeAttempts, 4);
        const int seconds = std::min(30 << doublings, 300);
        m_lockedUntil = m_clock->nowUtc().addSecs(seconds);
        return Outcome::Refused;
    }
    return Outcome::Wrong;
}

QString PinGuard::message(Outcome outcome) const
{
    if (const int seconds = secondsLocked(); seconds > 0)
        return tr("Wrong PIN too many times. The PIN can be tried again in %n second(s).", nullptr,
                  seconds);
    if (outcome == Outcome::Wrong)
        return tr("Wrong PIN. Try again.");
    return {};
}

} // namespace signaali::ui
