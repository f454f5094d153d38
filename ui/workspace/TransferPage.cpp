#include "workspace/TransferPage.h"

#include "db/access/AccessRules.h"
#include "db/admin/Organisation.h"
#include "db/admin/UserStore.h"
#include "db/exchange/Devices.h"
#include "workspace/BundleText.h"
#include "workspace/ConflictsPanel.h"
#include "workspace/DeviceText.h"
#include "workspace/TransferProgress.h"
#include "workspace/WorkspaceEvents.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace signaali::ui {

namespace {
bool may(const db::SignedInUser& user, db::Permission permission)
{
    return db::AccessRules::allows(user, permission);
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A short list of names to tick, all ticked: everything unless narrowed.
QListWidget* checkList(const char* name, const QString& accessibleName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setAccessibleName(accessibleName);
    return list;
}

void addChecked(QListWidget* list, const QString& text, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

// As tall as its rows, up to five; more scroll.
void fitRows(QListWidget* list)
{
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height();
    list->setFixedHeight(row * std::clamp(static_cast<int>(list->count()), 1, 5) +
                         2 * list->frameWidth() + 2);
}
} // namespace

bool TransferPage::offered(const db::SignedInUser& user)
{
    return may(user, db::Permission::SendIdentified) || may(user, db::Permission::SendSummary) ||
           may(user, db::Permission::ReceiveIdentified) ||
           may(user, db::Permission::ReceiveSummary);
}

TransferPage::TransferPage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("transferPage"));
    const db::SignedInUser& user = context.user;
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    if (may(user, db::Permission::SendIdentified) || may(user, db::Permission::SendSummary))
        top->addWidget(buildSend(), 3);
    if (may(user, db::Permission::ReceiveIdentified) || may(user, db::Permission::ReceiveSummary))
        top->addWidget(buildReceive(), 2);
    layout->addLayout(top);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("transferResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setStyleSheet(QStringLiteral("QLabel { background: #eef6ee; border: 1px solid "
                                           "#9cc59c; border-radius: 4px; padding: 8px; }"));
    m_result->hide();
    layout->addWidget(m_result);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("transferProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    // bundleConflicts lists the pupils of the nurse's own schools.
    if (may(user, db::Permission::ReceiveIdentified) &&
        may(user, db::Permission::ViewSchoolPupils)) {
        m_conflicts = new ConflictsPanel(context, this);
        layout->addWidget(m_conflicts, 1);
        connect(m_conflicts, &ConflictsPanel::openProfile, this, &TransferPage::openProfile);
    } else {
        layout->addStretch(1);
    }
    if (context.events)
        connect(context.events, &WorkspaceEvents::devicesChanged, this, &TransferPage::loadDevices);
    loadDevices();
    loadChoices();
}

QWidget* TransferPage::buildSend()
{
    const db::SignedInUser& user = m_context.user;
    auto* box = new QGroupBox(tr("Send results"), this);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(paragraph(tr("The results go to another installation as one file, "
                                   "encrypted for it and signed by this one."),
                                box));
    auto* form = new QFormLayout;
    m_device = new QComboBox(box);
    m_device->setObjectName(QStringLiteral("sendTo"));
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("sendKind"));
    if (may(user, db::Permission::SendIdentified))
        m_kind->addItem(tr("Pupils' results (for a nurse of the same schools)"),
                        static_cast<int>(db::BundleKind::Identified));
    if (may(user, db::Permission::SendSummary))
        m_kind->addItem(tr("Group figures only (counts, for the coordinator)"),
                        static_cast<int>(db::BundleKind::Summary));
    m_schools = checkList("sendSchools", tr("Schools to send"), box);
    m_rounds = checkList("sendRounds", tr("Rounds to send"), box);
    form->addRow(tr("&To:"), m_device);
    form->addRow(tr("&What:"), m_kind);
    form->addRow(tr("&Schools:"), m_schools);
    form->addRow(tr("&Rounds:"), m_rounds);
    layout->addLayout(form);
    m_send = new QPushButton(tr("Send &results\u2026"), box);
    m_send->setObjectName(QStringLiteral("sendBundle"));
    layout->addWidget(m_send, 0, Qt::AlignLeft);
    connect(m_send, &QPushButton::clicked, this, &TransferPage::chooseSendFile);
    return box;
}

QWidget* TransferPage::buildReceive()
{
    auto* box = new QGroupBox(tr("Receive results"), this);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(
        paragraph(tr("A bundle file made for this installation by one it trusts. It is checked "
                     "whole before anything is merged: a bundle that fails a check changes "
                     "nothing, and the same bundle is received only once."),
                  box));
    auto* receive = new QPushButton(tr("Re&ceive results\u2026"), box);
    receive->setObjectName(QStringLiteral("receiveBundle"));
    layout->addWidget(receive, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(receive, &QPushButton::clicked, this, &TransferPage::chooseReceiveFile);
    return box;
}

void TransferPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadDevices(); // the administrator may have trusted one since
}

