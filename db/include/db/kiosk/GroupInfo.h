#pragma once

#include <QString>

namespace signaali::db {

// A class or another group of pupils in a school.
struct GroupInfo
{
    qint64 id = 0;
    QString name;
    QString kind; // class or group
};

} // namespace signaali::db
