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
    static Loaded<Instrument> fromFile(const QString& path);
    // `sourceName` is used in messages, e.g. the file name.
    static Loaded<Instrument> fromJson(const QByteArray& json, const QString& sourceName);
};

} // namespace signaali
