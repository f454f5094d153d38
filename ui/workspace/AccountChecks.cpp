#include "workspace/AccountChecks.h"

#include <QRegularExpression>

namespace signaali::ui {

QString AccountChecks::username(const QString& text)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    const QString normalised = text.trimmed().toLower();
    if (normalised.isEmpty())
        return tr("Fill in the user name.");
    if (!allowed.match(normalised).hasMatch())
        return tr("The user name needs 2 to 64 characters: letters a–z, digits, '.', '_' or '-'.");
    return {};
}

QString AccountChecks::displayName(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Fill in the name.");
    if (trimmed.size() > 200)
        return tr("The name can have at most 200 characters.");
    return {};
}

QString AccountChecks::password(const QString& text)
{
    if (text.size() < minimumPasswordLength)
        return tr("The password needs at least %1 characters.").arg(minimumPasswordLength);
    if (text.size() > 1024)
        return tr("The password can have at most 1024 characters.");
    if (text.trimmed().isEmpty())
        return tr("The password cannot be only spaces.");
    return {};
}

QString AccountChecks::schoolName(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Fill in the name of the school.");
    if (trimmed.size() > 200)
        return tr("The name of the school can have at most 200 characters.");
    return {};
}

QString AccountChecks::schools(db::Role role, int count)
{
    if (db::roleHasSchools(role) && count == 0)
        return tr("Choose at least one school: a nurse or a pupil welfare group without a "
                  "school sees nothing.");
    if (!db::roleHasSchools(role) && count > 0)
        return tr("Only a nurse or a pupil welfare group is assigned schools.");
    return {};
}

QString AccountChecks::refusal(const db::Refusal& refusal)
{
    using Code = db::Refusal::Code;
    switch (refusal.code) {
    case Code::UserNameTaken:
        return tr("The user name %1 is already in use.").arg(refusal.args.value(0));
    case Code::SchoolExists:
        return tr("There already is a school called %1.").arg(refusal.args.value(0));
    case Code::SetupDone:
        return tr("Signaali has already been set up.");
    case Code::OwnAccount:
        return tr("You cannot deactivate your own account.");
    case Code::NurseNameSame:
        return tr("The nurse needs a user name of her own.");
    case Code::SchoolsNeeded:
        return schools(db::Role::Nurse, 0);
    default:
        break;
    }
    return tr("Not saved: %1").arg(RefusalText::message(refusal));
}

} // namespace signaali::ui
