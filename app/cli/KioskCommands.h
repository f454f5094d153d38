#pragma once

#include <QStringList>

namespace signaali::cli {

// codes: the one-time check-in codes of a class for a round, to print and hand out.
int runCodes(const QStringList& arguments);

} // namespace signaali::cli
