#pragma once

// Readers who try to recover hidden counts from a published table. They are
// written apart from the protection code, so that they test it rather than repeat it.

#include "core/SmallGroupProtection.h"

#include <QList>
#include <QSet>
#include <algorithm>
#include <limits>

namespace signaali::protection {

// A reader with the published table who subtracts: any equation with one
// unknown member gives it away; repeated until nothing more is learnt.
inline QList<int> subtractionAttack(const LinkedTable& table)
{
    QList<bool> known(table.cellCount());
    for (int i = 0; i < table.cellCount(); ++i)
        known[i] = !table.isHidden(i);
    QList<int> recovered;
    for (bool progress = true; progress;) {
        progress = false;
        for (int e = 0; e < table.equationCount(); ++e) {
            const auto [total, parts] = table.equation(e);
            const QList<int> members = QList<int>{total} + parts;
            int unknown = -1, count = 0;
            for (int m : members)
                if (!known[m]) {
                    unknown = m;
                    ++count;
                }
            if (count != 1)
                continue;
            known[unknown] = true; // its value is the difference of the others
            recovered << unknown;
            progress = true;
        }
    }
    return recovered;
}

// Cells that are zero because a shown total is zero: no protection can hide
// that, and it tells nothing about anyone. Worked out here independently.
inline QList<int> structuralZeroCells(const LinkedTable& table)
{
    QSet<int> zero;
    for (int i = 0; i < table.cellCount(); ++i)
        if (!table.isHidden(i) && table.value(i) == 0)
            zero.insert(i);
    for (qsizetype before = -1; before != zero.size();) {
        before = zero.size();
        for (int e = 0; e < table.equationCount(); ++e) {
            const auto [total, parts] = table.equation(e);
            bool allParts = true;
            for (int p : parts)
                allParts = allParts && zero.contains(p);
            if (zero.contains(total))
                for (int p : parts)
                    zero.insert(p);
            else if (allParts)
                zero.insert(total);
        }
    }
    return zero.values();
}

inline QList<int> withoutStructuralZeros(QList<int> cells, const LinkedTable& table)
{
    const QList<int> zeros = structuralZeroCells(table);
    cells.removeIf([&](int c) { return zeros.contains(c); });
    return cells;
}

// A reader who tries every assignment of the hidden cells that fits the shown
// cells, the published ranges and every equation; a cell with one possible
// value is recovered. Only for small tables.
class ExhaustiveAttack
{
public:
    ExhaustiveAttack(const LinkedTable& table, qint64 cap) : m_table(table)
    {
        // Narrowing the search by the table's own bounds is safe here: bounds
        // that were wrongly tight would cut solutions and so only make the
        // attack look more successful.
        const QList<Bounds> disclosed = table.disclosedBounds();
        for (int i = 0; i < table.cellCount(); ++i) {
            m_assigned << !table.isHidden(i);
            m_value << (table.isHidden(i) ? 0 : table.value(i));
            if (table.isHidden(i)) {
                m_hidden << i;
                const Bounds b = publishedBounds(table.suppression(i), table.value(i));
                m_range << Bounds{std::max(b.low, disclosed[i].low),
                                  std::min({b.high, disclosed[i].high, cap})};
            } else {
                m_range << Bounds{table.value(i), table.value(i)};
            }
        }
        m_min = QList<qint64>(table.cellCount(), std::numeric_limits<qint64>::max());
        m_max = QList<qint64>(table.cellCount(), -1);
        QList<int> trail;
        if (propagate(trail))
            search();
    }
    // Hidden cells with exactly one possible value.
    QList<int> recovered() const
    {
        QList<int> list;
        for (int h : m_hidden)
            if (m_min[h] == m_max[h])
                list << h;
        return list;
    }
    bool foundTruth() const { return m_solutions > 0; }

private:
    bool propagate(QList<int>& trail)
    {
        for (bool progress = true; progress;) {
            progress = false;
            for (int e = 0; e < m_table.equationCount(); ++e) {
                const auto [total, parts] = m_table.equation(e);
                qint64 partSum = 0;
                int unknown = -1, count = 0;
                for (int p : parts) {
                    if (m_assigned[p])
                        partSum += m_value[p];
                    else {
                        unknown = p;
                        ++count;
                    }
                }
                if (!m_assigned[total]) {
                    unknown = total;
                    ++count;
                }
                if (count == 0) {
                    if (m_value[total] != partSum)
                        return false;
                    continue;
                }
                if (count != 1)
                    continue;
                const qint64 v = unknown == total ? partSum : m_value[total] - partSum;
                if (v < m_range[unknown].low || v > m_range[unknown].high)
                    return false;
                m_assigned[unknown] = true;
                m_value[unknown] = v;
                trail << unknown;
                progress = true;
            }
        }
        return true;
    }
    void search()
    {
        const auto next =
            std::find_if(m_hidden.begin(), m_hidden.end(), [&](int h) { return !m_assigned[h]; });
        if (next == m_hidden.end()) {
            ++m_solutions;
            for (int h : m_hidden) {
                m_min[h] = std::min(m_min[h], m_value[h]);
                m_max[h] = std::max(m_max[h], m_value[h]);
            }
            return;
        }
        const int cell = *next;
        for (qint64 v = m_range[cell].low; v <= m_range[cell].high; ++v) {
            QList<int> trail{cell};
            m_assigned[cell] = true;
            m_value[cell] = v;
            if (propagate(trail))
                search();
            for (int undo : trail)
                m_assigned[undo] = false;
        }
    }

    const LinkedTable& m_table;
    QList<bool> m_assigned;
    QList<qint64> m_value;
    QList<Bounds> m_range;
    QList<int> m_hidden;
    QList<qint64> m_min, m_max;
    int m_solutions = 0;
};

} // namespace signaali::protection
