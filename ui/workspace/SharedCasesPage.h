#pragma once

#include "db/workspace/CaseShares.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QTableWidget;

namespace signaali::ui {

// For a case team member: the cases nurses have shared with them, with consent.
class SharedCasesPage : public QWidget
{
    Q_OBJECT

public:
    SharedCasesPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    void refresh();
    QTableWidget* table() const { return m_table; }

signals:
    void openProfile(qint64 pupilId);

private:
    const WorkspaceContext& m_context;
    QTableWidget* m_table = nullptr;
};

} // namespace signaali::ui
