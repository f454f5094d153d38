#include "core/Percentiles.h"

#include <algorithm>

namespace signaali {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index =
        std::min<qsizetype>(static_cast<qsizetype>(p * values.size()), values.size() - 1);
    return values[index];
}

QJsonObject timingSummary(const QList<double>& milliseconds)
{
    return {{QStringLiteral("median"), percentile(milliseconds, 0.5)},
            {QStringLiteral("p95"), percentile(milliseconds, 0.95)},
            {QStringLiteral("max"), percentile(milliseconds, 1.0)},
            {QStringLiteral("runs"), static_cast<int>(milliseconds.size())}};
}

} // namespace signaali
