#pragma once

#include <QStringList>

namespace signaali::cli {

// case: follow-up actions, booked follow-ups and sharing a case with consent.
int runCase(const QStringList& arguments);

} // namespace signaali::cli
