#include "analytics/HeatMapWidget.h"

#include "analytics/AnalyticsStyle.h"
#include "core/SmallGroupProtection.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace signaali::ui {

namespace {
constexpr double kMargin = 8;
constexpr double kTitleHeight = 28;
constexpr double kLegendHeight = 34;
constexpr double kMaxCellHeight = 30;
constexpr double kMinCellHeight = 14;
// Whatever the reason a share is not shown (a count of 1-4, a small group, a
// count hidden so that no other can be worked out), the cell says only this.
const QString kHiddenMark = QStringLiteral("\u2013");

QString groupKey(const db::GroupKey& g)
{
    return QStringLiteral("%1|%2|%3|%4").arg(g.schoolId).arg(g.groupId).arg(g.grade).arg(g.gender);
}
} // namespace

HeatMapWidget::HeatMapWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatMap"));
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
    setAccessibleName(tr("Heat map of concern shares by group and domain"));
}

void HeatMapWidget::setRows(const QList<db::FigureRow>& rows, bool withSchool,
                            const QString& groupTitle)
{
    m_groupTitle = groupTitle;
    m_rowLabels.clear();
    m_columnLabels.clear();
    m_cells.clear();
    QStringList rowKeys, columnKeys;
    double maxShare = 0;
    for (const db::FigureRow& row : rows) {
        const QString key = groupKey(row.group);
        if (!rowKeys.contains(key)) {
            rowKeys << key;
            m_rowLabels << AnalyticsStyle::groupName(row.group, withSchool) +
                               tr(" (n %1)").arg(row.respondents.text());
        }
        if (!columnKeys.contains(row.group.domainId)) {
            columnKeys << row.group.domainId;
            m_columnLabels << AnalyticsStyle::domainTitle(row.group);
        }
    }
    m_cells = QList<QList<Cell>>(rowKeys.size(), QList<Cell>(columnKeys.size()));
    for (const db::FigureRow& row : rows) {
        Cell& cell =
            m_cells[rowKeys.indexOf(groupKey(row.group))][columnKeys.indexOf(row.group.domainId)];
        const db::FigureCell& concern = row.level(Level::Concern);
        cell.present = true;
        const QString where = QStringLiteral("%1, %2: ")
                                  .arg(AnalyticsStyle::groupName(row.group, true),
                                       AnalyticsStyle::domainTitle(row.group));
        if (concern.share) {
            cell.share = *concern.share;
            cell.text = AnalyticsStyle::percent(cell.share);
            maxShare = std::max(maxShare, cell.share);
            cell.detail = where + tr("%1 of %2 at concern level (%3)")
                                      .arg(concern.text(), row.respondents.text(), cell.text);
            if (concern.wilson)
                cell.detail += tr(", 95 % interval %1 to %2")
                                   .arg(AnalyticsStyle::percent(concern.wilson->low),
                                        AnalyticsStyle::percent(concern.wilson->high));
        } else {
            cell.suppressed = true;
            cell.text = kHiddenMark;
            cell.detail = where + tr("suppressed: %1 at concern level of %2 respondents")
                                      .arg(concern.text(), row.respondents.text());
        }
    }
    // Steps of 10 %, so that the same colour means the same share from one view to the next.
    m_scaleMax = std::max(0.1, std::ceil(maxShare * 10.0 - 1e-9) / 10.0);
    updateGeometry();
    update();
}

QString HeatMapWidget::cellText(int row, int column) const
{
    return m_cells.value(row).value(column).text;
}

bool HeatMapWidget::isSuppressed(int row, int column) const
{
    return m_cells.value(row).value(column).suppressed;
}

int HeatMapWidget::suppressedCells() const
{
    int count = 0;
    for (const auto& row : m_cells)
        for (const Cell& cell : row)
            count += cell.suppressed ? 1 : 0;
    return count;
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return QSize(480, int(kTitleHeight + kLegendHeight + 60 + rowCount() * kMinCellHeight));
}

