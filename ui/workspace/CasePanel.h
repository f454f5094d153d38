#pragma once

#include "db/workspace/CaseCorrections.h"
#include "db/workspace/CaseShares.h"
#include "db/workspace/CaseStore.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace signaali::ui {

// A pupil's case follow-up: what has been done (and recording more), the
// outcome of handled flags after the next round, and sharing the case with a
// case team member with the consent recorded.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    CasePanel(const WorkspaceContext& context, qint64 pupilId, QWidget* parent = nullptr);
    void refresh();
    // Gets the record form ready for an action about this result (0: none).
    void prepareAction(qint64 responseId);
    // Loads the selected action into the form for correcting; false when it
    // cannot be changed (someone else's, or not recorded today).
    bool startCorrection();
    // Removes the selected action after asking; false when cancelled or refused.
    bool removeSelected();
    bool isCorrecting() const { return m_correcting != 0; }
    QString problem() const;
    const QList<db::CaseAction>& actions() const { return m_actions; }
    const QList<db::CaseShare>& shares() const { return m_shares; }
    QTableWidget* actionTable() const { return m_actionTable; }
    QTableWidget* shareTable() const { return m_shareTable; }

private:
    QWidget* makeRecordForm();
    QWidget* makeShareForm();
    void record();
    void saveCorrection();
    void cancelCorrection();
    void updateChangeButtons();
    void announce();
    void share();
    void withdrawSelected();
    void showProblem(const QString& text);

    const WorkspaceContext& m_context;
    qint64 m_pupilId;
    QList<db::CaseAction> m_actions;
    QList<db::CaseShare> m_shares;
    QLabel* m_problem = nullptr;
    QTableWidget* m_actionTable = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_followUpOn = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_cancel = nullptr;
    qint64 m_correcting = 0; // the action being corrected
    qint64 m_responseId = 0; // the result the next action is about
    QTableWidget* m_outcomeTable = nullptr;
    QTableWidget* m_shareTable = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_consentFrom = nullptr;
    QDateEdit* m_consentOn = nullptr;
};

} // namespace signaali::ui
