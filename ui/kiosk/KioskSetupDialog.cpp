#include "kiosk/KioskSetupDialog.h"

#include "core/Secret.h"
#include "db/access/AccessRules.h"
#include "db/admin/Organisation.h"
#include "db/admin/UserStore.h"
#include "db/kiosk/KioskSession.h"
#include "db/workspace/PupilDataChanges.h"
#include "kiosk/ReadAloud.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

KioskSetupDialog::KioskSetupDialog(db::Database* database, const InstrumentCatalog& catalog,
                                   const db::SignedInUser& nurse, QWidget* parent)
    : QDialog(parent), m_database(database), m_catalog(catalog), m_nurse(nurse)
{
    setObjectName(QStringLiteral("kioskSetup"));
    setWindowTitle(tr("Start a screening"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_school = new QComboBox(this);
    m_school->setObjectName(QStringLiteral("school"));
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("round"));
    m_newRound = new QLineEdit(this);
    m_newRound->setObjectName(QStringLiteral("newRound"));
    m_newRound->setPlaceholderText(tr("or a new round, e.g. \"autumn 2026, grade 8\""));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_instruments = new QListWidget(this);
    m_instruments->setObjectName(QStringLiteral("instruments"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pinAgain = new QLineEdit(this);
    m_pinAgain->setObjectName(QStringLiteral("pinAgain"));
    for (QLineEdit* edit : {m_pin, m_pinAgain})
        edit->setEchoMode(QLineEdit::Password);
    // Pupils switch their own language; the live view, the PIN prompt and the code
    // sheet stay in this one. Each language named in itself.
    m_nurseLanguage = new QComboBox(this);
    m_nurseLanguage->setObjectName(QStringLiteral("nurseLanguage"));
    m_nurseLanguage->addItem(QStringLiteral("Suomi"), QStringLiteral("fi"));
    m_nurseLanguage->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_nurseLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&School"), m_school);
    form->addRow(tr("&Round"), m_round);
    form->addRow(QString(), m_newRound);
    form->addRow(tr("&Class or group"), m_group);
    form->addRow(tr("&Questionnaires"), m_instruments);
    form->addRow(tr("&PIN to leave the kiosk"), m_pin);
    form->addRow(tr("PIN &again"), m_pinAgain);
    form->addRow(tr("&Language of your views in the kiosk"), m_nurseLanguage);
    for (QWidget* field :
         {static_cast<QWidget*>(m_school), static_cast<QWidget*>(m_round),
          static_cast<QWidget*>(m_newRound), static_cast<QWidget*>(m_group),
          static_cast<QWidget*>(m_instruments), static_cast<QWidget*>(m_pin),
          static_cast<QWidget*>(m_pinAgain), static_cast<QWidget*>(m_nurseLanguage)})
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            field->setAccessibleName(label->text().remove(QLatin1Char('&')));
    m_newRound->setAccessibleName(tr("New round"));
    layout->addLayout(form);
    m_readAloudInfo = new QLabel(readAloudInfo(), this);
    m_readAloudInfo->setObjectName(QStringLiteral("readAloudInfo"));
    m_readAloudInfo->setWordWrap(true);
    layout->addWidget(m_readAloudInfo);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("setupProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c00;"));
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start the kiosk"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startKiosk"));
    auto* import = buttons->addButton(tr("Import a class list…"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("importRoster"));
    connect(import, &QPushButton::clicked, this, &KioskSetupDialog::importRoster);
    connect(buttons, &QDialogButtonBox::accepted, this, &KioskSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (const Instrument& instrument : m_catalog.instruments()) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 (%2)").arg(
                                    instrument.title.text(QStringLiteral("fi")), instrument.id),
                                m_instruments);
        item->setData(Qt::UserRole, instrument.id);
        const bool usable = instrument.canAdminister(QStringLiteral("fi")) ||
                            instrument.canAdminister(QStringLiteral("sv")) ||
                            instrument.canAdminister(QStringLiteral("en"));
        item->setFlags(usable ? (item->flags() | Qt::ItemIsUserCheckable)
                              : (item->flags() & ~Qt::ItemIsEnabled));
        item->setCheckState(instrument.id == QLatin1String("signaali-youth") ? Qt::Checked
                                                                             : Qt::Unchecked);
        if (!usable)
            item->setToolTip(tr("Needs the official wording file before it can be administered."));
    }
    connect(m_school, &QComboBox::currentIndexChanged, this,
            &KioskSetupDialog::reloadGroupsAndRounds);
    reloadSchools();
}

void KioskSetupDialog::reloadSchools()
{
    m_school->clear();
    // The schools whose pupils she may see: an administrator has schools but no kiosk.
    const auto scope =
        db::AccessRules(m_database->connection()).scope(m_nurse, db::Permission::ViewSchoolPupils);
    const auto schools = db::UserStore(m_database->connection()).schoolsOf(m_nurse);
    if (scope && schools)
        for (const db::SchoolInfo& school : *schools)
            if (scope->everything || scope->schoolIds.contains(school.id))
                m_school->addItem(school.name, school.id);
    reloadGroupsAndRounds();
    if (m_school->count() == 0)
        showProblem(tr("There are no class lists yet. Import one first."));
}

