#include "workspace/RoleText.h"

namespace signaali::ui {

QString RoleText::name(db::Role role)
{
    switch (role) {
    case db::Role::Nurse:
        return tr("School nurse");
    case db::Role::CaseTeam:
        return tr("Case team member");
    case db::Role::WelfareGroup:
        return tr("Pupil welfare group");
    case db::Role::Coordinator:
        return tr("Coordinator");
    case db::Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString RoleText::name(const QString& id)
{
    const auto role = db::roleFromId(id);
    return role ? name(*role) : id;
}

} // namespace signaali::ui
