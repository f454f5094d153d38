#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace signaali::ui {

// Watches the application's keyboard and mouse input and says when the user has
// been away for the lock timeout, so identified data does not stay on an
// unattended screen. Time comes from an injectable clock; tests call checkIdle().
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(const Clock* clock, int timeoutSeconds, QObject* parent = nullptr);

    void setTimeoutSeconds(int seconds);
    int timeoutSeconds() const { return m_timeoutSeconds; }
    // Only an unlocked workspace is watched.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    void touch();
    void checkIdle();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock* m_clock;
    int m_timeoutSeconds;
    bool m_armed = false;
    QDateTime m_lastInput;
    QTimer m_timer;
};

} // namespace signaali::ui
