#pragma once

#include "db/exchange/Devices.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace signaali::ui {

class TrustDeviceDialog;

// This installation's device identity, for another installation to trust it
// (its fingerprint large, to be read aloud), and the installations this one
// trusts. An administrator (ManageDevices) trusts and revokes them here; db/
// checks again.
class DevicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesPage(const WorkspaceContext& context, QWidget* parent = nullptr);

    void reload();
    const std::optional<DeviceLine>& ownLine() const { return m_own; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QTableWidget* deviceTable() const { return m_table; }
    QString problem() const;
    QString message() const;

    // Writes the device line and its fingerprint to `path` (the save dialog
    // asked before replacing a file).
    bool saveDeviceLine(const QString& path);
    // Reads the device file at `path` and opens the dialog that trusts it, not
    // waiting for it; nothing when the file is not a device file (the page says why).
    TrustDeviceDialog* startTrust(const QString& path);
    // Revokes the selected device after asking.
    void revokeSelected();

private:
    void copyLine();
    void chooseSaveFile();
    void chooseTrustFile();
    void announceChange();
    void showProblem(const QString& text);
    void showMessage(const QString& text);

    const WorkspaceContext& m_context;
    std::optional<DeviceLine> m_own;
    QList<db::TrustedDevice> m_devices;
    QLabel* m_name = nullptr;
    QLabel* m_fingerprint = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace signaali::ui
