#pragma once

#include "db/figures/GroupFigures.h"

#include <QWidget>

namespace signaali::ui {

// Groups by domains, each cell coloured by the share at concern level. A cell
// whose share small-group protection hides is hatched grey and shows "–"
// (one mark, explained in the legend; the tool tip has the published counts). Qt Charts has no heat
// map, so this paints the grid itself.
class HeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget* parent = nullptr);

    // One round's rows of one breakdown, every domain; `groupTitle` names the rows.
    void setRows(const QList<db::FigureRow>& rows, bool withSchool, const QString& groupTitle);

    int rowCount() const { return static_cast<int>(m_rowLabels.size()); }
    int columnCount() const { return static_cast<int>(m_columnLabels.size()); }
    QStringList rowLabels() const { return m_rowLabels; }
    QStringList columnLabels() const { return m_columnLabels; }
    QString cellText(int row, int column) const;
    bool isSuppressed(int row, int column) const;
    int suppressedCells() const;
    // Where the labels are drawn at the present size, for checking that none is
    // cut off; column labels turn upright when a word is wider than its column.
    QRectF columnHeaderRect(int column) const;
    QRectF rowHeaderRect(int row) const;
    bool headersRotated() const { return geometry().rotated; }
    // What the legend says of "–" and of the groups' "n 1–4".
    static QString legendNote();

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Cell
    {
        bool present = false;
        bool suppressed = false;
        double share = 0;
        QString text;
        QString detail; // for the tool tip
    };
    struct Geometry
    {
        QRectF title, grid, legend;
        double rowHeader = 0, columnHeader = 0, cellWidth = 0, cellHeight = 0;
        bool rotated = false;
    };
    Geometry geometry() const;
    QColor colour(double share) const;
    const Cell* cellAt(const QPoint& position) const;

    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QList<QList<Cell>> m_cells; // [row][column]
    QString m_groupTitle;
    double m_scaleMax = 0.2; // the share drawn in the strongest colour
};

} // namespace signaali::ui
