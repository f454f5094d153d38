#pragma once

#include "db/access/SignedInUser.h"

#include <QCoreApplication>
#include <QString>

namespace signaali::ui {

// The user-visible names of the roles. The one place in ui/ that goes through
// the roles one by one: what a role may do is asked of db::AccessRules.
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::RoleText)

public:
    static QString name(db::Role role);
    // A stored role id (db::roleId) by name; an unknown id as it is.
    static QString name(const QString& id);
};

} // namespace signaali::ui
