#pragma once

#include <QString>

namespace signaali::db {

// The response a checked-in pupil answers: new, or resumed where it stopped.
struct KioskResponse
{
    qint64 id = 0;
    QString language; // the language it was started in
};

} // namespace signaali::db
