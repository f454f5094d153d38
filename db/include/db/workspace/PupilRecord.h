#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace signaali::db {

// A pupil as the class lists show them: identified data.
struct PupilRecord
{
    qint64 id = 0;
    QString uuid;
    QString school;
    QString lastName;
    QString firstName;
    QDate dateOfBirth;
    QString identityCode;
    QString gender;
    QString language;
    QString className;
    QStringList groups;
};

} // namespace signaali::db
