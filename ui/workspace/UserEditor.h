#pragma once

#include "db/admin/Organisation.h"
#include "db/admin/UserAdmin.h"
#include "workspace/WorkspaceContext.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace signaali::ui {

// Changes an existing account: its name, its schools (nurse, welfare group)
// and whether it may sign in, through db::UserAdmin::updateUser as
// `signaali-cli user edit` does.
class UserEditor : public QGroupBox
{
    Q_OBJECT

public:
    UserEditor(const WorkspaceContext& context, QWidget* parent = nullptr);
    // The account to edit, or none (the form is then disabled).
    void showUser(const std::optional<db::UserInfo>& user, const QList<db::SchoolInfo>& schools);
    qint64 userId() const { return m_user ? m_user->id : 0; }

signals:
    void saved(qint64 userId);
    void problem(const QString& text);

private:
    void save();

    const WorkspaceContext& m_context;
    std::optional<db::UserInfo> m_user;
    QLabel* m_account = nullptr;
    QLineEdit* m_name = nullptr;
    QListWidget* m_schools = nullptr;
    QCheckBox* m_active = nullptr;
    QPushButton* m_save = nullptr;
};

// Fills a list with the schools as check boxes, the `checked` ones ticked.
void fillSchoolList(QListWidget* list, const QList<db::SchoolInfo>& schools,
                    const QList<qint64>& checked);
// The ids of the ticked schools.
QList<qint64> checkedSchools(const QListWidget* list);

} // namespace signaali::ui
