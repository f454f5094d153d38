#pragma once

#include "core/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace signaali::ui {

// Checks the nurse's kiosk PIN against its hash and slows guessing down: after
// a few wrong PINs it refuses every PIN for a while, timed on the given clock
// (never by blocking the window).
class PinGuard
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::PinGuard)

public:
    enum class Outcome { Right, Wrong, Refused };
    // Wrong PINs allowed before the first wait.
    static constexpr int freeAttempts = 3;

    PinGuard(QString secretHash, const Clock& clock)
        : m_hash(std::move(secretHash)), m_clock(&clock)
    {
    }

    // Whole seconds until a PIN is tried again; 0 when it may be tried now.
    int secondsLocked() const;
    // Refused without looking at the PIN while locked.
    Outcome check(const QString& pin);
    // What to tell the nurse after `outcome`, or while locked; empty when all is well.
    QString message(Outcome outcome) const;

private:
    QString m_hash;
    const Clock* m_clock;
    int m_failures = 0;
    QDateTime m_lockedUntil;
};

} // namespace signaali::ui
