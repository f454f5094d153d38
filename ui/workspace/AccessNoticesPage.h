#pragma once

#include "db/admin/AccessGrants.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace signaali::ui {

// The four-eyes page: access to a school that waits for this user's
// confirmation (a nurse of the school, or the coordinator where it has no
// nurse), and the notices of new access and password resets. db/ decides
// which grants are this user's to decide; the page shows what it is given.
class AccessNoticesPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccessNoticesPage(const WorkspaceContext& context, QWidget* parent = nullptr);

    void reload();
    // Whether anything waits: a grant to decide or a notice not yet seen.
    bool hasSomething() const { return !m_pending.isEmpty() || !m_notices.isEmpty(); }
    // The words of one notice, as the list shows it.
    static QString noticeText(const db::AccessNotice& notice);

signals:
    void changed();

private:
    void decide(bool confirm);
    void markSeen();

    const WorkspaceContext& m_context;
    QList<db::AccessGrant> m_pending;
    QList<db::AccessNotice> m_notices;
    QTableWidget* m_table = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_refuse = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_seen = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace signaali::ui
