#include "workspace/UsersPage.h"

#include "db/admin/UserAdmin.h"
#include "db/admin/UserStore.h"
#include "db/figures/GroupFigures.h"
#include "workspace/AccountChecks.h"
#include "workspace/RoleText.h"
#include "workspace/TableHelpers.h"
#include "workspace/UserEditor.h"

#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace signaali::ui {

UsersPage::UsersPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("usersPage"));
    auto* layout = new QVBoxLayout(this);
    m_table = makeListTable(QStringLiteral("users"),
                            {tr("User name"), tr("Name"), tr("Role"), tr("Schools"), tr("Active")},
                            tr("Users"), this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_problem->setWordWrap(true);
    m_editor = new UserEditor(m_context, this);

    auto* add = new QGroupBox(tr("New user"), this);
    auto* form = new QFormLayout(add);
    m_username = new QLineEdit(add);
    m_username->setObjectName(QStringLiteral("newUsername"));
    m_name = new QLineEdit(add);
    m_name->setObjectName(QStringLiteral("newName"));
    m_role = new QComboBox(add);
    m_role->setObjectName(QStringLiteral("newRole"));
    for (db::Role role : db::allRoles())
        m_role->addItem(RoleText::name(role), static_cast<int>(role));
    m_password = new QLineEdit(add);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_schools = new QListWidget(add);
    m_schools->setObjectName(QStringLiteral("newSchools"));
    m_schools->setMaximumHeight(90);
    auto* addButton = new QPushButton(tr("Add user"), add);
    addButton->setObjectName(QStringLiteral("addUser"));
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Schools (nurse, welfare group):"), m_schools);
    form->addRow(addButton);
    for (QWidget* w : {static_cast<QWidget*>(m_username), static_cast<QWidget*>(m_name),
                       static_cast<QWidget*>(m_role), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_schools)})
        w->setAccessibleName(qobject_cast<QLabel*>(form->labelForField(w))->text().chopped(1));

    auto* schoolRow = new QHBoxLayout;
    m_newSchool = new QLineEdit(this);
    m_newSchool->setObjectName(QStringLiteral("newSchool"));
    m_newSchool->setAccessibleName(tr("New school"));
    m_newSchool->setPlaceholderText(tr("New school"));
    auto* schoolButton = new QPushButton(tr("Add school"), this);
    schoolButton->setObjectName(QStringLiteral("addSchool"));
    schoolRow->addWidget(m_newSchool, 1);
    schoolRow->addWidget(schoolButton);

    // Set once, before figures are shown: releases at two thresholds can be compared.
    auto* thresholdRow = new QHBoxLayout;
    auto* thresholdLabel = new QLabel(
        tr("Group figures: groups with fewer respondents than this are not broken down:"), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(protection::kMinimumThreshold, 100);
    m_threshold->setValue(db::smallGroupThreshold(m_context.db()));
    m_threshold->setAccessibleName(tr("Small-group threshold"));
    thresholdLabel->setBuddy(m_threshold);
    auto* thresholdButton = new QPushButton(tr("Save threshold"), this);
    thresholdButton->setObjectName(QStringLiteral("saveThreshold"));
    thresholdRow->addWidget(thresholdLabel, 1);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(thresholdButton);

    auto* forms = new QHBoxLayout;
    forms->addWidget(add, 1);
    forms->addWidget(m_editor, 1);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(forms);
    layout->addLayout(schoolRow);
    layout->addLayout(thresholdRow);
    connect(thresholdButton, &QPushButton::clicked, this, &UsersPage::saveThreshold);
    connect(addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(schoolButton, &QPushButton::clicked, this, &UsersPage::addSchool);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::userChosen);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPage::roleChosen);
    connect(m_editor, &UserEditor::problem, this, &UsersPage::showProblem);
    connect(m_editor, &UserEditor::saved, this, [this] {
        m_problem->clear();
        refresh();
    });
    refresh();
    roleChosen();
}

void UsersPage::showProblem(const QString& text)
{
    m_problem->setText(text);
}

void UsersPage::roleChosen()
{
    const auto role = static_cast<db::Role>(m_role->currentData().toInt());
    m_schools->setEnabled(db::roleHasSchools(role));
}

