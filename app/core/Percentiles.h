#pragma once

#include <QJsonObject>
#include <QList>

namespace signaali {

// The value below which the fraction `p` (0..1) of `values` lie (nearest rank);
// 0 for no values. For the benchmarks' figures.
double percentile(QList<double> values, double p);

// {"median", "p95", "max", "runs"} of timings in milliseconds.
QJsonObject timingSummary(const QList<double>& milliseconds);

} // namespace signaali
