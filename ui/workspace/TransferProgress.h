#pragma once

#include "db/exchange/Bundles.h"

#include <QElapsedTimer>
#include <QProgressDialog>

namespace signaali::ui {

class WorkspaceEvents;

// The progress of a bundle being written or read, fed by db/'s BundleProgress.
// The work stays on the GUI thread, on its connection: the dialog (modal to the
// window, shown only when the work takes a while) paints between records, and
// while it lives the window is busy and does not lock (WorkspaceEvents).
class TransferProgress
{
public:
    TransferProgress(const QString& label, WorkspaceEvents* events, QWidget* parent);
    ~TransferProgress();
    TransferProgress(const TransferProgress&) = delete;
    TransferProgress& operator=(const TransferProgress&) = delete;

    db::BundleProgress callback();
    // Closes the dialog and ends the busy state (a deferred lock then happens).
    void finish();

private:
    void update(qint64 done, qint64 total);

    QProgressDialog m_dialog;
    QString m_label;
    WorkspaceEvents* m_events;
    QElapsedTimer m_sinceUpdate;
    bool m_finished = false;
};

} // namespace signaali::ui
