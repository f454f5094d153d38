#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace signaali::db {

// The roles of docs/product.md. What each may do is decided in db/ (AccessRules), where the
// data is read; ui/ asks AccessRules::allows and never compares roles.
enum class Role { Nurse, CaseTeam, WelfareGroup, Coordinator, Admin };

// Who is asking. Every query that returns identified or aggregate data takes one.
struct SignedInUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Nurse;
    QList<qint64> schoolIds; // the schools a nurse or welfare group works in
    // The administrator set a one-time password: nothing is allowed until it is changed.
    bool mustChangePassword = false;
};

// Whether the role's schools reach pupils' identified data, so that giving
// one takes a second person's confirmation (AccessGrants).
inline bool schoolGivesIdentifiedData(Role role)
{
    return role == Role::Nurse;
}

// The stable ids stored in app_user.role and used by the CLI: nurse,
// case_team, welfare_group, coordinator, admin.
inline QString roleId(Role role)
{
    switch (role) {
    case Role::Nurse:
        return QStringLiteral("nurse");
    case Role::CaseTeam:
        return QStringLiteral("case_team");
    case Role::WelfareGroup:
        return QStringLiteral("welfare_group");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

inline const QList<Role>& allRoles()
{
    static const QList<Role> roles{Role::Nurse, Role::CaseTeam, Role::WelfareGroup,
                                   Role::Coordinator, Role::Admin};
    return roles;
}

inline std::optional<Role> roleFromId(const QString& id)
{
    for (Role role : allRoles())
        if (roleId(role) == id)
            return role;
    return std::nullopt;
}

// Whether the role works in assigned schools (user_school).
inline bool roleHasSchools(Role role)
{
    return role == Role::Nurse || role == Role::WelfareGroup;
}

} // namespace signaali::db
