#pragma once

#include <QSettings>
#include <algorithm>

namespace signaali::ui {

// The workspace's settings on this computer, with their defaults in one place.
class WorkspaceSettings
{
public:
    static constexpr int defaultAutoLockMinutes = 5;
    static constexpr int minimumAutoLockMinutes = 1;
    static constexpr int maximumAutoLockMinutes = 60;
    // A stored value out of range (edited by hand) cannot switch the lock off.
    int autoLockMinutes() const
    {
        bool ok = false;
        const int minutes =
            m_settings.value(QStringLiteral("workspace/autoLockMinutes"), defaultAutoLockMinutes)
                .toInt(&ok);
        return ok ? std::clamp(minutes, minimumAutoLockMinutes, maximumAutoLockMinutes)
                  : defaultAutoLockMinutes;
    }
    void setAutoLockMinutes(int minutes)
    {
        m_settings.setValue(QStringLiteral("workspace/autoLockMinutes"), minutes);
    }

private:
    QSettings m_settings;
};

} // namespace signaali::ui
