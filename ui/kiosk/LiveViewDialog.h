#pragma once

#include "kiosk/CheckInCodeSheet.h"

#include <QDialog>
#include <optional>

class QLabel;
class QTableWidget;

namespace signaali::ui {

class KioskFlow;

// The nurse's live list of the session, opened with her PIN while the kiosk
// keeps running: who has completed, who is answering, who has not started,
// and any critical alerts.
class LiveViewDialog : public QDialog
{
    Q_OBJECT

public:
    LiveViewDialog(KioskFlow* flow, QWidget* parent = nullptr);
    void refresh();
    // Writes the class's one-time check-in codes as a printable PDF.
    bool saveCodeSheet(const QString& path, QString* error);
    // The class's code sheet, read as the nurse (audited); none with `error` when refused.
    std::optional<CheckInCodeSheet> codeSheet(QString* error);
    QTableWidget* table() const { return m_table; }
    QLabel* alerts() const { return m_alerts; }

private:
    void askAndSaveCodeSheet();
    KioskFlow* m_flow;
    QLabel* m_summary = nullptr;
    QLabel* m_alerts = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace signaali::ui
