#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/admin/Organisation.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace signaali::db {

// Municipality, schools, classes and groups, and screening rounds. Unchecked:
// the services in db/include check the user first. Lookups that may find
// nothing return optional; what can fail returns Outcome.
class OrganisationStore
{
public:
    explicit OrganisationStore(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    Outcome<qint64> ensureMunicipality(const QString& name);
    Outcome<qint64> ensureSchool(const QString& name);
    std::optional<SchoolInfo> school(const QString& name);
    QList<SchoolInfo> schools();
    // A class ("8B") or another group in a school; the grade is read from a
    // class name that starts with a number.
    Outcome<qint64> ensureGroup(qint64 schoolId, const QString& name, const QString& kind);

    Outcome<RoundInfo> createRound(const QString& name, const QDate& startsOn);
    QList<RoundInfo> rounds();
    // By name, uuid or numeric id.
    std::optional<RoundInfo> round(const QString& key);

private:
    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
