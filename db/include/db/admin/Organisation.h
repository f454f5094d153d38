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

} // namespace signaali::db
