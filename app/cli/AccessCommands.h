#pragma once

#include <QStringList>

namespace signaali::cli {

// access: the four-eyes confirmations and notices; password: one's own password.
int runAccess(const QStringList& arguments);
int runPassword(const QStringList& arguments);

} // namespace signaali::cli
