#pragma once

#include <QString>

namespace signaali::db {

// Tells whether any Signaali process has a database open: every open
// Database holds a shared lock on "<database>-lock" for its lifetime, and a
// restore takes the lock exclusively before it moves a file. An flock(2) on a
// file of its own, so SQLite's own POSIX locks on the database are untouched.
class DatabaseLock
{
public:
    enum class Mode { Shared, Exclusive };
    // Tries once, never waits: false when another holder is in the way (or
    // the lock file cannot be made; then sharing carries on without it).
    DatabaseLock(const QString& databasePath, Mode mode);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    bool held() const { return m_held; }
    // Another process holds the lock in the way (not: the lock file could not be made).
    bool blocked() const { return m_fd >= 0 && !m_held; }
    static QString lockPath(const QString& databasePath);

private:
    int m_fd = -1;
    bool m_held = false;
};

} // namespace signaali::db
