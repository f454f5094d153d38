#include "workspace/ClassOverviewPage.h"

#include "common/UiLanguage.h"
#include "db/admin/Organisation.h"
#include "db/admin/UserStore.h"
#include "workspace/AnsweredList.h"
#include "workspace/LevelStyle.h"
#include "workspace/TableHelpers.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
// "Turvallisuus ja itsensä vahingoittaminen" on lines of about a word each.
QString wrappedTitle(const QString& title)
{
    constexpr int kLine = 12;
    QStringList lines;
    for (const QString& word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= kLine)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}

enum Column { NameColumn, StatusColumn, OverallColumn, FirstDomainColumn };

QString statusName(db::ScreeningStatus status)
{
    switch (status) {
    case db::ScreeningStatus::NotStarted:
        return ClassOverviewPage::tr("not answered");
    case db::ScreeningStatus::InProgress:
        return ClassOverviewPage::tr("in progress");
    case db::ScreeningStatus::Completed:
        return ClassOverviewPage::tr("completed");
    case db::ScreeningStatus::Abandoned:
        return ClassOverviewPage::tr("abandoned");
    }
    return {};
}

QString scoreText(const std::optional<double>& score)
{
    return score ? QLocale().toString(*score, 'g', 4) : QString();
}

QComboBox* combo(const char* name, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

ClassOverviewPage::ClassOverviewPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("classOverviewPage"));
    m_school = combo("school", tr("School"), this);
    m_class = combo("class", tr("Class"), this);
    m_round = combo("round", tr("Round"), this);
    m_domain = combo("domainFilter", tr("Filter by domain"), this);
    m_level = combo("levelFilter", tr("Filter by level"), this);
    m_status = combo("statusFilter", tr("Filter by status"), this);
    m_level->addItem(tr("All levels"), QString());
    m_level->addItem(tr("Concern"), QStringLiteral("concern"));
    m_level->addItem(tr("Watch or concern"), QStringLiteral("watch+"));
    m_level->addItem(tr("OK"), QStringLiteral("ok"));
    m_status->addItem(tr("Everyone"), -1);
    m_status->addItem(tr("Completed"), static_cast<int>(db::ScreeningStatus::Completed));
    m_status->addItem(tr("In progress"), static_cast<int>(db::ScreeningStatus::InProgress));
    m_status->addItem(tr("Not answered"), static_cast<int>(db::ScreeningStatus::NotStarted));

    auto* choose = new QHBoxLayout;
    for (auto [label, box] : {std::pair{tr("&School:"), m_school},
                              {tr("&Class:"), m_class},
                              {tr("&Round:"), m_round}}) {
        auto* l = new QLabel(label, this);
        l->setBuddy(box);
        choose->addWidget(l);
        choose->addWidget(box);
    }
    choose->addStretch(1);
    auto* filters = new QHBoxLayout;
    for (auto [label, box] : {std::pair{tr("&Domain:"), m_domain},
                              {tr("&Level:"), m_level},
                              {tr("S&tatus:"), m_status}}) {
        auto* l = new QLabel(label, this);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    auto* answeredPdf = new QPushButton(tr("Who has answered (PDF)…"), this);
    answeredPdf->setObjectName(QStringLiteral("answeredPdf"));
    auto* answeredPrint = new QPushButton(tr("Print who has answered…"), this);
    answeredPrint->setObjectName(QStringLiteral("answeredPrint"));
    filters->addWidget(answeredPdf);
    filters->addWidget(answeredPrint);
    connect(answeredPdf, &QPushButton::clicked, this, &ClassOverviewPage::askAndSaveAnswered);
    connect(answeredPrint, &QPushButton::clicked, this, &ClassOverviewPage::askAndPrintAnswered);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_problem->setWordWrap(true);
    m_table = makeListTable(QStringLiteral("overview"), {},
                            tr("Pupils of the class and their results"), this);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    const auto schools = db::UserStore(m_context.db(), *m_context.clock).schoolsOf(m_context.user);
    if (schools)
        for (const db::SchoolInfo& school : *schools)
            m_school->addItem(school.name, school.id);
    const QList<db::RoundInfo> rounds =
        db::roundsFor(m_context.db(), m_context.user).value.value_or(QList<db::RoundInfo>());
    for (auto it = rounds.crbegin(); it != rounds.crend(); ++it) // newest first
        m_round->addItem(it->name, it->id);
    reloadClasses();

    connect(m_school, &QComboBox::currentIndexChanged, this, [this] {
        reloadClasses();
        load();
    });
    connect(m_class, &QComboBox::activated, this, &ClassOverviewPage::load);
    connect(m_round, &QComboBox::activated, this, &ClassOverviewPage::load);
    for (QComboBox* box : {m_domain, m_level, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ClassOverviewPage::applyFilters);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit openProfile(m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong());
    });
}

void ClassOverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The class chosen first is loaded when the page is first shown: with one
    // class there is nothing else to choose that would load it. Not before, so
    // the audit log says she viewed it only when she did.
    if (!m_shown && m_class->count() > 0 && m_round->count() > 0 && m_overview.groupId == 0)
        load();
    m_shown = true;
}

void ClassOverviewPage::reloadClasses()
{
    m_class->clear();
    const auto classes =
        db::classesOf(m_context.db(), m_context.user, m_school->currentData().toLongLong());
    if (!classes)
        return;
    for (const db::ClassInfo& c : *classes)
        m_class->addItem(tr("%1 (%n pupil(s))", nullptr, c.pupils).arg(c.name), c.id);
}

bool ClassOverviewPage::load()
{
    m_problem->clear();
    db::OverviewRequest request;
    request.groupId = m_class->currentData().toLongLong();
    request.roundId = m_round->currentData().toLongLong();
    request.language = UiLanguage::current();
    if (!request.groupId || !request.roundId) {
        m_problem->setText(tr("Choose a class and a round."));
        return false;
    }
    const auto overview =
        db::classOverview(m_context.db(), m_context.user, request, *m_context.clock);
    if (!overview) {
        m_problem->setText(overview.error());
        m_table->setRowCount(0);
        return false;
    }
    m_overview = *overview;
    fill();
    return true;
}

void ClassOverviewPage::fill()
{
    m_table->setSortingEnabled(false);
    QStringList headers{tr("Pupil"), tr("Status"), tr("Overall")};
    const QString chosenDomain = m_domain->currentData().toString();
    m_domain->blockSignals(true);
    m_domain->clear();
    m_domain->addItem(tr("Overall"), QString());
    for (const db::OverviewColumn& column : m_overview.columns) {
        headers << column.title;
        m_domain->addItem(column.title, column.domainId);
    }
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(chosenDomain)));
    m_domain->blockSignals(false);
    headers << tr("Flags");
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_overview.rows.size()));
    for (int row = 0; row < m_overview.rows.size(); ++row) {
        const db::OverviewRow& pupil = m_overview.rows[row];
        auto* name = new QTableWidgetItem(pupil.lastName + QStringLiteral(", ") + pupil.firstName);
        name->setData(Qt::UserRole, pupil.pupilId);
        name->setData(Qt::UserRole + 2, static_cast<int>(pupil.status));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(statusName(pupil.status)));
        QString overall = LevelStyle::name(pupil.level);
        if (pupil.critical)
            overall += QStringLiteral(" !");
        m_table->setItem(row, OverallColumn, levelItem(pupil.level, overall));
        for (int d = 0; d < m_overview.columns.size(); ++d) {
            QTableWidgetItem* cell;
            if (d < pupil.domains.size()) {
                const db::DomainView& domain = pupil.domains[d];
                cell = levelItem(domain.level, scoreText(domain.score));
                cell->setData(Qt::UserRole, domain.level);
                cell->setToolTip(domain.critical ? LevelStyle::name(domain) + QLatin1Char('\n') +
                                                       domain.criticalReason
                                                 : LevelStyle::name(domain));
            } else {
                cell = levelItem(QString(), QString());
            }
            m_table->setItem(row, FirstDomainColumn + d, cell);
        }
        QStringList flags;
        for (const db::FlagView& flag : pupil.flags)
            if (flag.level != QLatin1String("ok"))
                flags << flag.reason;
        auto* flagItem = new QTableWidgetItem(
            flags.isEmpty() ? QString()
                            : tr("%n flag(s)", nullptr, static_cast<int>(flags.size())));
        flagItem->setToolTip(flags.join(QLatin1Char('\n')));
        m_table->setItem(row, FirstDomainColumn + static_cast<int>(m_overview.columns.size()),
                         flagItem);
        m_table->item(row, OverallColumn)->setData(Qt::UserRole, pupil.level);
    }
    // Twelve domains side by side: their names on a few short lines, so the
    // columns stay narrow; the whole name also in the header's tooltip.
    for (int d = 0; d < m_overview.columns.size(); ++d) {
        QTableWidgetItem* header = m_table->horizontalHeaderItem(FirstDomainColumn + d);
        header->setText(wrappedTitle(m_overview.columns[d].title));
        header->setToolTip(m_overview.columns[d].title);
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
    m_summary->setText(tr("%1, %2: completed %3, in progress %4, not answered %5")
                           .arg(m_overview.groupName, m_overview.roundName)
                           .arg(m_overview.completed)
                           .arg(m_overview.inProgress)
                           .arg(m_overview.notStarted));
    applyFilters();
}

