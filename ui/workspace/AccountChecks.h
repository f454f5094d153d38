#pragma once

#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QCoreApplication>
#include <QString>

namespace signaali::ui {

// The account rules of db/ (UserValidation) checked again before asking db/,
// so that the window can say what is wrong in its own language. db/ still
// decides; its refusals that the window recognises are translated too. Each
// check returns an empty string when the value is fine.
class AccountChecks
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::AccountChecks)

public:
    static constexpr int minimumPasswordLength = 10; // db::UserStore::kMinimumPasswordLength

    static QString username(const QString& text);
    static QString displayName(const QString& text);
    static QString password(const QString& text);
    static QString schoolName(const QString& text);
    // A nurse or a welfare group needs at least one school; others have none.
    static QString schools(db::Role role, int count);
    // A refusal of db/ in the window's words where it is about accounts;
    // otherwise its RefusalText after a translated lead.
    static QString refusal(const db::Refusal& refusal);
};

} // namespace signaali::ui
