#pragma once

#include "core/Instrument.h"
#include "core/LoadError.h"

#include <QString>
#include <optional>

namespace signaali {

// A deployer's official wording for a validated instrument, one file per
// language (docs/instrument-format.md, "Official wording files").
class Wording
{
public:
    // Merges one wording file over the instrument's labels; on error the
    // instrument is left unchanged.
    static std::optional<LoadError> applyFile(Instrument& instrument, const QString& path);
    // The same from the file's bytes; `sourceName` is used in messages.
    static std::optional<LoadError> applyJson(Instrument& instrument, const QByteArray& json,
                                              const QString& sourceName);
    // Applies every <id>.<language>.json for this instrument found in `folder`.
    static QList<LoadError> applyFolder(Instrument& instrument, const QString& folder);
};

} // namespace signaali
