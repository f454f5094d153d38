#include "core/SmallGroupProtection.h"

#include <algorithm>
#include <unordered_set>

namespace signaali::protection {

Bounds publishedBounds(Suppression suppression, qint64 value)
{
    switch (suppression) {
    case Suppression::None:
        return {value, value};
    case Suppression::SmallCount:
        return {1, kSmallCount - 1};
    case Suppression::SmallGroup:
    case Suppression::Complementary:
        break;
    }
    return {0, kUnbounded};
}

QString cellText(Suppression suppression, qint64 value)
{
    switch (suppression) {
    case Suppression::None:
        return QString::number(value);
    case Suppression::SmallCount:
        return QStringLiteral("1\u2013%1").arg(kSmallCount - 1);
    case Suppression::SmallGroup:
    case Suppression::Complementary:
        break;
    }
    return QStringLiteral("\u2013");
}

int LinkedTable::addCell(qint64 value, int priority)
{
    m_cells.push_back(Cell{value, priority, Suppression::None, false, {}});
    m_indexed = false;
    return static_cast<int>(m_cells.size()) - 1;
}

void LinkedTable::addEquation(int total, const QList<int>& parts)
{
    m_members.push_back(total);
    m_members.insert(m_members.end(), parts.begin(), parts.end());
    m_equationStart.push_back(static_cast<int>(m_members.size()));
    m_indexed = false;
}

std::pair<int, QList<int>> LinkedTable::equation(int index) const
{
    const Range all = members(index);
    return {*all.first, QList<int>(all.first + 1, all.last)};
}

LinkedTable::Range LinkedTable::members(int equation) const
{
    const int* data = m_members.data();
    return {data + m_equationStart[equation], data + m_equationStart[equation + 1]};
}

LinkedTable::Range LinkedTable::equationsOf(int cell) const
{
    index();
    const int* data = m_cellEquations.data();
    return {data + m_cellStart[cell], data + m_cellStart[cell + 1]};
}

void LinkedTable::index() const
{
    if (m_indexed)
        return;
    // Counting sort of (cell, equation) pairs into one flat array.
    m_cellStart.assign(m_cells.size() + 1, 0);
    for (int cell : m_members)
        ++m_cellStart[cell + 1];
    for (size_t i = 1; i < m_cellStart.size(); ++i)
        m_cellStart[i] += m_cellStart[i - 1];
    m_cellEquations.assign(m_members.size(), 0);
    std::vector<int> next(m_cellStart.begin(), m_cellStart.end() - 1);
    for (int e = 0; e < equationCount(); ++e)
        for (int cell : members(e))
            m_cellEquations[next[cell]++] = e;
    m_indexed = true;
}

void LinkedTable::hide(int cell, Suppression reason)
{
    Cell& c = m_cells[cell];
    if (c.locked || c.suppression != Suppression::None || reason == Suppression::None)
        return;
    c.suppression = reason;
}

void LinkedTable::suppressAllUnlocked()
{
    for (Cell& c : m_cells)
        if (!c.locked && c.suppression != Suppression::SmallGroup)
            c.suppression = Suppression::Complementary;
}

void LinkedTable::lock(int cell, Suppression status, Bounds known)
{
    Cell& c = m_cells[cell];
    c.locked = true;
    c.suppression = status;
    c.known = status == Suppression::None ? Bounds{c.value, c.value} : known;
}

void LinkedTable::applyPrimaryRules(int respondents, const QList<int>& levels, int threshold)
{
    const qint64 n = value(respondents);
    if (n > 0 && n < kSmallCount)
        hide(respondents, Suppression::SmallCount);
    const bool smallGroup = n > 0 && n < threshold;
    for (int level : levels) {
        if (smallGroup)
            hide(level, Suppression::SmallGroup);
        else if (value(level) > 0 && value(level) < kSmallCount)
            hide(level, Suppression::SmallCount);
    }
}

Bounds LinkedTable::startBounds(int cell) const
{
    const Cell& c = m_cells[cell];
    if (c.locked)
        return c.known;
    return publishedBounds(c.suppression, c.value);
}

QList<Bounds> LinkedTable::disclosedBounds() const
{
    const std::vector<Bounds> bounds = propagate(nullptr);
    return QList<Bounds>(bounds.begin(), bounds.end());
}

std::vector<Bounds> LinkedTable::propagate(std::vector<std::vector<int>>* narrowedBy) const
{
    index();
    std::vector<Bounds> bounds(m_cells.size());
    std::vector<char> queued(equationCount(), 0);
    std::vector<int> work;
    if (narrowedBy)
        narrowedBy->assign(m_cells.size(), {});
    for (int cell = 0; cell < cellCount(); ++cell) {
        bounds[cell] = startBounds(cell);
        if (isHidden(cell))
            for (int e : equationsOf(cell))
                if (!queued[e]) {
                    queued[e] = 1;
                    work.push_back(e);
                }
    }
    // Each equation total = sum(parts) narrows every member by the others'
    // bounds; a narrowed member requeues its other equations.
    while (!work.empty()) {
        const int e = work.back();
        work.pop_back();
        queued[e] = 0;
        const Range all = members(e);
        const int total = *all.first;
        // Unbounded highs are counted apart, so that one unbounded part does not
        // hide what the others add up to.
        qint64 sumLow = 0, sumHigh = 0;
        int unbounded = 0;
        for (const int* p = all.first + 1; p != all.last; ++p) {
            sumLow = std::min(kUnbounded, sumLow + bounds[*p].low);
            if (bounds[*p].high >= kUnbounded)
                ++unbounded;
            else
                sumHigh = std::min(kUnbounded, sumHigh + bounds[*p].high);
        }
        auto narrow = [&](int cell, qint64 low, qint64 high) {
            Bounds& b = bounds[cell];
            if (low <= b.low && high >= b.high)
                return;
            b.low = std::max(b.low, low);
            b.high = std::min(b.high, high);
            if (narrowedBy) {
                std::vector<int>& from = (*narrowedBy)[cell];
                if (std::find(from.begin(), from.end(), e) == from.end())
                    from.push_back(e);
            }
            for (int other : equationsOf(cell))
                if (other != e && !queued[other]) {
                    queued[other] = 1;
                    work.push_back(other);
                }
        };
        narrow(total, sumLow, unbounded > 0 ? kUnbounded : sumHigh);
        const Bounds t = bounds[total];
        for (const int* p = all.first + 1; p != all.last; ++p) {
            const bool own = bounds[*p].high >= kUnbounded;
            const qint64 othersHigh =
                unbounded - (own ? 1 : 0) > 0 ? kUnbounded : sumHigh - (own ? 0 : bounds[*p].high);
            const qint64 othersLow = sumLow - bounds[*p].low;
            const qint64 low =
                othersHigh >= kUnbounded ? 0 : std::max<qint64>(0, t.low - othersHigh);
            const qint64 high =
                t.high >= kUnbounded ? kUnbounded : std::max<qint64>(0, t.high - othersLow);
            narrow(*p, low, high);
        }
    }
    return bounds;
}

QList<bool> LinkedTable::structuralZeros() const
{
    QList<bool> zero(cellCount(), false);
    for (int i = 0; i < cellCount(); ++i)
        zero[i] = startBounds(i).high == 0;
    // A zero total makes every part zero; parts all zero make the total zero.
    for (bool progress = true; progress;) {
        progress = false;
        for (int e = 0; e < equationCount(); ++e) {
            const Range all = members(e);
            const bool partsZero =
                std::all_of(all.first + 1, all.last, [&](int p) { return zero[p]; });
            if (zero[*all.first] && !partsZero) {
                for (const int* p = all.first + 1; p != all.last; ++p)
                    zero[*p] = true;
                progress = true;
            } else if (!zero[*all.first] && partsZero) {
                zero[*all.first] = true;
                progress = true;
            }
        }
    }
    return zero;
}

struct LinkedTable::ProtectState
{
    std::vector<int> hidden; // hidden members per equation
    std::vector<char> queued;
    std::vector<int> work;
    std::unordered_set<int> touched; // equations changed since the bounds were computed
};

void LinkedTable::markHidden(int cell, Suppression reason, ProtectState& state)
{
    m_cells[cell].suppression = reason;
    for (int e : equationsOf(cell)) {
        ++state.hidden[e];
        state.touched.insert(e);
        if (!state.queued[e]) {
            state.queued[e] = 1;
            state.work.push_back(e);
        }
    }
}

bool LinkedTable::hideComplement(int equation, int avoid, ProtectState& state)
{
    // The cheapest shown cell: a non-zero one (a hidden zero is easily guessed),
    // then the least important, then the smallest, so little is lost.
    int best = -1;
    auto better = [&](int a, int b) {
        const Cell &x = m_cells[a], &y = m_cells[b];
        if ((x.value > 0) != (y.value > 0))
            return x.value > 0;
        if (x.priority != y.priority)
            return x.priority < y.priority;
        if (x.value != y.value)
            return x.value < y.value;
        return a < b;
    };
    for (int cell : members(equation)) {
        if (cell == avoid || isHidden(cell) || m_cells[cell].locked)
            continue;
        if (best < 0 || better(cell, best))
            best = cell;
    }
    if (best < 0)
        return false;
    markHidden(best, Suppression::Complementary, state);
    return true;
}

bool LinkedTable::fix(int cell, const std::vector<std::vector<int>>& narrowedBy,
                      ProtectState& state)
{
    // A published range that is no longer published: "1–4" becomes "–".
    auto dropRange = [&](int member) {
        if (m_cells[member].locked || m_cells[member].suppression != Suppression::SmallCount)
            return false;
        m_cells[member].suppression = Suppression::Complementary;
        for (int e : equationsOf(member))
            state.touched.insert(e);
        return true;
    };
    // Where the narrowing came from, nearest first: hide a cell in one of those
    // equations, else stop publishing the ranges there; then one step further back.
    std::unordered_set<int> seen;
    std::vector<int> level;
    for (int e : narrowedBy[cell])
        if (seen.insert(e).second)
            level.push_back(e);
    bool first = true;
    while (!level.empty()) {
        for (int e : level)
            if (hideComplement(e, cell, state))
                return true;
        if (first && dropRange(cell))
            return true;
        first = false;
        bool dropped = false;
        for (int e : level)
            for (int member : members(e))
                dropped = dropRange(member) || dropped;
        if (dropped)
            return true;
        std::vector<int> next;
        for (int e : level)
            for (int member : members(e))
                for (int earlier : narrowedBy[member])
                    if (seen.insert(earlier).second)
                        next.push_back(earlier);
        level.swap(next);
    }
    for (int e : equationsOf(cell))
        if (hideComplement(e, cell, state))
            return true;
    return dropRange(cell);
}

bool LinkedTable::protect()
{
    index();
    ProtectState state;
    state.hidden.assign(equationCount(), 0);
    state.queued.assign(equationCount(), 1);
    for (int e = 0; e < equationCount(); ++e) {
        for (int cell : members(e))
            state.hidden[e] += isHidden(cell) ? 1 : 0;
        state.work.push_back(e);
    }
    for (;;) {
        // No equation may have exactly one hidden member: it would be the
        // difference of the shown ones.
        while (!state.work.empty()) {
            const int e = state.work.back();
            state.work.pop_back();
            state.queued[e] = 0;
            if (state.hidden[e] != 1)
                continue;
            int hidden = -1;
            for (int cell : members(e))
                if (isHidden(cell))
                    hidden = cell;
            hideComplement(e, hidden, state);
        }
        // Chains of subtraction and the published ranges can still pin a cell;
        // and this table must tell nothing new about a hidden cell decided above,
        // or the two tables together could pin it. Equations changed in this pass
        // wait for fresh bounds.
        std::vector<std::vector<int>> narrowedBy;
        const std::vector<Bounds> bounds = propagate(&narrowedBy);
        QList<bool> zeros; // worked out only when a cell needs it
        state.touched.clear();
        bool changed = false;
        QList<int> stuck;
        for (int cell = 0; cell < cellCount(); ++cell) {
            if (!isHidden(cell))
                continue;
            const Cell& c = m_cells[cell];
            const bool narrowed =
                c.locked && (bounds[cell].low > c.known.low || bounds[cell].high < c.known.high);
            if (!bounds[cell].exact() && !narrowed)
                continue;
            if (zeros.isEmpty())
                zeros = structuralZeros();
            if (zeros[cell])
                continue;
            const Range around = equationsOf(cell);
            if (std::any_of(around.begin(), around.end(),
                            [&](int e) { return state.touched.count(e) > 0; })) {
                changed = true;
                continue;
            }
            if (fix(cell, narrowedBy, state))
                changed = true;
            else
                stuck << cell;
        }
        if (!changed) {
            m_unprotected = stuck;
            return stuck.isEmpty();
        }
    }
}

} // namespace signaali::protection