void UsersPage::userChosen()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_users.size() && !m_table->selectedItems().isEmpty();
    m_editor->showUser(chosen ? std::optional<db::UserInfo>(m_users[row]) : std::nullopt,
                       m_allSchools);
}

bool UsersPage::selectUser(const QString& username)
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users[row].username == username) {
            m_table->selectRow(row);
            userChosen(); // again when it was chosen already: the form shows what is stored
            return true;
        }
    return false;
}

void UsersPage::saveThreshold()
{
    const auto saved =
        db::setSmallGroupThreshold(m_context.db(), m_context.user, m_threshold->value());
    if (!saved)
        m_problem->setText(AccountChecks::refusal(saved.refusal));
    else
        m_problem->clear();
    m_threshold->setValue(db::smallGroupThreshold(m_context.db()));
}

void UsersPage::refresh()
{
    const qint64 chosen = m_editor->userId();
    const auto users = db::UserAdmin(m_context.db(), *m_context.clock).users(m_context.user);
    m_users = users ? *users : QList<db::UserInfo>();
    const auto schools = db::UserStore(m_context.db(), *m_context.clock).schoolsOf(m_context.user);
    m_allSchools = schools ? *schools : QList<db::SchoolInfo>();
    const QSignalBlocker quiet(m_table);
    m_table->clearSelection();
    m_table->setRowCount(static_cast<int>(m_users.size()));
    int chosenRow = -1;
    for (int row = 0; row < m_users.size(); ++row) {
        const db::UserInfo& u = m_users[row];
        if (u.id == chosen)
            chosenRow = row;
        m_table->setItem(row, 0, new QTableWidgetItem(u.username));
        m_table->setItem(row, 1, new QTableWidgetItem(u.displayName));
        m_table->setItem(row, 2, new QTableWidgetItem(RoleText::name(u.role)));
        QStringList schoolTexts = u.schoolNames;
        for (const QString& pending : u.pendingSchoolNames)
            schoolTexts << tr("%1 (waits for confirmation)").arg(pending);
        auto* schoolsItem = new QTableWidgetItem(schoolTexts.join(QStringLiteral(", ")));
        // Made before schools were required, or waiting: such an account sees nothing.
        if (db::roleHasSchools(u.role) && u.schoolIds.isEmpty() && u.pendingSchoolIds.isEmpty()) {
            schoolsItem->setText(tr("none: sees nothing"));
            schoolsItem->setForeground(QColor(0xb3, 0x26, 0x1e));
        }
        m_table->setItem(row, 3, schoolsItem);
        m_table->setItem(row, 4, new QTableWidgetItem(u.active ? tr("yes") : tr("no")));
    }
    m_table->resizeColumnsToContents();
    if (chosenRow >= 0)
        m_table->selectRow(chosenRow);
    fillSchoolList(m_schools, m_allSchools, {});
    userChosen();
}

void UsersPage::addUser()
{
    db::NewUser user;
    user.username = m_username->text().trimmed();
    user.displayName = m_name->text().trimmed();
    user.role = static_cast<db::Role>(m_role->currentData().toInt());
    user.password = m_password->text();
    if (db::roleHasSchools(user.role))
        user.schoolIds = checkedSchools(m_schools);
    for (const QString& problem :
         {AccountChecks::username(user.username), AccountChecks::displayName(user.displayName),
          AccountChecks::password(user.password),
          AccountChecks::schools(user.role, static_cast<int>(user.schoolIds.size()))})
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            return;
        }
    const auto created =
        db::UserAdmin(m_context.db(), *m_context.clock).createUser(m_context.user, user);
    if (!created) {
        m_problem->setText(AccountChecks::refusal(created.refusal));
        return;
    }
    m_problem->clear();
    m_username->clear();
    m_name->clear();
    m_password->clear();
    refresh();
}

void UsersPage::addSchool()
{
    if (const QString problem = AccountChecks::schoolName(m_newSchool->text());
        !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    const auto created = db::UserAdmin(m_context.db(), *m_context.clock)
                             .createSchool(m_context.user, m_newSchool->text().trimmed());
    if (!created) {
        m_problem->setText(AccountChecks::refusal(created.refusal));
        return;
    }
    m_problem->clear();
    m_newSchool->clear();
    refresh();
}

} // namespace signaali::ui
