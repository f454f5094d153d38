#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace signaali::db {

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

// Stored results per pupil and round, pseudonymised unless `identified`.
QList<StoredResult> storedResults(QSqlDatabase& db, const QString& round, const QString& school,
                                  bool identified);

} // namespace signaali::db
