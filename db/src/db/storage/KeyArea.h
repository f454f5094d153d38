#pragma once

#include "core/KeyHeader.h"

#include <QString>
#include <optional>

namespace signaali::db::keyarea {

// The key area of an encrypted database file on disk (core/KeyHeader): read,
// and rewritten one copy at a time so that a crash mid-write leaves the other.

// Whether the file begins like an encrypted Signaali database.
bool looksEncrypted(const QString& path);
std::optional<KeyHeader> read(const QString& path);
// Writes `header` as the next generation into the copy not holding the current
// one, and syncs it; the empty string on success, else why not.
QString write(const QString& path, KeyHeader header);
// Creates `path` (which must not exist) holding only the key area, owner-only.
QString create(const QString& path, const KeyHeader& header);
// Writes the key area into `path`, an empty file made by someone else (a staged backup).
QString initialise(const QString& path, const KeyHeader& header);

} // namespace signaali::db::keyarea
