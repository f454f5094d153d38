#pragma once

#include "db/exchange/Bundles.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace signaali::ui {

// For the nurse: what received bundles carried that would have overwritten
// results kept here (db::bundleConflicts). Read when first shown, not before:
// every pupil listed is written to the audit log.
class ConflictsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPanel(const WorkspaceContext& context, QWidget* parent = nullptr);

    void reload();
    // Read again now when on screen, otherwise when next shown.
    void changed();
    QTableWidget* table() const { return m_table; }
    const QList<db::BundleConflict>& conflicts() const { return m_conflicts; }

signals:
    void openProfile(qint64 pupilId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    const WorkspaceContext& m_context;
    QList<db::BundleConflict> m_conflicts;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
    bool m_stale = true;
};

} // namespace signaali::ui
