#include "workspace/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace signaali::ui {

IdleLock::IdleLock(const Clock* clock, int timeoutSeconds, QObject* parent)
    : QObject(parent), m_clock(clock), m_timeoutSeconds(timeoutSeconds)
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    m_timer.start();
}

void IdleLock::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = seconds;
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    touch();
}

void IdleLock::touch()
{
    m_lastInput = m_clock->nowUtc();
}

void IdleLock::checkIdle()
{
    if (!m_armed || m_timeoutSeconds <= 0)
        return;
    if (m_lastInput.secsTo(m_clock->nowUtc()) >= m_timeoutSeconds) {
        m_armed = false;
        emit idle();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace signaali::ui