void KioskSetupDialog::reloadGroupsAndRounds()
{
    m_group->clear();
    if (const auto groups = db::KioskSession(m_database->connection(), m_nurse)
                                .groups(m_school->currentData().toLongLong()))
        for (const db::GroupInfo& group : *groups)
            m_group->addItem(group.name, group.id);
    m_round->clear();
    const auto rounds = db::roundsFor(m_database->connection(), m_nurse);
    if (rounds)
        for (auto it = rounds->crbegin(); it != rounds->crend(); ++it)
            m_round->addItem(it->name, it->id);
}

void KioskSetupDialog::importRoster()
{
    // Qt's own dialog, not the system's: the workspace lock can close it.
    const QString file = QFileDialog::getOpenFileName(this, tr("Class list"), QString(),
                                                      tr("CSV files (*.csv *.txt)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (file.isEmpty())
        return;
    const Loaded<Roster> roster = RosterParser::parseFile(file);
    if (!roster.ok()) {
        QMessageBox::warning(this, tr("Class list"), roster.error.toString());
        return;
    }
    QStringList schools;
    for (int i = 0; i < m_school->count(); ++i)
        schools << m_school->itemText(i);
    if (schools.isEmpty()) {
        QMessageBox::warning(this, tr("Class list"),
                             tr("No school is assigned to you; the administrator assigns "
                                "schools."));
        return;
    }
    bool ok = false;
    const QString school = QInputDialog::getItem(this, tr("Class list"), tr("School"), schools,
                                                 std::max(0, m_school->currentIndex()), false, &ok);
    if (!ok || school.isEmpty())
        return;
    const bool clean = roster.value->rejected.isEmpty();
    const auto report =
        db::importRosterAs(m_database->connection(), m_nurse, *roster.value, school, !clean);
    if (!report) {
        QMessageBox::warning(this, tr("Class list"), report.error());
        return;
    }
    QStringList lines;
    for (const db::ImportRow& row : report->rows)
        if (row.outcome == db::ImportRow::Outcome::Rejected)
            lines << tr("line %1: %2").arg(row.line).arg(row.detail);
    if (!clean) {
        QMessageBox::warning(this, tr("Class list"),
                             tr("Nothing was imported: fix these rows and try again.") +
                                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return;
    }
    using Outcome = db::ImportRow::Outcome;
    QMessageBox::information(this, tr("Class list"),
                             tr("%1 added, %2 updated, %3 unchanged.")
                                 .arg(report->count(Outcome::Added))
                                 .arg(report->count(Outcome::Updated))
                                 .arg(report->count(Outcome::Unchanged)));
    reloadSchools();
    m_school->setCurrentIndex(m_school->findText(school));
    m_problem->clear();
}

QString KioskSetupDialog::readAloudInfo()
{
    const QStringList voices = ReadAloud().languagesWithVoices();
    if (voices.isEmpty())
        return tr("Read aloud does not work on this computer: no text-to-speech voices are "
                  "installed. Pupils who need the questions read to them need your help.");
    const QList<std::pair<QString, QString>> names{{QStringLiteral("fi"), tr("Finnish")},
                                                   {QStringLiteral("sv"), tr("Swedish")},
                                                   {QStringLiteral("en"), tr("English")}};
    QStringList have, missing;
    for (const auto& [code, name] : names)
        (voices.contains(code) ? have : missing) << name;
    QString text = tr("Read aloud has voices in: %1.").arg(have.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        text += QLatin1Char(' ') +
                tr("No voice in: %1; pupils answering in it cannot have questions read aloud.")
                    .arg(missing.join(QStringLiteral(", ")));
    return text;
}

void KioskSetupDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
}

void KioskSetupDialog::accept()
{
    KioskConfig config;
    config.database = m_database;
    config.schoolId = m_school->currentData().toLongLong();
    config.groupId = m_group->currentData().toLongLong();
    config.groupName = m_group->currentText();
    for (int i = 0; i < m_instruments->count(); ++i)
        if (m_instruments->item(i)->checkState() == Qt::Checked)
            config.instruments << *m_catalog.find(
                m_instruments->item(i)->data(Qt::UserRole).toString());
    if (!config.groupId)
        return showProblem(tr("Choose a class or group."));
    if (config.instruments.isEmpty())
        return showProblem(tr("Choose at least one questionnaire."));
    if (m_pin->text().size() < 4)
        return showProblem(tr("The PIN needs at least 4 characters."));
    if (m_pin->text() != m_pinAgain->text())
        return showProblem(tr("The two PINs differ."));
    if (const auto may =
            db::KioskSession(m_database->connection(), m_nurse).mayViewLive(config.groupId);
        !may)
        return showProblem(may.error());
    config.nurse = m_nurse;
    config.nurseLanguage = m_nurseLanguage->currentData().toString();
    if (!m_newRound->text().trimmed().isEmpty()) {
        const auto round = db::createRoundAs(m_database->connection(), m_nurse,
                                             m_newRound->text().trimmed(), QDate::currentDate());
        if (!round)
            return showProblem(round.error());
        config.roundId = round->id;
        config.roundName = m_newRound->text().trimmed();
    } else {
        config.roundId = m_round->currentData().toLongLong();
        config.roundName = m_round->currentText();
    }
    if (!config.roundId)
        return showProblem(tr("Choose a round or name a new one."));
    const auto hash = Secret::hash(m_pin->text());
    if (!hash)
        return showProblem(tr("The PIN could not be stored."));
    config.exitSecretHash = *hash;
    m_config = config;
    QDialog::accept();
}

} // namespace signaali::ui
