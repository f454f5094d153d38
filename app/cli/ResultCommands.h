#pragma once

#include <QStringList>

namespace signaali::cli {

// rounds, record, results: screening rounds and stored results.
int runRounds(const QStringList& arguments);
int runRecord(const QStringList& arguments);
int runResults(const QStringList& arguments);

} // namespace signaali::cli
