#pragma once

#include "db/exchange/Devices.h"
#include "workspace/WorkspaceContext.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace signaali::ui {

// Trusting another installation from its device file. The file's fingerprint
// is shown large, and the administrator types the fingerprint the other
// installation shows on its own screen (read aloud, on the phone): a file
// swapped or changed on the way then does not match and is not trusted.
class TrustDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    // `file` names the file in messages; `text` is its content, `line` its device line.
    TrustDeviceDialog(const WorkspaceContext& context, const QString& file, const QString& text,
                      const DeviceLine& line, QWidget* parent = nullptr);

    QLineEdit* typedFingerprint() const { return m_typed; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* trustButton() const { return m_trust; }
    QString problem() const;
    // Set once the device is trusted (and the dialog accepted).
    const std::optional<db::TrustedDevice>& trusted() const { return m_trusted; }

private:
    void tryTrust();
    void showProblem(const QString& text);

    const WorkspaceContext& m_context;
    QString m_file;
    QString m_text;
    DeviceLine m_line;
    QLineEdit* m_typed = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_trust = nullptr;
    QLabel* m_problem = nullptr;
    std::optional<db::TrustedDevice> m_trusted;
};

} // namespace signaali::ui
