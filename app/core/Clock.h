#pragma once

#include <QDateTime>

namespace signaali {

// The time source for everything time-dependent (timestamps, idle timeouts),
// injectable so tests can control it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
    static const Clock& system()
    {
        static const Clock clock;
        return clock;
    }
};

// A clock that only moves when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

// UTC ISO 8601 with milliseconds, the form timestamps are stored in.
inline QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace signaali
