#pragma once

#include "core/KeyHeader.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace signaali::db::keyarea {

// The key area of an encrypted database file on disk (core/KeyHeader): read,
// and rewritten one copy at a time so that a crash mid-write leaves the other.

// Whether the file begins like an encrypted Signaali database (either copy's magic).
bool looksEncrypted(const QString& path);
// These two open the file themselves: only for a file no connection in this
// process has open (closing a descriptor drops the process's SQLite locks).
std::optional<KeyHeader> read(const QString& path);
// Writes `header` as the next generation into the copy not holding the current
// one and syncs it, then into the other copy, so no copy keeps a replaced
// slot; the empty string on success, else why not. Never creates the file.
QString write(const QString& path, KeyHeader header);
// The same through the open connection's own file handle.
std::optional<KeyHeader> read(QSqlDatabase& db);
QString write(QSqlDatabase& db, KeyHeader header);
// Creates `path` (which must not exist) holding only the key area, owner-only.
QString create(const QString& path, const KeyHeader& header);
// Writes the key area into `path`, an empty file made by someone else (a staged backup).
QString initialise(const QString& path, const KeyHeader& header);

} // namespace signaali::db::keyarea
