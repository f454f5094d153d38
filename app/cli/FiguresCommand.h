#pragma once

#include <QStringList>

namespace signaali::cli {

// figures: the protected group figures of a round, exported to CSV or XLSX.
int runFigures(const QStringList& arguments);
int runThreshold(const QStringList& arguments);

} // namespace signaali::cli
