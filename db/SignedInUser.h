#pragma once

#include <QList>
#include <QString>

namespace signaali::db {

// The roles of PRODUCT.md. What each may read is decided in db/, where the data is read.
enum class Role { Nurse, CaseTeam, WelfareGroup, Coordinator, Admin };

// Who is asking. Every query that returns identified or aggregate data takes one.
struct SignedInUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Nurse;
    QList<qint64> schoolIds; // the schools a nurse or welfare group works in

    bool seesIdentifiedData() const { return role == Role::Nurse || role == Role::CaseTeam; }
    bool seesOnlyAggregates() const
    {
        return role == Role::WelfareGroup || role == Role::Coordinator;
    }
};

} // namespace signaali::db
