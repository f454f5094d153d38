#pragma once

#include <QObject>

namespace signaali::ui {

// Tells the pages of one window that something they show has changed in
// another page (a follow-up recorded or corrected, a flag handled, a case
// shared), so that they can show it without being refreshed by hand.
class WorkspaceEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A bundle being written or merged holds the database in a transaction
    // while its progress dialog keeps the window painting: the window must not
    // lock (and close the database) until it has ended.
    void setBusy(bool busy)
    {
        m_busy = busy;
        if (!busy)
            emit busyEnded();
    }
    bool isBusy() const { return m_busy; }

signals:
    void caseChanged();
    void devicesChanged(); // a device trusted or revoked
    void busyEnded();

private:
    bool m_busy = false;
};

} // namespace signaali::ui
