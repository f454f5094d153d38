#include "workspace/ProfilePage.h"

#include "common/UiLanguage.h"
#include "db/access/AuditLog.h"
#include "workspace/CasePanel.h"
#include "workspace/CriticalAnswerBanner.h"
#include "workspace/HistoryChart.h"
#include "workspace/LevelStyle.h"
#include "workspace/ProfileSummary.h"
#include "workspace/TableHelpers.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace signaali::ui {

ProfilePage::ProfilePage(const WorkspaceContext& context, qint64 pupilId, QWidget* parent)
    : QWidget(parent), m_context(context), m_pupilId(pupilId)
{
    setObjectName(QStringLiteral("profilePage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("profileHeader"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_header->setFont(big);
    m_instrument = new QComboBox(this);
    m_instrument->setObjectName(QStringLiteral("instrument"));
    m_instrument->setAccessibleName(tr("Questionnaire"));
    auto* pdf = new QPushButton(tr("Summary for the visit (PDF)…"), this);
    pdf->setObjectName(QStringLiteral("summaryPdf"));
    top->addWidget(m_header, 1);
    top->addWidget(m_instrument);
    auto* print = new QPushButton(tr("Print the summary…"), this);
    print->setObjectName(QStringLiteral("summaryPrint"));
    top->addWidget(pdf);
    top->addWidget(print);
    connect(print, &QPushButton::clicked, this, &ProfilePage::askAndPrint);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_tabs = new QTabWidget(this);
    auto* results = new QWidget(m_tabs);
    auto* resultsLayout = new QVBoxLayout(results);
    m_latest = new QLabel(results);
    m_domains = makeListTable(QStringLiteral("domains"), {tr("Domain"), tr("Score"), tr("Level")},
                              tr("Latest result by domain"), results);
    m_reasons = new QLabel(results);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultsLayout->addWidget(m_latest);
    resultsLayout->addWidget(m_domains, 1);
    resultsLayout->addWidget(m_reasons);
    m_answers = makeListTable(QStringLiteral("answers"), {tr("Question"), tr("Answer")},
                              tr("The pupil's answers"), m_tabs);
    m_answers->setWordWrap(true);
    // Rows as high as their wrapped question, also after the window is resized.
    m_answers->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* history = new QWidget(m_tabs);
    auto* historyLayout = new QVBoxLayout(history);
    m_historyDomain = new QComboBox(history);
    m_historyDomain->setObjectName(QStringLiteral("historyDomain"));
    m_historyDomain->setAccessibleName(tr("Domain shown in the chart"));
    m_chart = new HistoryChart(history);
    historyLayout->addWidget(m_historyDomain, 0, Qt::AlignLeft);
    historyLayout->addWidget(m_chart, 1);
    m_case = new CasePanel(context, pupilId, m_tabs);
    m_tabs->addTab(results, tr("Latest result"));
    m_tabs->addTab(m_answers, tr("Answers"));
    m_tabs->addTab(history, tr("History"));
    m_tabs->addTab(m_case, tr("Follow-up"));

    // Above everything else: a critical answer is a same-day matter.
    m_openCritical = new CriticalAnswerBanner(context, this);

    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_openCritical);
    layout->addWidget(m_tabs, 1);

    connect(m_instrument, &QComboBox::currentIndexChanged, this, &ProfilePage::showInstrument);
    connect(m_historyDomain, &QComboBox::currentIndexChanged, this, &ProfilePage::showHistory);
    connect(pdf, &QPushButton::clicked, this, &ProfilePage::askAndSavePdf);
    load();
}

QString ProfilePage::pupilName() const
{
    return m_profile.firstName + QLatin1Char(' ') + m_profile.lastName;
}

void ProfilePage::load()
{
    db::ProfileRequest request;
    request.pupil = QString::number(m_pupilId);
    request.language = UiLanguage::current();
    const auto profile =
        db::pupilProfile(m_context.db(), m_context.user, request, *m_context.clock);
    if (!profile) {
        m_problem->setText(profile.error());
        m_problem->show();
        m_tabs->hide();
        return;
    }
    m_loaded = true;
    m_profile = *profile;
    m_openCritical->setAnswers(m_profile.openCritical);
    m_header->setText(
        tr("%1, class %2, %3").arg(pupilName(), m_profile.className, m_profile.schoolName));
    m_instrument->blockSignals(true);
    for (const db::ProfileInstrument& instrument : m_profile.instruments)
        m_instrument->addItem(instrument.title, instrument.instrumentId);
    m_instrument->blockSignals(false);
    m_instrument->setVisible(m_profile.instruments.size() > 1);
    showInstrument(0);
}

void ProfilePage::showInstrument(int index)
{
    if (index < 0 || index >= m_profile.instruments.size()) {
        m_latest->setText(tr("No completed questionnaires yet."));
        return;
    }
    const db::ProfileInstrument& instrument = m_profile.instruments[index];
    m_latest->setText(tr("%1, round %2, answered %3. Overall level: %4")
                          .arg(instrument.title, instrument.roundName,
                               displayTime(instrument.completedAt),
                               LevelStyle::name(instrument.level)));
    m_domains->setRowCount(static_cast<int>(instrument.domains.size()));
    for (int row = 0; row < instrument.domains.size(); ++row) {
        const db::DomainView& d = instrument.domains[row];
        m_domains->setItem(row, 0, new QTableWidgetItem(d.title));
        m_domains->setItem(row, 1,
                           new QTableWidgetItem(d.score ? QLocale().toString(*d.score, 'g', 4)
                                                        : tr("not scored")));
        QTableWidgetItem* level = levelItem(d.level, LevelStyle::name(d));
        level->setData(Qt::UserRole, d.level);
        level->setToolTip(d.criticalReason);
        m_domains->setItem(row, 2, level);
    }
    m_domains->resizeColumnsToContents();
    QStringList reasons;
    for (const db::FlagView& flag : instrument.flags)
        if (flag.level != QLatin1String("ok"))
            reasons << QStringLiteral("• ") + flag.reason;
    m_reasons->setText(reasons.isEmpty() ? tr("No flags.")
                                         : tr("Why flagged:") + QLatin1Char('\n') +
                                               reasons.join(QLatin1Char('\n')));
    m_answers->setRowCount(static_cast<int>(instrument.answers.size()));
    for (int row = 0; row < instrument.answers.size(); ++row) {
        const db::AnswerView& a = instrument.answers[row];
        m_answers->setItem(row, 0, new QTableWidgetItem(a.itemText));
        auto* answer = new QTableWidgetItem(a.answerText);
        if (a.critical)
            answer->setBackground(LevelStyle::background(QStringLiteral("concern")));
        m_answers->setItem(row, 1, answer);
    }
    m_answers->setColumnWidth(0, 560);
    m_answers->resizeRowsToContents();

    m_historyDomain->blockSignals(true);
    m_historyDomain->clear();
    m_historyDomain->addItem(tr("All domains"), QString());
    for (const db::OverviewColumn& column : instrument.columns)
        m_historyDomain->addItem(column.title, column.domainId);
    m_historyDomain->blockSignals(false);
    showHistory();
}

void ProfilePage::showHistory()
{
    const int index = m_instrument->currentIndex();
    if (index < 0 || index >= m_profile.instruments.size())
        return;
    const db::ProfileInstrument& instrument = m_profile.instruments[index];
    const QString only = m_historyDomain->currentData().toString();
    QStringList rounds;
    for (const db::HistoryPoint& point : instrument.history)
        rounds << point.roundName;
    QList<HistoryChart::Line> lines;
    for (int c = 0; c < instrument.columns.size(); ++c) {
        if (!only.isEmpty() && instrument.columns[c].domainId != only)
            continue;
        HistoryChart::Line line{instrument.columns[c].title, {}};
        for (const db::HistoryPoint& point : instrument.history)
            line.percent << (c < point.domains.size() ? point.domains[c].percentOfMax
                                                      : std::optional<double>());
        lines << line;
    }
    m_chart->setHistory(rounds, lines);
}

void ProfilePage::showFollowUp(qint64 responseId)
{
    m_tabs->setCurrentWidget(m_case);
    m_case->prepareAction(responseId);
}

bool ProfilePage::allowSummary(QString* error)
{
    // A printed summary is identified data leaving the application: checked and
    // logged before the file is written.
    const auto allowed =
        db::recordSummaryExport(m_context.db(), m_context.user, m_pupilId, *m_context.clock);
    if (!allowed && error)
        *error = allowed.error();
    return static_cast<bool>(allowed);
}

bool ProfilePage::writeSummaryPdf(const QString& path, QString* error)
{
    if (!allowSummary(error))
        return false;
    const QList<db::CaseAction> actions = m_case->actions();
    return ProfileSummary(m_profile, actions, m_context.user.displayName, m_context.today())
        .writePdf(path, error);
}

bool ProfilePage::printSummary(QPrinter* printer, QString* error)
{
    if (!allowSummary(error))
        return false;
    const QList<db::CaseAction> actions = m_case->actions();
    ProfileSummary(m_profile, actions, m_context.user.displayName, m_context.today())
        .print(printer);
    return true;
}

void ProfilePage::askAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printSummary(&printer, &error))
        QMessageBox::warning(this, tr("Summary"), error);
}

void ProfilePage::askAndSavePdf()
{
    // Qt's own dialog, not the system's: the workspace lock can close it.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the summary"), tr("summary-%1.pdf").arg(m_profile.lastName),
        tr("PDF files (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeSummaryPdf(path, &error))
        QMessageBox::warning(this, tr("Summary"), error);
}

} // namespace signaali::ui
