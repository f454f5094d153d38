#pragma once

#include "db/access/SignedInUser.h"
#include "db/exchange/Bundles.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace signaali::ui {

class ConflictsPanel;

// Sending results to a trusted installation and receiving them from one, as
// signed, encrypted bundle files; for the nurse also the conflicts received
// bundles left. Offers only the kinds AccessRules allows; db/ checks each
// bundle again.
class TransferPage : public QWidget
{
    Q_OBJECT

public:
    explicit TransferPage(const WorkspaceContext& context, QWidget* parent = nullptr);

    // Whether the page has anything for this user (sending or receiving).
    static bool offered(const db::SignedInUser& user);

    // Sends what the form says to `path`; an existing file is replaced (the
    // save dialog asked). False with the refusal on the page when refused.
    bool send(const QString& path);
    // Checks and merges the bundle at `path`; the outcome is on the page.
    bool receive(const QString& path);
    // The file name the save dialog offers: signaali-<school>-<date>.bundle.
    QString suggestedFileName() const;

    QComboBox* deviceBox() const { return m_device; }
    QComboBox* kindBox() const { return m_kind; }
    QListWidget* schoolList() const { return m_schools; }
    QListWidget* roundList() const { return m_rounds; }
    ConflictsPanel* conflicts() const { return m_conflicts; }
    QString resultText() const;
    QString problem() const;

signals:
    void openProfile(qint64 pupilId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildSend();
    QWidget* buildReceive();
    void loadDevices();
    void loadChoices();
    void chooseSendFile();
    void chooseReceiveFile();
    QStringList checked(QListWidget* list) const;
    void showResult(const QString& text);
    void showProblem(const QString& text);

    const WorkspaceContext& m_context;
    QComboBox* m_device = nullptr;
    QComboBox* m_kind = nullptr;
    QListWidget* m_schools = nullptr;
    QListWidget* m_rounds = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_problem = nullptr;
    ConflictsPanel* m_conflicts = nullptr;
};

} // namespace signaali::ui
