#pragma once

#include <QSettings>
#include <QStringList>
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

    // The user interface language chosen in the window: fi (the default), sv or en.
    QString language() const
    {
        const QString language =
            m_settings.value(QStringLiteral("workspace/language"), QStringLiteral("fi")).toString();
        return QStringList{QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}
                       .contains(language)
                   ? language
                   : QStringLiteral("fi");
    }
    void setLanguage(const QString& language)
    {
        m_settings.setValue(QStringLiteral("workspace/language"), language);
    }

private:
    QSettings m_settings;
};

} // namespace signaali::ui
