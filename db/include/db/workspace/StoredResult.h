#pragma once

#include <QJsonObject>
#include <QString>

namespace signaali::db {

// One stored response and its result; pseudonymised (pupil uuid) unless the
// names were asked for.
struct StoredResult
{
    qint64 responseId = 0;
    QString responseUuid;
    QString pupilUuid;
    QString lastName; // identified: only filled when asked for
    QString firstName;
    QString school;
    QString className;
    QString round;
    QString instrument;
    QString version;
    QString status;
    QString completedAt;
    QJsonObject
        result; // the stored result as signaali-cli score prints it; empty when not completed
};

} // namespace signaali::db
