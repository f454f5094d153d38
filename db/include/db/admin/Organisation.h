#pragma once

#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace signaali::db {

struct SchoolInfo
{
    qint64 id = 0;
    QString uuid;
    QString name;
};

struct RoundInfo
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QDate startsOn;
    QString createdAt;
};

// Screening rounds as a signed-in user sees them: names and dates, no pupil
// data, so every active account may list them. Before set-up, nobody (id 0)
// may too, to fill a new database.
Outcome<QList<RoundInfo>> roundsFor(QSqlDatabase& db, const SignedInUser& user);
// One round by name, uuid or numeric id.
Outcome<RoundInfo> roundFor(QSqlDatabase& db, const SignedInUser& user, const QString& key);

// A school by name, for naming one in a request: not identified data, so every
// active account (and nobody before set-up) may look one up.
Outcome<SchoolInfo> schoolFor(QSqlDatabase& db, const SignedInUser& user, const QString& name);
// Every school of a database that has no accounts yet, for the first start to
// suggest the school a class list was imported into; refused once set-up has run.
Outcome<QList<SchoolInfo>> schoolsBeforeSetup(QSqlDatabase& db);
// The municipality `name`, made while the database has no accounts yet. Once
// set-up has run only an existing one is returned.
Outcome<qint64> municipalityBeforeSetup(QSqlDatabase& db, const QString& name);
// The municipality's name (for the recovery sheet); empty before set-up.
QString municipalityName(QSqlDatabase& db);

} // namespace signaali::db
