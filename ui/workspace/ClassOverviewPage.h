#pragma once

#include "db/workspace/ClassOverview.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPrinter;
class QTableWidget;

namespace signaali::ui {

// A class in one round: pupils as rows, domains as columns, each cell coloured by
// level with the score; the not-yet-answered pupils listed too. Sort by any
// column; filter by level (overall or in one domain) and by completion status.
class ClassOverviewPage : public QWidget
{
    Q_OBJECT

public:
    ClassOverviewPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    // Loads the chosen school, class and round; false with a shown message when refused.
    bool load();
    QTableWidget* table() const { return m_table; }
    QComboBox* schoolBox() const { return m_school; }
    QComboBox* classBox() const { return m_class; }
    QComboBox* roundBox() const { return m_round; }
    QComboBox* levelFilter() const { return m_level; }
    QComboBox* domainFilter() const { return m_domain; }
    QComboBox* statusFilter() const { return m_status; }
    int visibleRows() const;
    // The list of who has answered the loaded class and round, checked and
    // logged first; false with `error` when refused or not written.
    bool writeAnsweredPdf(const QString& path, QString* error);
    bool printAnswered(QPrinter* printer, QString* error);

signals:
    void openProfile(qint64 pupilId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadClasses();
    void fill();
    void applyFilters();
    bool allowAnsweredList(QString* error);
    void askAndSaveAnswered();
    void askAndPrintAnswered();

    const WorkspaceContext& m_context;
    db::ClassOverview m_overview;
    QComboBox* m_school = nullptr;
    QComboBox* m_class = nullptr;
    QComboBox* m_round = nullptr;
    QComboBox* m_domain = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QTableWidget* m_table = nullptr;
    bool m_shown = false;
};

} // namespace signaali::ui
