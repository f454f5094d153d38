#pragma once

#include "db/workspace/PupilProfile.h"
#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPrinter;
class QTabWidget;
class QTableWidget;

namespace signaali::ui {

class CasePanel;
class CriticalAnswerBanner;
class HistoryChart;

// One pupil: the latest result domain by domain with the reasons, the item
// answers in the nurse's language, the history over all rounds as a chart per
// domain, the case follow-up, and the printable summary.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(const WorkspaceContext& context, qint64 pupilId, QWidget* parent = nullptr);
    // False (with a message in the page) when the user may not see the pupil.
    bool isLoaded() const { return m_loaded; }
    qint64 pupilId() const { return m_pupilId; }
    QString pupilName() const;
    const db::PupilProfile& profile() const { return m_profile; }
    bool writeSummaryPdf(const QString& path, QString* error);
    // The same summary on a printer; checked and logged as the PDF.
    bool printSummary(QPrinter* printer, QString* error);
    CasePanel* casePanel() const { return m_case; }
    CriticalAnswerBanner* openCriticalBanner() const { return m_openCritical; }
    // Opens the Follow-up tab ready to record an action about this result.
    void showFollowUp(qint64 responseId = 0);
    QTabWidget* sections() const { return m_tabs; }
    QTableWidget* domainTable() const { return m_domains; }
    QTableWidget* answerTable() const { return m_answers; }
    HistoryChart* historyChart() const { return m_chart; }
    QComboBox* historyDomain() const { return m_historyDomain; }

private:
    void load();
    void showInstrument(int index);
    void showHistory();
    void askAndSavePdf();
    void askAndPrint();
    bool allowSummary(QString* error);

    const WorkspaceContext& m_context;
    qint64 m_pupilId;
    bool m_loaded = false;
    db::PupilProfile m_profile;
    QLabel* m_header = nullptr;
    QLabel* m_problem = nullptr;
    QComboBox* m_instrument = nullptr;
    QLabel* m_latest = nullptr;
    QTableWidget* m_domains = nullptr;
    QLabel* m_reasons = nullptr;
    QTableWidget* m_answers = nullptr;
    QComboBox* m_historyDomain = nullptr;
    HistoryChart* m_chart = nullptr;
    QTabWidget* m_tabs = nullptr;
    CasePanel* m_case = nullptr;
    CriticalAnswerBanner* m_openCritical = nullptr;
};

} // namespace signaali::ui