void TransferPage::loadDevices()
{
    if (!m_device)
        return;
    const QString current = m_device->currentData().toString();
    m_device->clear();
    const auto devices = db::Devices(m_context.db(), *m_context.clock).list(m_context.user);
    if (devices)
        for (const db::TrustedDevice& d : *devices)
            if (!d.revoked())
                m_device->addItem(tr("%1 (%2)").arg(d.line.name, d.line.fingerprint()),
                                  d.line.name);
    if (m_device->count() == 0)
        m_device->setPlaceholderText(
            tr("No trusted installation: the administrator trusts one on the Devices page"));
    const int again = m_device->findData(current);
    if (again >= 0)
        m_device->setCurrentIndex(again);
    m_send->setEnabled(m_device->count() > 0 && m_kind->count() > 0);
}

void TransferPage::loadChoices()
{
    if (!m_schools)
        return;
    // Again after a bundle brought rounds or schools: what was unticked stays so.
    QStringList unticked;
    for (QListWidget* list : {m_schools, m_rounds})
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() != Qt::Checked)
                unticked << list->item(i)->text();
    m_schools->clear();
    m_rounds->clear();
    const auto schools = db::UserStore(m_context.db(), *m_context.clock).schoolsOf(m_context.user);
    if (schools)
        for (const db::SchoolInfo& school : *schools)
            addChecked(m_schools, school.name, !unticked.contains(school.name));
    const auto rounds = db::roundsFor(m_context.db(), m_context.user);
    if (rounds)
        for (auto it = rounds->crbegin(); it != rounds->crend(); ++it) // newest first
            addChecked(m_rounds, it->name, !unticked.contains(it->name));
    for (QListWidget* list : {m_schools, m_rounds})
        fitRows(list);
}

QStringList TransferPage::checked(QListWidget* list) const
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            names << list->item(i)->text();
    return names;
}

QString TransferPage::suggestedFileName() const
{
    const QStringList schools = m_schools ? checked(m_schools) : QStringList();
    const QString school =
        schools.size() == 1 ? schools.first() : db::municipalityName(m_context.db());
    QString name = QStringLiteral("signaali-") + DeviceText::fileNamePart(school);
    if (m_kind && m_kind->currentData().toInt() == static_cast<int>(db::BundleKind::Summary))
        name += QLatin1Char('-') + DeviceText::fileNamePart(tr("summary", "in a file name"));
    return name + QLatin1Char('-') + m_context.today().toString(Qt::ISODate) +
           QStringLiteral(".bundle");
}

QString TransferPage::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

QString TransferPage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TransferPage::showResult(const QString& text)
{
    m_problem->hide();
    m_result->setText(text);
    m_result->show();
}

void TransferPage::showProblem(const QString& text)
{
    m_result->hide();
    m_problem->setText(text);
    m_problem->show();
}

void TransferPage::chooseSendFile()
{
    // Qt's own dialog, not the system's: the workspace lock can close it. It
    // asks before replacing a file.
    const QString path = QFileDialog::getSaveFileName(this, tr("Send results"), suggestedFileName(),
                                                      tr("Signaali bundles (*.bundle)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        send(path);
}

void TransferPage::chooseReceiveFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Receive results"), QString(), tr("Signaali bundles (*.bundle);;All files (*)"),
        nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        receive(path);
}

bool TransferPage::send(const QString& path)
{
    if (!m_device || m_device->currentIndex() < 0) {
        showProblem(tr("Choose the installation to send to. The administrator trusts "
                       "installations on the Devices page."));
        return false;
    }
    const QStringList schools = checked(m_schools);
    const QStringList rounds = checked(m_rounds);
    if (schools.isEmpty() || rounds.isEmpty()) {
        showProblem(schools.isEmpty() ? tr("Choose at least one school to send.")
                                      : tr("Choose at least one round to send."));
        return false;
    }
    db::BundleRequest request;
    request.to = m_device->currentData().toString();
    request.kind = static_cast<db::BundleKind>(m_kind->currentData().toInt());
    // Everything ticked is everything: no list to check name by name.
    if (schools.size() < m_schools->count())
        request.schools = schools;
    if (rounds.size() < m_rounds->count())
        request.rounds = rounds;
    request.path = path;
    request.replace = true;
    TransferProgress progress(tr("Writing the bundle\u2026"), m_context.events, this);
    const auto made = db::exportBundle(m_context.db(), m_context.user, request, progress.callback(),
                                       *m_context.clock);
    // From here on nothing reads the database: a lock held back may happen now.
    progress.finish();
    if (!made) {
        showProblem(made.error());
        return false;
    }
    showResult(BundleText::made(*made, request.to, request.kind));
    return true;
}

bool TransferPage::receive(const QString& path)
{
    TransferProgress progress(tr("Checking and merging the bundle\u2026"), m_context.events, this);
    const auto imported =
        db::importBundle(m_context.db(), m_context.user, path, progress.callback(),
                         *m_context.clock, QFileInfo(path).fileName());
    if (imported) {
        // The merge was one transaction: the secure-deleted pages of anything
        // it replaced leave the WAL too.
        m_context.database->checkpoint();
        if (m_conflicts)
            m_conflicts->changed();
        loadChoices();
        if (m_context.events)
            emit m_context.events->caseChanged(); // new results for the lists
    }
    progress.finish();
    if (!imported) {
        showProblem(imported.error());
        return false;
    }
    showResult(BundleText::imported(*imported));
    return true;
}

} // namespace signaali::ui
