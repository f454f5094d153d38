#pragma once

#include <QStringList>

namespace signaali::cli {

// bench: scoring, storage, dashboard and workspace benchmarks.
int runBench(const QStringList& arguments);

} // namespace signaali::cli
