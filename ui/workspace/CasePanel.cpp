#include "workspace/CasePanel.h"

#include "db/access/AccessRules.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/Colleagues.h"
#include "db/workspace/FlagOutcomes.h"
#include "workspace/DateText.h"
#include "workspace/LevelStyle.h"
#include "workspace/ProfileSummary.h"
#include "workspace/TableHelpers.h"
#include "workspace/WorkspaceEvents.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
QString outcomeName(db::FlagOutcome outcome)
{
    switch (outcome) {
    case db::FlagOutcome::Pending:
        return CasePanel::tr("no later result yet");
    case db::FlagOutcome::Resolved:
        return CasePanel::tr("resolved");
    case db::FlagOutcome::Persisted:
        return CasePanel::tr("persisted");
    case db::FlagOutcome::Worsened:
        return CasePanel::tr("worsened");
    }
    return {};
}

QString outcomeLevel(db::FlagOutcome outcome)
{
    switch (outcome) {
    case db::FlagOutcome::Resolved:
        return QStringLiteral("ok");
    case db::FlagOutcome::Persisted:
        return QStringLiteral("watch");
    case db::FlagOutcome::Worsened:
        return QStringLiteral("concern");
    case db::FlagOutcome::Pending:
        break;
    }
    return {};
}
} // namespace

