#include "workspace/AccessNoticesPage.h"

#include "db/access/AccessRules.h"
#include "workspace/DateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    label->setFont(bold);
    return label;
}
} // namespace

AccessNoticesPage::AccessNoticesPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("accessNoticesPage"));
    auto* layout = new QVBoxLayout(this);
    // Only roles that may confirm see this part; db/ checks each grant again.
    auto* confirmation = new QWidget(this);
    confirmation->setVisible(
        db::AccessRules::allows(m_context.user, db::Permission::ConfirmAccess));
    auto* pendingLayout = new QVBoxLayout(confirmation);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(confirmation, 1);
    pendingLayout->addWidget(heading(tr("Access waiting for your confirmation"), confirmation));
    auto* why = new QLabel(tr("The administrator has given these accounts access to the "
                              "identified data of a school. It takes effect only when a nurse of "
                              "the school (or the coordinator, where the school has none) "
                              "confirms it. Confirm only people you know should have it."),
                           confirmation);
    why->setWordWrap(true);
    pendingLayout->addWidget(why);
    m_table = new QTableWidget(0, 4, confirmation);
    m_table->setObjectName(QStringLiteral("pendingGrants"));
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("School"), tr("Given by"), tr("When")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Access waiting for your confirmation"));
    pendingLayout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_confirm = new QPushButton(tr("Confirm access"), confirmation);
    m_confirm->setObjectName(QStringLiteral("confirmGrant"));
    m_refuse = new QPushButton(tr("Refuse"), confirmation);
    m_refuse->setObjectName(QStringLiteral("refuseGrant"));
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_refuse);
    buttons->addStretch(1);
    pendingLayout->addLayout(buttons);

    layout->addWidget(heading(tr("Notices"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notices"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Notices"));
    layout->addWidget(m_list, 1);
    m_seen = new QPushButton(tr("I have read these"), this);
    m_seen->setObjectName(QStringLiteral("noticesSeen"));
    layout->addWidget(m_seen, 0, Qt::AlignLeft);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    layout->addWidget(m_problem);

    connect(m_confirm, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_seen, &QPushButton::clicked, this, &AccessNoticesPage::markSeen);
    reload();
}

QString AccessNoticesPage::noticeText(const db::AccessNotice& n)
{
    const QString when = DateText::fromIsoUtc(n.at, true);
    if (n.kind == db::AccessNotice::Kind::Grant)
        return n.confirmedBy.isEmpty()
                   ? tr("%1 has access to %2 since %3: the first nurse, at first set-up, which "
                        "nobody else could confirm.")
                         .arg(n.account, n.schoolName, when)
                   : tr("%1 has had access to %2 since %3: given by %4, confirmed by %5.")
                         .arg(n.account, n.schoolName, when, n.by, n.confirmedBy);
    if (n.aboutMe)
        return tr("Your password was reset by %1 on %2. %n action(s) were logged under your "
                  "account from then until now; they are marked in the log. If you did not "
                  "make them, tell the coordinator.",
                  nullptr, n.markedRows)
            .arg(n.by, when);
    return tr("The password of %1 was reset by %2 on %3.").arg(n.account, n.by, when);
}

void AccessNoticesPage::reload()
{
    m_problem->clear();
    db::AccessGrants grants(m_context.db(), *m_context.clock);
    m_pending.clear();
    if (db::AccessRules::allows(m_context.user, db::Permission::ConfirmAccess)) {
        const auto pending = grants.pending(m_context.user);
        if (pending)
            m_pending = *pending;
        else
            m_problem->setText(pending.error());
    }
    m_table->setRowCount(static_cast<int>(m_pending.size()));
    for (int row = 0; row < m_pending.size(); ++row) {
        const db::AccessGrant& g = m_pending[row];
        m_table->setItem(
            row, 0, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(g.displayName, g.username)));
        m_table->setItem(row, 1, new QTableWidgetItem(g.schoolName));
        m_table->setItem(row, 2, new QTableWidgetItem(g.requestedBy));
        m_table->setItem(row, 3, new QTableWidgetItem(DateText::fromIsoUtc(g.requestedAt, true)));
    }
    m_table->resizeColumnsToContents();
    m_confirm->setEnabled(!m_pending.isEmpty());
    m_refuse->setEnabled(!m_pending.isEmpty());

    m_list->clear();
    const auto notices = grants.notices(m_context.user);
    m_notices = notices ? *notices : QList<db::AccessNotice>();
    if (!notices)
        m_problem->setText(notices.error());
    for (const db::AccessNotice& notice : std::as_const(m_notices))
        m_list->addItem(noticeText(notice));
    if (m_notices.isEmpty())
        m_list->addItem(tr("No new notices."));
    m_seen->setEnabled(!m_notices.isEmpty());
}

void AccessNoticesPage::decide(bool confirm)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pending.size()) {
        m_problem->setText(tr("Choose an account in the list first."));
        return;
    }
    db::AccessGrants grants(m_context.db(), *m_context.clock);
    const qint64 id = m_pending[row].id;
    const auto done =
        confirm ? grants.confirm(m_context.user, id) : grants.refuse(m_context.user, id);
    reload();
    if (!done)
        m_problem->setText(done.error());
    emit changed();
}

void AccessNoticesPage::markSeen()
{
    const auto done = db::AccessGrants(m_context.db(), *m_context.clock).markSeen(m_context.user);
    reload();
    if (!done)
        m_problem->setText(done.error());
    emit changed();
}

} // namespace signaali::ui
