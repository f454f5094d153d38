#pragma once

#include <QString>

namespace signaali::db {

// "<database>-open": written when a database is opened and removed when the
// last process holding it closes it cleanly. Found while nobody has the file
// open, it means the last session ended in a crash or a power cut, and the
// next open runs the quick check that a clean file no longer pays for.
class OpenMarker
{
public:
    static QString path(const QString& databasePath);
    static bool uncleanShutdown(const QString& databasePath);
    static void set(const QString& databasePath);
    // Removes the marker when no other process holds the database open.
    static void clearIfLast(const QString& databasePath);
};

} // namespace signaali::db
