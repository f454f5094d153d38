// The Follow-up tab's corrections: one's own actions of the day can be
// corrected in the record form or removed (db/ keeps the earlier version).
#include "workspace/CasePanel.h"

#include "workspace/ProfileSummary.h"
#include "workspace/TableHelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace signaali::ui {

void CasePanel::updateChangeButtons()
{
    const int row = m_actionTable->currentRow();
    const bool changeable = row >= 0 && row < m_actions.size() && !m_correcting &&
                            db::CaseCorrections(m_context.db(), *m_context.clock)
                                .canChange(m_context.user, m_actions[row]);
    m_correct->setEnabled(changeable);
    m_remove->setEnabled(changeable);
}

bool CasePanel::startCorrection()
{
    const int row = m_actionTable->currentRow();
    if (row < 0 || row >= m_actions.size()) {
        showProblem(tr("Choose the action to correct."));
        return false;
    }
    const db::CaseAction& a = m_actions[row];
    if (!db::CaseCorrections(m_context.db(), *m_context.clock).canChange(m_context.user, a)) {
        showProblem(tr("Only your own actions of today can be corrected; record a new action "
                       "instead."));
        return false;
    }
    m_problem->clear();
    m_correcting = a.id;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(a.kind)));
    if (a.followUpOn.isValid())
        m_followUpOn->setDate(a.followUpOn);
    m_note->setText(a.note);
    m_record->setText(tr("Save the correction"));
    m_cancel->show();
    updateChangeButtons();
    m_kind->setFocus();
    return true;
}

void CasePanel::cancelCorrection()
{
    if (!m_correcting)
        return;
    m_correcting = 0;
    m_note->clear();
    m_record->setText(tr("Record"));
    m_cancel->hide();
    updateChangeButtons();
}

void CasePanel::saveCorrection()
{
    db::CaseActionCorrection correction;
    correction.actionId = m_correcting;
    correction.kind = static_cast<db::CaseActionKind>(m_kind->currentData().toInt());
    if (correction.kind == db::CaseActionKind::FollowUpBooked)
        correction.followUpOn = m_followUpOn->date();
    correction.note = m_note->text().trimmed();
    const auto done = db::CaseCorrections(m_context.db(), *m_context.clock)
                          .correctAction(m_context.user, correction);
    if (!done)
        return showProblem(done.error());
    m_problem->clear();
    cancelCorrection();
    refresh();
    announce();
}

bool CasePanel::removeSelected()
{
    const int row = m_actionTable->currentRow();
    if (row < 0 || row >= m_actions.size()) {
        showProblem(tr("Choose the action to remove."));
        return false;
    }
    const db::CaseAction action = m_actions[row];
    QMessageBox ask(QMessageBox::Question, tr("Remove the action"),
                    tr("Remove \"%1\" recorded %2? It stays in the case history.")
                        .arg(caseActionName(action.kind), displayTime(action.recordedAt)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("confirmRemove"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return false;
    const auto done = db::CaseCorrections(m_context.db(), *m_context.clock)
                          .removeAction(m_context.user, action.id);
    if (!done) {
        showProblem(done.error());
        return false;
    }
    m_problem->clear();
    refresh();
    announce();
    return true;
}

QString CasePanel::problem() const
{
    return m_problem->text();
}

} // namespace signaali::ui
