#include "db/storage/DatabaseLock.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace signaali::db {

QString DatabaseLock::lockPath(const QString& databasePath)
{
    return databasePath + QStringLiteral("-lock");
}

DatabaseLock::DatabaseLock(const QString& databasePath, Mode mode)
{
#ifdef Q_OS_UNIX
    m_fd = ::open(QFile::encodeName(lockPath(databasePath)).constData(),
                  O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return;
    m_held = ::flock(m_fd, (mode == Mode::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0;
#else
    // Elsewhere the restore relies on the file being busy to move.
    Q_UNUSED(databasePath);
    Q_UNUSED(mode);
    m_held = true;
#endif
}

DatabaseLock::~DatabaseLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
#endif
}

} // namespace signaali::db
