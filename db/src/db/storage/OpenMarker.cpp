#include "db/storage/OpenMarker.h"

#include "db/storage/DatabaseLock.h"

#include <QFile>
#include <QFileInfo>

namespace signaali::db {

QString OpenMarker::path(const QString& databasePath)
{
    return databasePath + QStringLiteral("-open");
}

bool OpenMarker::uncleanShutdown(const QString& databasePath)
{
    if (!QFileInfo::exists(path(databasePath)))
        return false;
    // Another process holding the file open keeps the marker for itself.
    return DatabaseLock(databasePath, DatabaseLock::Mode::Exclusive).held();
}

void OpenMarker::set(const QString& databasePath)
{
    QFile marker(path(databasePath));
    if (!marker.exists() && marker.open(QIODevice::WriteOnly))
        marker.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void OpenMarker::clearIfLast(const QString& databasePath)
{
    if (DatabaseLock(databasePath, DatabaseLock::Mode::Exclusive).held())
        QFile::remove(path(databasePath));
}

} // namespace signaali::db
