#include "workspace/SetupWizard.h"

#include "workspace/AccountChecks.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace signaali::ui {

SetupWizard::SetupWizard(Apply apply, QWidget* parent) : QWizard(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Setting up Signaali"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(organisationPage());
    addPage(accountPage(m_admin, tr("Administrator"),
                        tr("The administrator manages users, schools and questionnaires. The "
                           "administrator does not see results."),
                        QStringLiteral("admin")));
    addPage(accountPage(m_nurse, tr("School nurse"),
                        tr("The first school nurse. She sees the results of the pupils in her "
                           "schools and runs screenings."),
                        QStringLiteral("nurse")));
    resize(620, 460);
}

QWizardPage* SetupWizard::organisationPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("organisationPage"));
    page->setTitle(tr("Municipality and school"));
    page->setSubTitle(tr("Signaali keeps all data on this computer. More schools can be added "
                         "later."));
    auto* form = new QFormLayout(page);
    m_municipality = new QLineEdit(page);
    m_municipality->setObjectName(QStringLiteral("municipality"));
    m_municipality->setAccessibleName(tr("Municipality"));
    m_school = new QLineEdit(page);
    m_school->setObjectName(QStringLiteral("school"));
    m_school->setAccessibleName(tr("First school"));
    form->addRow(tr("&Municipality:"), m_municipality);
    form->addRow(tr("First &school:"), m_school);
    addProblemLabel(page, form);
    return page;
}

QWizardPage* SetupWizard::accountPage(Account& account, const QString& title, const QString& text,
                                      const QString& objectPrefix)
{
    auto* page = new QWizardPage(this);
    page->setObjectName(objectPrefix + QStringLiteral("Page"));
    page->setTitle(title);
    page->setSubTitle(text);
    auto* form = new QFormLayout(page);
    const auto field = [&](const char* name, const QString& label, bool secret) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(objectPrefix + QString::fromLatin1(name));
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        form->addRow(label, edit);
        return edit;
    };
    account.username = field("Username", tr("&User name:"), false);
    account.name = field("Name", tr("&Name:"), false);
    account.password = field("Password", tr("&Password:"), true);
    account.again = field("PasswordAgain", tr("Password &again:"), true);
    form->addRow(
        new QLabel(tr("At least %1 characters. A pass phrase of several words is easy to remember.")
                       .arg(AccountChecks::minimumPasswordLength),
                   page));
    addProblemLabel(page, form);
    return page;
}

QString SetupWizard::accountProblem(const Account& account) const
{
    if (account.username->text().trimmed().isEmpty() || account.name->text().trimmed().isEmpty())
        return tr("Fill in the user name and the name.");
    if (account.password->text().size() < AccountChecks::minimumPasswordLength)
        return tr("The password needs at least %1 characters.")
            .arg(AccountChecks::minimumPasswordLength);
    // The rest of what db/ would refuse, in the window's words.
    for (const QString& problem : {AccountChecks::username(account.username->text()),
                                   AccountChecks::displayName(account.name->text()),
                                   AccountChecks::password(account.password->text())})
        if (!problem.isEmpty())
            return problem;
    if (account.password->text() != account.again->text())
        return tr("The two passwords differ.");
    return {};
}

bool SetupWizard::validateCurrentPage()
{
    QString problem;
    if (currentPage()->objectName() == QLatin1String("organisationPage")) {
        if (m_municipality->text().trimmed().isEmpty() || m_school->text().trimmed().isEmpty())
            problem = tr("Fill in the municipality and the school.");
        else
            problem = AccountChecks::schoolName(m_school->text());
    } else if (currentPage()->objectName() == QLatin1String("adminPage")) {
        problem = accountProblem(m_admin);
    } else {
        problem = accountProblem(m_nurse);
        if (problem.isEmpty() && m_nurse.username->text().trimmed().toLower() ==
                                     m_admin.username->text().trimmed().toLower())
            problem = tr("The nurse needs a user name of her own.");
    }
    currentPage()->findChild<QLabel*>(QStringLiteral("problem"))->setText(problem);
    return problem.isEmpty();
}

void SetupWizard::addProblemLabel(QWizardPage* page, QFormLayout* form)
{
    auto* problem = new QLabel(page);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    form->addRow(problem);
}

void SetupWizard::accept()
{
    // Finish does not check the last page before accept(): done() would, but
    // only after the answers had been stored (or refused in db/'s words).
    if (!validateCurrentPage())
        return;
    const db::Outcome<db::Done> applied = m_apply(answers());
    if (!applied) {
        currentPage()
            ->findChild<QLabel*>(QStringLiteral("problem"))
            ->setText(AccountChecks::refusal(applied.refusal));
        return;
    }
    QWizard::accept();
}

void SetupWizard::suggestSchool(const QString& name)
{
    m_school->setText(name);
}

FirstSetupAnswers SetupWizard::answers() const
{
    return {m_municipality->text().trimmed(),   m_school->text().trimmed(),
            m_admin.username->text().trimmed(), m_admin.name->text().trimmed(),
            m_admin.password->text(),           m_nurse.username->text().trimmed(),
            m_nurse.name->text().trimmed(),     m_nurse.password->text()};
}

} // namespace signaali::ui
