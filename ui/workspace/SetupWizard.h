#pragma once

#include "db/Outcome.h"

#include <QWizard>
#include <functional>

class QFormLayout;
class QLineEdit;

namespace signaali::ui {

// What the first start asks for: the municipality, the first school, and the
// administrator's and the first nurse's accounts.
struct FirstSetupAnswers
{
    QString municipality;
    QString school;
    QString adminUsername;
    QString adminName;
    QString adminPassword;
    QString nurseUsername;
    QString nurseName;
    QString nursePassword;
};

// The first-start wizard. `apply` stores the answers, or returns db/'s refusal:
// the wizard then stays open and says it in the window's language.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    using Apply = std::function<db::Outcome<db::Done>(const FirstSetupAnswers&)>;
    SetupWizard(Apply apply, QWidget* parent = nullptr);
    FirstSetupAnswers answers() const;
    void suggestSchool(const QString& name);

protected:
    bool validateCurrentPage() override;
    void accept() override;

private:
    struct Account
    {
        QLineEdit* username = nullptr;
        QLineEdit* name = nullptr;
        QLineEdit* password = nullptr;
        QLineEdit* again = nullptr;
    };
    QWizardPage* organisationPage();
    QWizardPage* accountPage(Account& account, const QString& title, const QString& text,
                             const QString& objectPrefix);
    QString accountProblem(const Account& account) const;
    void addProblemLabel(QWizardPage* page, QFormLayout* form);

    Apply m_apply;
    QLineEdit* m_municipality = nullptr;
    QLineEdit* m_school = nullptr;
    Account m_admin;
    Account m_nurse;
};

} // namespace signaali::ui
