#pragma once

#include "db/workspace/AttentionList.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace signaali::ui {

class PupilSearchBox;

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
    PupilSearchBox* searchBox() const { return m_search; }
    const QList<db::AttentionItem>& attentionItems() const { return m_items; }
    // Shown lists are stale after a change elsewhere in the window; refreshed
    // when next shown (at once when on screen).
    bool isStale() const { return m_stale; }

signals:
    void openProfile(qint64 pupilId);
    // From a critical answer's row: record what was done about that result.
    void recordFollowUp(qint64 pupilId, qint64 responseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillAttention();
    void fillFollowUps();
    void openSelected(QTableWidget* table);
    void changedElsewhere();

    const WorkspaceContext& m_context;
    QList<db::AttentionItem> m_items;
    QLabel* m_problem = nullptr;
    QLabel* m_followUpTitle = nullptr;
    QTableWidget* m_followUps = nullptr;
    QTableWidget* m_attention = nullptr;
    QCheckBox* m_showHandled = nullptr;
    PupilSearchBox* m_search = nullptr;
    bool m_stale = false;
};

} // namespace signaali::ui
