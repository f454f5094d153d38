#include "workspace/UserEditor.h"

#include "workspace/AccountChecks.h"
#include "workspace/RoleText.h"
#include "workspace/UsersPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace signaali::ui {

void fillSchoolList(QListWidget* list, const QList<db::SchoolInfo>& schools,
                    const QList<qint64>& checked)
{
    list->clear();
    for (const db::SchoolInfo& school : schools) {
        auto* item = new QListWidgetItem(school.name, list);
        item->setData(Qt::UserRole, school.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(school.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> checkedSchools(const QListWidget* list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

UserEditor::UserEditor(const WorkspaceContext& context, QWidget* parent)
    : QGroupBox(tr("Change the chosen user"), parent), m_context(context)
{
    setObjectName(QStringLiteral("userEditor"));
    auto* form = new QFormLayout(this);
    m_account = new QLabel(this);
    m_account->setObjectName(QStringLiteral("editAccount"));
    m_account->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("editName"));
    m_name->setAccessibleName(tr("Name"));
    m_schools = new QListWidget(this);
    m_schools->setObjectName(QStringLiteral("editSchools"));
    m_schools->setAccessibleName(tr("Schools"));
    m_schools->setMaximumHeight(90);
    m_active = new QCheckBox(tr("May sign in (active)"), this);
    m_active->setObjectName(QStringLiteral("editActive"));
    m_save = new QPushButton(tr("Save changes"), this);
    m_save->setObjectName(QStringLiteral("saveUser"));
    form->addRow(m_account);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Schools:"), m_schools);
    form->addRow(m_active);
    form->addRow(m_save);
    connect(m_save, &QPushButton::clicked, this, &UserEditor::save);
    showUser(std::nullopt, {});
}

void UserEditor::showUser(const std::optional<db::UserInfo>& user,
                          const QList<db::SchoolInfo>& schools)
{
    m_user = user;
    setEnabled(user.has_value());
    m_account->setText(user ? tr("%1 (%2)").arg(user->username, RoleText::name(user->role))
                            : tr("Choose a user in the list above."));
    m_name->setText(user ? user->displayName : QString());
    fillSchoolList(m_schools,
                   user && db::roleHasSchools(user->role) ? schools : QList<db::SchoolInfo>(),
                   // A school waiting for confirmation stays chosen: saving
                   // again must not withdraw it.
                   user ? user->schoolIds + user->pendingSchoolIds : QList<qint64>());
    m_schools->setEnabled(user && db::roleHasSchools(user->role));
    m_active->setChecked(user && user->active);
    // Your own account stays active: db/ refuses it too.
    m_active->setEnabled(user && user->id != m_context.user.id);
}

void UserEditor::save()
{
    if (!m_user)
        return;
    db::UserChanges changes;
    QString problem = AccountChecks::displayName(m_name->text());
    changes.displayName = m_name->text().trimmed();
    if (db::roleHasSchools(m_user->role)) {
        changes.schoolIds = checkedSchools(m_schools);
        if (problem.isEmpty())
            problem = AccountChecks::schools(m_user->role, changes.schoolIds->size());
    }
    changes.active = m_active->isChecked();
    if (!problem.isEmpty()) {
        emit this->problem(problem);
        return;
    }
    const auto done = db::UserAdmin(m_context.db(), *m_context.clock)
                          .updateUser(m_context.user, m_user->id, changes);
    if (!done) {
        emit this->problem(AccountChecks::refusal(done.refusal));
        return;
    }
    emit saved(m_user->id);
}

} // namespace signaali::ui
