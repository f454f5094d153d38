#pragma once

#include "AttentionList.h"
#include "WorkspaceContext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace signaali::ui {

// The nurse's start page: follow-ups due or overdue, and the "needs attention"
// list across her schools (critical first, then concern, change, accumulation).
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    void refresh();
    // Marks the selected attention row handled; false when nothing is selected or refused.
    bool markSelectedHandled();
    QTableWidget* attentionTable() const { return m_attention; }
    QTableWidget* followUpTable() const { return m_followUps; }
    const QList<db::AttentionItem>& attentionItems() const { return m_items; }

signals:
    void openProfile(qint64 pupilId);

private:
    void fillAttention();
    void fillFollowUps();
    void openSelected(QTableWidget* table);

    const WorkspaceContext& m_context;
    QList<db::AttentionItem> m_items;
    QLabel* m_problem = nullptr;
    QLabel* m_followUpTitle = nullptr;
    QTableWidget* m_followUps = nullptr;
    QTableWidget* m_attention = nullptr;
    QCheckBox* m_showHandled = nullptr;
};

} // namespace signaali::ui
