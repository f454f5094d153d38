#pragma once

#include "core/LoadError.h"

#include <QByteArray>
#include <QString>

namespace signaali {

// Reads a file the user named, refusing one larger than `maximumBytes` before it
// is in memory. The read itself is bounded, not only the size the file reports:
// a device such as /dev/zero reports 0 bytes and never ends. `what` names the
// kind of file in the message ("an instrument file", "a class list").
Loaded<QByteArray> readBoundedFile(const QString& path, qint64 maximumBytes, const QString& what);

} // namespace signaali