QSize HeatMapWidget::sizeHint() const
{
    return QSize(900, int(kTitleHeight + kLegendHeight + 60 + rowCount() * 24));
}

HeatMapWidget::Geometry HeatMapWidget::geometry() const
{
    Geometry g;
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    g.title = QRectF(area.left(), area.top(), area.width(), kTitleHeight);
    g.legend = QRectF(area.left(), area.bottom() - kLegendHeight, area.width(), kLegendHeight);
    const QFontMetricsF metrics(font());
    g.rowHeader = metrics.horizontalAdvance(m_groupTitle) + 12;
    for (const QString& label : m_rowLabels)
        g.rowHeader = std::max(g.rowHeader, metrics.horizontalAdvance(label) + 12);
    g.rowHeader = std::min(g.rowHeader, area.width() / 3);
    const double gridWidth = area.width() - g.rowHeader;
    g.cellWidth = columnCount() > 0 ? gridWidth / columnCount() : 0;
    // Domain titles wrap above their column; when a single word is wider than
    // the column they stand upright instead, so that none is cut off.
    const double textWidth = std::max(1.0, g.cellWidth - 4);
    double wrapped = metrics.lineSpacing(), upright = 0;
    for (const QString& label : m_columnLabels) {
        for (const QString& word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            g.rotated |= metrics.horizontalAdvance(word) > textWidth;
        wrapped = std::max(wrapped, metrics
                                        .boundingRect(QRectF(0, 0, textWidth, 1e6),
                                                      Qt::AlignHCenter | Qt::TextWordWrap, label)
                                        .height());
        upright = std::max(upright, metrics.horizontalAdvance(label));
    }
    g.columnHeader = (g.rotated ? upright : wrapped) + 8;
    const double gridHeight = g.legend.top() - g.title.bottom() - g.columnHeader - 4;
    g.cellHeight = rowCount() > 0 ? std::clamp(gridHeight / rowCount(),
                                               std::min(kMinCellHeight, gridHeight), kMaxCellHeight)
                                  : 0;
    g.grid = QRectF(area.left() + g.rowHeader, g.title.bottom() + g.columnHeader,
                    g.cellWidth * columnCount(), g.cellHeight * rowCount());
    return g;
}

QColor HeatMapWidget::colour(double share) const
{
    // White to the application's concern red, then on to a deeper red that dark text still reads
    // on.
    const double t = std::clamp(share / m_scaleMax, 0.0, 1.0);
    const QColor mid = AnalyticsStyle::fill(Level::Concern);
    const QColor deep(0xe0, 0x7a, 0x70);
    auto mix = [](const QColor& a, const QColor& b, double f) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                                float(a.greenF() + (b.greenF() - a.greenF()) * f),
                                float(a.blueF() + (b.blueF() - a.blueF()) * f));
    };
    return t < 0.5 ? mix(Qt::white, mid, t * 2) : mix(mid, deep, (t - 0.5) * 2);
}

void HeatMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(AnalyticsStyle::text());
    const Geometry g = geometry();

    QFont titleFont = font();
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.drawText(g.title, Qt::AlignCenter, tr("Share at concern level by group and domain"));
    painter.setFont(font());

    if (rowCount() == 0 || columnCount() == 0) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No figures for this choice."));
        return;
    }
    // Axis titles: the groups in the corner above the row labels, the domains above the columns.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(
        QRectF(g.grid.left() - g.rowHeader, g.title.bottom(), g.rowHeader - 6, g.columnHeader - 4),
        Qt::AlignRight | Qt::AlignBottom, m_groupTitle);
    painter.setFont(font());
    for (int c = 0; c < columnCount(); ++c) {
        const QRectF box = columnHeaderRect(c);
        if (!g.rotated) {
            painter.drawText(box, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                             m_columnLabels[c]);
            continue;
        }
        // Read from the bottom up, starting at the grid.
        painter.save();
        painter.translate(box.center());
        painter.rotate(-90);
        painter.drawText(QRectF(-box.height() / 2, -box.width() / 2, box.height(), box.width()),
                         Qt::AlignLeft | Qt::AlignVCenter, m_columnLabels[c]);
        painter.restore();
    }
    for (int r = 0; r < rowCount(); ++r) {
        const double y = g.grid.top() + r * g.cellHeight;
        painter.setPen(AnalyticsStyle::text());
        painter.drawText(rowHeaderRect(r), Qt::AlignRight | Qt::AlignVCenter, m_rowLabels[r]);
        for (int c = 0; c < columnCount(); ++c) {
            const QRectF box(g.grid.left() + c * g.cellWidth, y, g.cellWidth, g.cellHeight);
            const Cell& cell = m_cells[r][c];
            if (!cell.present)
                continue;
            if (cell.suppressed) {
                AnalyticsStyle::paintSuppressed(painter, box);
            } else {
                painter.fillRect(box, colour(cell.share));
            }
            painter.setPen(QColor(0xff, 0xff, 0xff));
            painter.drawRect(box);
            painter.setPen(AnalyticsStyle::text());
            if (g.cellHeight >= 12)
                painter.drawText(box, Qt::AlignCenter, cell.text);
        }
    }

    // Legend: the colour scale, then the mark for suppressed cells.
    const QFontMetricsF metrics(font());
    const double swatch = 16;
    double x = g.legend.left();
    const double y = g.legend.center().y() - swatch / 2;
    const QString from = AnalyticsStyle::percent(0), to = AnalyticsStyle::percent(m_scaleMax);
    painter.drawText(QPointF(x, y + swatch - 3),
                     tr("Share at concern level:") + QLatin1Char(' ') + from);
    x += metrics.horizontalAdvance(tr("Share at concern level:") + QLatin1Char(' ') + from) + 6;
    constexpr int kSteps = 10;
    for (int i = 0; i <= kSteps; ++i) {
        painter.fillRect(QRectF(x, y, 14, swatch), colour(m_scaleMax * i / kSteps));
        x += 14;
    }
    painter.drawText(QPointF(x + 6, y + swatch - 3), tr("%1 or more").arg(to));
    x += metrics.horizontalAdvance(tr("%1 or more").arg(to)) + 30;
    const QRectF hatch(x, y, swatch * 1.5, swatch);
    AnalyticsStyle::paintSuppressed(painter, hatch);
    painter.drawText(hatch, Qt::AlignCenter, kHiddenMark);
    painter.drawText(QPointF(hatch.right() + 6, y + swatch - 3), legendNote());
}

QString HeatMapWidget::legendNote()
{
    return tr("not shown to protect small groups; n 1–%1: fewer than %2 respondents")
        .arg(protection::kSmallCount - 1)
        .arg(protection::kSmallCount);
}

QRectF HeatMapWidget::columnHeaderRect(int column) const
{
    const Geometry g = geometry();
    return QRectF(g.grid.left() + column * g.cellWidth + 2, g.title.bottom(), g.cellWidth - 4,
                  g.columnHeader - 4);
}

QRectF HeatMapWidget::rowHeaderRect(int row) const
{
    const Geometry g = geometry();
    return QRectF(g.grid.left() - g.rowHeader, g.grid.top() + row * g.cellHeight, g.rowHeader - 6,
                  g.cellHeight);
}

const HeatMapWidget::Cell* HeatMapWidget::cellAt(const QPoint& position) const
{
    const Geometry g = geometry();
    if (!g.grid.contains(position) || g.cellWidth <= 0 || g.cellHeight <= 0)
        return nullptr;
    const int c = int((position.x() - g.grid.left()) / g.cellWidth);
    const int r = int((position.y() - g.grid.top()) / g.cellHeight);
    if (r < 0 || r >= rowCount() || c < 0 || c >= columnCount())
        return nullptr;
    return &m_cells[r][c];
}

bool HeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Cell* cell = cellAt(help->pos());
        if (cell && cell->present)
            QToolTip::showText(help->globalPos(), cell->detail, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace signaali::ui
