#pragma once

#include "db/admin/Organisation.h"
#include "db/admin/UserAdmin.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace signaali::ui {
class UserEditor;
}

namespace signaali::ui {

// The administrator's users and schools: accounts with roles, the schools of
// nurses and welfare groups, new accounts, changes to the chosen account
// (UserEditor), new schools, and the small-group threshold of the group figures.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    void refresh();
    QTableWidget* table() const { return m_table; }
    UserEditor* editor() const { return m_editor; }
    // Chooses the account in the list (and so in the editor); false when absent.
    bool selectUser(const QString& username);

private:
    void addUser();
    void addSchool();
    void saveThreshold();
    void showProblem(const QString& text);
    void userChosen();
    void roleChosen();

    const WorkspaceContext& m_context;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QListWidget* m_schools = nullptr;
    QLineEdit* m_newSchool = nullptr;
    QSpinBox* m_threshold = nullptr;
    QLabel* m_problem = nullptr;
    UserEditor* m_editor = nullptr;
    QList<db::UserInfo> m_users; // in the order of the table's rows
    QList<db::SchoolInfo> m_allSchools;
};

} // namespace signaali::ui
