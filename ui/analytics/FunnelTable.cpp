#include "analytics/FunnelTable.h"

namespace signaali::ui {

namespace {
QString positionId(stats::FunnelPosition position)
{
    switch (position) {
    case stats::FunnelPosition::Below998:
        return QStringLiteral("below_99.8");
    case stats::FunnelPosition::Below95:
        return QStringLiteral("below_95");
    case stats::FunnelPosition::Within:
        return QStringLiteral("within");
    case stats::FunnelPosition::Above95:
        return QStringLiteral("above_95");
    case stats::FunnelPosition::Above998:
        return QStringLiteral("above_99.8");
    }
    return {};
}
} // namespace

ExportTable funnelTable(const db::FunnelPlot& plot, int threshold)
{
    // Column names and values are stable identifiers, like GroupFigures::toTable, so
    // that spreadsheets built on an export keep working whatever the UI language.
    ExportTable table;
    table.title = QStringLiteral("Funnel plot");
    table.columns = {
        QStringLiteral("round"),       QStringLiteral("school"),   QStringLiteral("group"),
        QStringLiteral("domain"),      QStringLiteral("gender"),   QStringLiteral("measure"),
        QStringLiteral("respondents"), QStringLiteral("count"),    QStringLiteral("share"),
        QStringLiteral("lower_99.8"),  QStringLiteral("lower_95"), QStringLiteral("upper_95"),
        QStringLiteral("upper_99.8"),  QStringLiteral("position")};
    for (const db::FunnelPoint& point : plot.points) {
        QVariantList row{plot.roundName,
                         point.group.schoolName,
                         point.group.label,
                         plot.domainId.isEmpty() ? QStringLiteral("overall") : plot.domainId,
                         plot.gender.isEmpty() ? QStringLiteral("all") : plot.gender,
                         measureId(plot.measure),
                         point.respondents.count ? QVariant(*point.respondents.count)
                                                 : QVariant(point.respondents.text()),
                         point.count.count ? QVariant(*point.count.count)
                                           : QVariant(point.count.text())};
        if (point.position && point.respondents.count && point.count.count &&
            *point.respondents.count > 0) {
            const qint64 n = *point.respondents.count;
            const stats::FunnelLimits limits = stats::funnelLimits(n, plot.referenceShare);
            row << double(*point.count.count) / double(n) << limits.lower998 << limits.lower95
                << limits.upper95 << limits.upper998 << positionId(*point.position);
        } else {
            row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant()
                << QStringLiteral("suppressed");
        }
        table.rows << row;
    }
    table.notes << QStringLiteral("Reference: %1, share %2 (%3 of %4).")
                       .arg(plot.referenceGroup.label)
                       .arg(plot.referenceShare, 0, 'f', 4)
                       .arg(plot.referenceCount)
                       .arg(plot.referenceRespondents);
    table.notes << QStringLiteral("Control limits by the exact binomial method (Spiegelhalter "
                                  "2005). Groups with fewer than %1 respondents are not broken "
                                  "down; counts from 1 to 4 are shown as a range.")
                       .arg(threshold);
    return table;
}

} // namespace signaali::ui
