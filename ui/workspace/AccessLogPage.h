#pragma once

#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QTableWidget;

namespace signaali::ui {

// For a nurse: who has viewed or changed her pupils' data, newest first. For
// the admin: the whole audit log and its export.
class AccessLogPage : public QWidget
{
    Q_OBJECT

public:
    AccessLogPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    void refresh();
    bool exportCsv(const QString& path, QString* error);
    QTableWidget* table() const { return m_table; }

private:
    const WorkspaceContext& m_context;
    QTableWidget* m_table = nullptr;
};

} // namespace signaali::ui
