#pragma once

#include "core/DeviceIdentity.h"

#include <QString>
#include <optional>

class QLabel;
class QWidget;

namespace signaali::ui {

// How the workspace shows and reads device lines and their fingerprints.
struct DeviceText
{
    // What a person typed, for comparing with a fingerprint: case, spaces and
    // dashes aside, and the letters Crockford's base32 never uses read as the
    // digits they are mistaken for (O as 0, I and L as 1).
    static QString normalisedFingerprint(const QString& text);
    static bool sameFingerprint(const QString& typed, const QString& fingerprint);
    // Large enough to be read aloud from across a room, and selectable.
    static QLabel* fingerprintLabel(const QString& fingerprint, QWidget* parent);
    // A device file: the line, and a comment with its fingerprint for the
    // person who compares it.
    static QByteArray deviceFile(const DeviceLine& line);
    // The first line that is not empty or a # comment, as db::Devices::trust
    // reads it; nothing when that is not a device line.
    static std::optional<DeviceLine> firstLine(const QString& text);
    // "Testikunta / laptop-3" as part of a file name: "testikunta-laptop-3".
    static QString fileNamePart(const QString& name);
};

} // namespace signaali::ui