CasePanel::CasePanel(const WorkspaceContext& context, qint64 pupilId, QWidget* parent)
    : QWidget(parent), m_context(context), m_pupilId(pupilId)
{
    setObjectName(QStringLiteral("casePanel"));
    auto* layout = new QVBoxLayout(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("caseProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_problem->setWordWrap(true);
    m_actionTable = makeListTable(QStringLiteral("caseActions"),
                                  {tr("Recorded"), tr("What"), tr("Date"), tr("By"), tr("Note")},
                                  tr("What has been done"), this);
    m_outcomeTable = makeListTable(QStringLiteral("flagOutcomes"),
                                   {tr("Outcome"), tr("Next round"), tr("Handled"), tr("Flag")},
                                   tr("What became of handled flags by the next screening"), this);
    m_outcomeTable->setMaximumHeight(140);
    auto* changeRow = new QHBoxLayout;
    m_correct = new QPushButton(tr("Correct…"), this);
    m_correct->setObjectName(QStringLiteral("correctAction"));
    m_correct->setToolTip(tr("Your own actions can be corrected on the day you recorded them."));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setToolTip(m_correct->toolTip());
    changeRow->addWidget(m_correct);
    changeRow->addWidget(m_remove);
    changeRow->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_actionTable, 1);
    layout->addLayout(changeRow);
    layout->addWidget(makeRecordForm());
    layout->addWidget(new QLabel(tr("Handled flags after the next screening:"), this));
    layout->addWidget(m_outcomeTable);
    if (db::AccessRules::allows(m_context.user, db::Permission::ShareCase))
        layout->addWidget(makeShareForm());
    connect(m_correct, &QPushButton::clicked, this, &CasePanel::startCorrection);
    connect(m_remove, &QPushButton::clicked, this, &CasePanel::removeSelected);
    connect(m_actionTable, &QTableWidget::itemSelectionChanged, this,
            &CasePanel::updateChangeButtons);
    refresh();
}

QWidget* CasePanel::makeRecordForm()
{
    auto* box = new QGroupBox(tr("Record what was done"), this);
    auto* row = new QHBoxLayout(box);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("actionKind"));
    m_kind->setAccessibleName(tr("What was done"));
    for (db::CaseActionKind kind : db::allCaseActionKinds())
        m_kind->addItem(caseActionName(kind), static_cast<int>(kind));
    m_followUpOn = new QDateEdit(m_context.today().addDays(14), box);
    m_followUpOn->setObjectName(QStringLiteral("followUpOn"));
    m_followUpOn->setAccessibleName(tr("Date of the follow-up visit"));
    m_followUpOn->setCalendarPopup(true);
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("actionNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_record = new QPushButton(tr("Record"), box);
    m_record->setObjectName(QStringLiteral("recordAction"));
    m_cancel = new QPushButton(tr("Cancel the correction"), box);
    m_cancel->setObjectName(QStringLiteral("cancelCorrection"));
    m_cancel->hide();
    row->addWidget(m_kind);
    row->addWidget(m_followUpOn);
    row->addWidget(m_note, 1);
    row->addWidget(m_record);
    row->addWidget(m_cancel);
    const auto updateDate = [this] {
        m_followUpOn->setEnabled(m_kind->currentData().toInt() ==
                                 static_cast<int>(db::CaseActionKind::FollowUpBooked));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateDate);
    updateDate();
    connect(m_record, &QPushButton::clicked, this, &CasePanel::record);
    connect(m_cancel, &QPushButton::clicked, this, &CasePanel::cancelCorrection);
    return box;
}

QWidget* CasePanel::makeShareForm()
{
    auto* box = new QGroupBox(tr("Shared with the case team"), this);
    auto* layout = new QVBoxLayout(box);
    m_shareTable = makeListTable(
        QStringLiteral("caseShares"),
        {tr("Member"), tr("Consent from"), tr("Consent date"), tr("Shared"), tr("Withdrawn")},
        tr("Case team members this case is shared with"), box);
    m_shareTable->setMaximumHeight(120);
    auto* row = new QHBoxLayout;
    m_member = new QComboBox(box);
    m_member->setObjectName(QStringLiteral("shareMember"));
    m_member->setAccessibleName(tr("Case team member"));
    const auto members = db::caseTeamMembers(m_context.db(), m_context.user);
    if (members)
        for (const db::Colleague& member : *members)
            m_member->addItem(member.displayName, member.id);
    m_consentFrom = new QComboBox(box);
    m_consentFrom->setObjectName(QStringLiteral("consentFrom"));
    m_consentFrom->setAccessibleName(tr("Whose consent"));
    m_consentFrom->addItem(tr("Consent from the guardian"),
                           static_cast<int>(db::ConsentFrom::Guardian));
    m_consentFrom->addItem(tr("Consent from the pupil"), static_cast<int>(db::ConsentFrom::Pupil));
    m_consentOn = new QDateEdit(m_context.today(), box);
    m_consentOn->setObjectName(QStringLiteral("consentOn"));
    m_consentOn->setAccessibleName(tr("Date of the consent"));
    m_consentOn->setCalendarPopup(true);
    auto* shareButton = new QPushButton(tr("Share"), box);
    shareButton->setObjectName(QStringLiteral("share"));
    auto* withdraw = new QPushButton(tr("Withdraw the share"), box);
    withdraw->setObjectName(QStringLiteral("withdrawShare"));
    row->addWidget(m_member, 1);
    row->addWidget(m_consentFrom);
    row->addWidget(m_consentOn);
    row->addWidget(shareButton);
    row->addWidget(withdraw);
    layout->addWidget(m_shareTable);
    layout->addLayout(row);
    connect(shareButton, &QPushButton::clicked, this, &CasePanel::share);
    connect(withdraw, &QPushButton::clicked, this, &CasePanel::withdrawSelected);
    return box;
}

void CasePanel::refresh()
{
    db::CaseStore store(m_context.db(), *m_context.clock);
    const auto actions = store.actions(m_context.user, m_pupilId);
    m_actions = actions ? *actions : QList<db::CaseAction>();
    m_actionTable->setRowCount(static_cast<int>(m_actions.size()));
    for (int row = 0; row < m_actions.size(); ++row) {
        const db::CaseAction& a = m_actions[row];
        m_actionTable->setItem(row, 0, new QTableWidgetItem(displayTime(a.recordedAt)));
        m_actionTable->setItem(
            row, 1,
            new QTableWidgetItem(a.revisions > 0 ? tr("%1 (corrected)").arg(caseActionName(a.kind))
                                                 : caseActionName(a.kind)));
        m_actionTable->setItem(row, 2,
                               new QTableWidgetItem(a.followUpOn.isValid()
                                                        ? DateText::date(a.followUpOn)
                                                        : QString()));
        m_actionTable->setItem(row, 3, new QTableWidgetItem(a.recordedBy));
        m_actionTable->setItem(row, 4, new QTableWidgetItem(a.note));
    }
    m_actionTable->resizeColumnsToContents();
    updateChangeButtons();

    db::OutcomeRequest request;
    request.pupilId = m_pupilId;
    const auto outcomes =
        db::handledFlagOutcomes(m_context.db(), m_context.user, request, *m_context.clock);
    const QList<db::HandledFlagOutcome> list =
        outcomes ? *outcomes : QList<db::HandledFlagOutcome>();
    m_outcomeTable->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const db::HandledFlagOutcome& o = list[row];
        m_outcomeTable->setItem(row, 0, levelItem(outcomeLevel(o.outcome), outcomeName(o.outcome)));
        m_outcomeTable->setItem(row, 1, new QTableWidgetItem(o.nextRoundName));
        m_outcomeTable->setItem(
            row, 2, new QTableWidgetItem(tr("%1, %2").arg(o.handledBy, displayTime(o.handledAt))));
        auto* reason = new QTableWidgetItem(o.reason);
        reason->setToolTip(o.reason);
        m_outcomeTable->setItem(row, 3, reason);
    }
    m_outcomeTable->resizeColumnsToContents();

    if (!m_shareTable)
        return;
    const auto shares =
        db::CaseShares(m_context.db(), *m_context.clock).shares(m_context.user, m_pupilId);
    m_shares = shares ? *shares : QList<db::CaseShare>();
    m_shareTable->setRowCount(static_cast<int>(m_shares.size()));
    for (int row = 0; row < m_shares.size(); ++row) {
        const db::CaseShare& s = m_shares[row];
        m_shareTable->setItem(row, 0, new QTableWidgetItem(s.memberName));
        m_shareTable->setItem(row, 1,
                              new QTableWidgetItem(s.consentFrom == db::ConsentFrom::Pupil
                                                       ? tr("pupil")
                                                       : tr("guardian")));
        m_shareTable->setItem(row, 2, new QTableWidgetItem(DateText::date(s.consentOn)));
        m_shareTable->setItem(row, 3, new QTableWidgetItem(displayTime(s.sharedAt)));
        m_shareTable->setItem(row, 4, new QTableWidgetItem(displayTime(s.withdrawnAt)));
    }
    m_shareTable->resizeColumnsToContents();
}

