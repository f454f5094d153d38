#pragma once

#include <QStringList>

namespace signaali::cli {

// bench workspace: class overview, attention list and profile timings.
int runWorkspaceBench(const QStringList& arguments);

} // namespace signaali::cli
