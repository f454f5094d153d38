#pragma once

#include <QStringList>

namespace signaali::cli {

// generate-demo: a synthetic municipality for demos and benchmarks.
int runGenerateDemo(const QStringList& arguments);

} // namespace signaali::cli
