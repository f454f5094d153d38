#pragma once

#include <QSettings>

namespace signaali::ui {

// The workspace's settings on this computer, with their defaults in one place.
class WorkspaceSettings
{
public:
    static constexpr int defaultAutoLockMinutes = 5;
    int autoLockMinutes() const
    {
        return m_settings.value(QStringLiteral("workspace/autoLockMinutes"), defaultAutoLockMinutes)
            .toInt();
    }
    void setAutoLockMinutes(int minutes)
    {
        m_settings.setValue(QStringLiteral("workspace/autoLockMinutes"), minutes);
    }

private:
    QSettings m_settings;
};

} // namespace signaali::ui