void ClassOverviewPage::applyFilters()
{
    const QString domain = m_domain->currentData().toString();
    int column = OverallColumn;
    for (int d = 0; d < m_overview.columns.size(); ++d)
        if (m_overview.columns[d].domainId == domain)
            column = FirstDomainColumn + d;
    const QString level = m_level->currentData().toString();
    const int status = m_status->currentData().toInt();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString cellLevel = m_table->item(row, column)->data(Qt::UserRole).toString();
        bool show = true;
        if (level == QLatin1String("watch+"))
            show = cellLevel == QLatin1String("watch") || cellLevel == QLatin1String("concern");
        else if (!level.isEmpty())
            show = cellLevel == level;
        if (status >= 0 && m_table->item(row, NameColumn)->data(Qt::UserRole + 2).toInt() != status)
            show = false;
        m_table->setRowHidden(row, !show);
    }
}

int ClassOverviewPage::visibleRows() const
{
    int visible = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        visible += m_table->isRowHidden(row) ? 0 : 1;
    return visible;
}

bool ClassOverviewPage::allowAnsweredList(QString* error)
{
    if (m_overview.groupId == 0) {
        if (error)
            *error = tr("Choose a class and a round.");
        return false;
    }
    // Names leave the application: checked and logged before anything is written.
    const auto allowed =
        db::recordAnsweredListExport(m_context.db(), m_context.user, m_overview, *m_context.clock);
    if (!allowed && error)
        *error = allowed.error();
    return static_cast<bool>(allowed);
}

bool ClassOverviewPage::writeAnsweredPdf(const QString& path, QString* error)
{
    if (!allowAnsweredList(error))
        return false;
    return AnsweredList(m_overview, m_context.user.displayName, m_context.today())
        .writePdf(path, error);
}

bool ClassOverviewPage::printAnswered(QPrinter* printer, QString* error)
{
    if (!allowAnsweredList(error))
        return false;
    AnsweredList(m_overview, m_context.user.displayName, m_context.today()).print(printer);
    return true;
}

void ClassOverviewPage::askAndSaveAnswered()
{
    // Qt's own dialog, not the system's: the workspace lock can close it.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the list"), tr("answered-%1.pdf").arg(m_overview.groupName),
        tr("PDF files (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeAnsweredPdf(path, &error))
        QMessageBox::warning(this, tr("Who has answered"), error);
}

void ClassOverviewPage::askAndPrintAnswered()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printAnswered(&printer, &error))
        QMessageBox::warning(this, tr("Who has answered"), error);
}

} // namespace signaali::ui
