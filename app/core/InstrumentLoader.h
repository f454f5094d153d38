#pragma once

#include "core/Instrument.h"
#include "core/LoadError.h"

#include <QByteArray>
#include <QString>

namespace signaali {

// Reads and checks instrument definitions (docs/instrument-format.md).
// Never throws; a bad definition comes back as a LoadError naming the file,
// the JSON path and the problem.
class InstrumentLoader
{
public:
    // Far above any real instrument (the built-in one is about 60 KiB); a file
    // chosen by mistake is refused before it is read whole.
    static constexpr qint64 kMaximumFileSize = 16 * 1024 * 1024;

    static Loaded<Instrument> fromFile(const QString& path);
    // `sourceName` is used in messages, e.g. the file name.
    static Loaded<Instrument> fromJson(const QByteArray& json, const QString& sourceName);
};

} // namespace signaali
