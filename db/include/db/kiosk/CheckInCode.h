#pragma once

#include <QString>

namespace signaali::db {

// A pupil's printable one-time check-in code, with the name it is printed under.
struct CheckInCode
{
    qint64 pupilId = 0;
    QString fullName;
    QString code;
};

} // namespace signaali::db