void CasePanel::prepareAction(qint64 responseId)
{
    cancelCorrection();
    m_responseId = responseId;
    m_kind->setFocus();
}

void CasePanel::announce()
{
    if (m_context.events)
        emit m_context.events->caseChanged();
}

void CasePanel::record()
{
    if (m_correcting)
        return saveCorrection();
    db::NewCaseAction action;
    action.pupilId = m_pupilId;
    action.kind = static_cast<db::CaseActionKind>(m_kind->currentData().toInt());
    if (action.kind == db::CaseActionKind::FollowUpBooked)
        action.followUpOn = m_followUpOn->date();
    action.note = m_note->text().trimmed();
    action.responseId = m_responseId;
    const auto recorded =
        db::CaseStore(m_context.db(), *m_context.clock).recordAction(m_context.user, action);
    if (!recorded)
        return showProblem(recorded.error());
    m_problem->clear();
    m_note->clear();
    m_responseId = 0;
    refresh();
    announce();
}

void CasePanel::share()
{
    if (m_member->currentIndex() < 0)
        return showProblem(tr("There are no case team members to share with."));
    db::NewCaseShare request;
    request.pupilId = m_pupilId;
    request.memberUserId = m_member->currentData().toLongLong();
    request.consentFrom = static_cast<db::ConsentFrom>(m_consentFrom->currentData().toInt());
    request.consentOn = m_consentOn->date();
    const auto shared =
        db::CaseShares(m_context.db(), *m_context.clock).share(m_context.user, request);
    if (!shared)
        return showProblem(shared.error());
    m_problem->clear();
    refresh();
    announce();
}

void CasePanel::withdrawSelected()
{
    const int row = m_shareTable->currentRow();
    if (row < 0 || row >= m_shares.size())
        return showProblem(tr("Choose the share to withdraw."));
    const auto done = db::CaseShares(m_context.db(), *m_context.clock)
                          .withdrawShare(m_context.user, m_shares[row].id);
    if (!done)
        return showProblem(done.error());
    m_problem->clear();
    refresh();
    announce();
}

void CasePanel::showProblem(const QString& text)
{
    m_problem->setText(text);
}

} // namespace signaali::ui
