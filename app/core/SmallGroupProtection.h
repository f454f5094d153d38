#pragma once

#include <QList>
#include <QString>
#include <limits>
#include <utility>
#include <vector>

// Small-group protection of aggregate tables (docs/product.md, "Small groups"). The
// rules and why they hold are in docs/analytics.md.
namespace signaali::protection {

inline constexpr int kDefaultThreshold = 10;
// Never below this: a lower threshold is refused.
inline constexpr int kMinimumThreshold = 5;
// Counts from 1 to kSmallCount - 1 are published only as the range "1–4".
inline constexpr int kSmallCount = 5;
inline constexpr qint64 kUnbounded = std::numeric_limits<qint64>::max() / 4;

enum class Suppression {
    None,          // shown
    SmallCount,    // a count from 1 to 4: shown as the range "1–4"
    SmallGroup,    // a level count of a group with fewer respondents than the threshold
    Complementary, // hidden so that no other hidden count can be recovered by subtraction
};

// What is known of a count: exactly when low == high.
struct Bounds
{
    qint64 low = 0;
    qint64 high = kUnbounded;
    bool exact() const { return low == high; }
};

// What a reader is told about a cell with this suppression: the range "1–4" for a
// small count, nothing but "not negative" otherwise.
Bounds publishedBounds(Suppression suppression, qint64 value);
// "12", "1–4", or "–" for a hidden count.
QString cellText(Suppression suppression, qint64 value);

// Counts tied by equations "total = sum of parts": the rows and columns of a
// table and every level of a hierarchy. Primary rules hide cells first; protect()
// then hides further cells until no hidden cell can be recovered from the shown
// cells, the published ranges and the equations.
class LinkedTable
{
public:
    int addCell(qint64 value, int priority = 0);
    void addEquation(int total, const QList<int>& parts);

    // Higher priority cells are hidden later (totals, respondent counts, upper levels).
    int priority(int cell) const { return m_cells[cell].priority; }
    qint64 value(int cell) const { return m_cells[cell].value; }
    int cellCount() const { return static_cast<int>(m_cells.size()); }
    int equationCount() const { return static_cast<int>(m_equationStart.size()) - 1; }
    // Equation `index` as (total, parts).
    std::pair<int, QList<int>> equation(int index) const;

    // A primary suppression; a cell already hidden keeps its first reason.
    void hide(int cell, Suppression reason);
    // Decided in a table above this one: its status cannot change here, and a
    // hidden locked cell is known only within `known`.
    void lock(int cell, Suppression status, Bounds known);

    // The small-group rules on one group: fewer respondents than `threshold` hides
    // the level counts, and every count from 1 to 4 is hidden as a small count.
    void applyPrimaryRules(int respondents, const QList<int>& levels, int threshold);

    // Complementary suppression. False when a hidden cell stays recoverable
    // because only locked cells could protect it (the caller must hide more above).
    bool protect();

    Suppression suppression(int cell) const { return m_cells[cell].suppression; }
    bool isHidden(int cell) const { return m_cells[cell].suppression != Suppression::None; }
    bool isLocked(int cell) const { return m_cells[cell].locked; }
    // After protect() returned false: the cells that stay recoverable.
    const QList<int>& unprotected() const { return m_unprotected; }
    // The last resort when protect() fails: every cell not decided above is
    // hidden, ranges too ("–"), so only what the table above shows is shown.
    void suppressAllUnlocked();

    // What a reader can work out of every cell from what is published: a shown
    // cell exactly; a hidden one within its published range, narrowed by
    // subtraction through the equations until nothing changes (interval propagation).
    QList<Bounds> disclosedBounds() const;
    // Cells that are zero because a shown total is zero (or all their parts are):
    // hiding them could not protect anything, so they are not counted as recovered.
    QList<bool> structuralZeros() const;

private:
    struct Cell
    {
        qint64 value = 0;
        int priority = 0;
        Suppression suppression = Suppression::None;
        bool locked = false;
        Bounds known; // for locked hidden cells
    };
    // A run of cell or equation indexes in one of the flat arrays.
    struct Range
    {
        const int* first;
        const int* last;
        const int* begin() const { return first; }
        const int* end() const { return last; }
    };
    Range members(int equation) const; // the total first, then the parts
    Range equationsOf(int cell) const;
    void index() const;
    Bounds startBounds(int cell) const;
    // disclosedBounds(); with `narrowedBy`, also the equations that narrowed each cell.
    std::vector<Bounds> propagate(std::vector<std::vector<int>>* narrowedBy) const;
    struct ProtectState;
    bool hideComplement(int equation, int avoid, ProtectState& state);
    void markHidden(int cell, Suppression reason, ProtectState& state);
    bool fix(int cell, const std::vector<std::vector<int>>& narrowedBy, ProtectState& state);

    std::vector<Cell> m_cells;
    std::vector<int> m_equationStart{0};
    std::vector<int> m_members;
    // Cell -> equations, rebuilt when equations were added since.
    mutable std::vector<int> m_cellStart, m_cellEquations;
    mutable bool m_indexed = false;
    QList<int> m_unprotected;
};

} // namespace signaali::protection
