#include "core/HierarchyProtection.h"

#include <algorithm>

namespace signaali::protection {

void GroupCounts::add(const GroupCounts& other)
{
    for (int g = 0; g < 3; ++g)
        for (int l = 0; l < 3; ++l)
            counts[g][l] += other.counts[g][l];
}

qint64 GroupCounts::respondents() const
{
    qint64 n = 0;
    for (const auto& gender : counts)
        for (qint64 c : gender)
            n += c;
    return n;
}

ProtectedBlock sumOf(const QList<ProtectedBlock>& parts)
{
    if (parts.size() == 1)
        return parts.first();
    ProtectedBlock sum;
    for (int g = 0; g < 4; ++g)
        for (int m = 0; m < 4; ++m) {
            ProtectedCell& cell = sum.cells[g][m];
            cell.published = {0, 0};
            bool hidden = false;
            for (const ProtectedBlock& part : parts) {
                const ProtectedCell& c = part.at(g, m);
                cell.value += c.value;
                hidden = hidden || c.hidden();
                cell.published.low += c.published.low;
                cell.published.high = std::min(kUnbounded, cell.published.high + c.published.high);
            }
            // What the parts publish, added up: a range "1–4" only when that is all it is.
            const bool small = cell.published.low == 1 && cell.published.high == kSmallCount - 1;
            cell.suppression = !hidden ? Suppression::None
                               : small ? Suppression::SmallCount
                                       : Suppression::Complementary;
        }
    return sum;
}

namespace {
// Lower weights are hidden first: classes before grades before schools before
// the municipality; within a group, the genders before all genders together and
// the levels before the number of respondents.
constexpr int kClassWeight = 0, kSchoolGradeWeight = 10, kSchoolWeight = 20,
              kMunicipalityWeight = 40;

int cellOf(int start, int gender, int measure)
{
    return start + gender * 4 + measure;
}

QString schoolKey(qint64 school)
{
    return QStringLiteral("s%1").arg(school);
}
QString gradeKey(int grade)
{
    return QStringLiteral("g%1").arg(grade);
}
QString classKey(qint64 classId)
{
    return QStringLiteral("c%1").arg(classId);
}
const QString kParent = QStringLiteral("p");
} // namespace

struct HierarchyProtection::Table
{
    LinkedTable table;
    QHash<QString, int> blocks; // first cell of each group's block
    QList<Bounds> bounds;       // what a reader can work out, once protected
    // The locked total decided above: its block here and there.
    const Table* above = nullptr;
    int parentStart = -1;
    int aboveStart = -1;

    int addBlock(const QString& key, const GroupCounts& counts, int weight)
    {
        const int start = table.cellCount();
        for (int g = 0; g < 4; ++g)
            for (int m = 0; m < 4; ++m) {
                qint64 value = 0;
                for (int gender = 0; gender < 3; ++gender)
                    for (int level = 0; level < 3; ++level)
                        if ((g == 0 || g == gender + 1) && (m == 0 || m == level + 1))
                            value += counts.counts[gender][level];
                table.addCell(value, weight + (g == 0 ? 4 : 0) + (m == 0 ? 2 : 0));
            }
        for (int g = 0; g < 4; ++g)
            table.addEquation(cellOf(start, g, 0),
                              {cellOf(start, g, 1), cellOf(start, g, 2), cellOf(start, g, 3)});
        for (int m = 0; m < 4; ++m)
            table.addEquation(cellOf(start, 0, m),
                              {cellOf(start, 1, m), cellOf(start, 2, m), cellOf(start, 3, m)});
        blocks.insert(key, start);
        return start;
    }

    void addSum(int parent, const QList<int>& children)
    {
        for (int cell = 0; cell < 16; ++cell) {
            QList<int> parts;
            for (int child : children)
                parts << child + cell;
            table.addEquation(parent + cell, parts);
        }
    }

    void applyPrimaryRules(int start, int threshold)
    {
        for (int g = 0; g < 4; ++g)
            table.applyPrimaryRules(cellOf(start, g, 0),
                                    {cellOf(start, g, 1), cellOf(start, g, 2), cellOf(start, g, 3)},
                                    threshold);
    }

    std::optional<ProtectedBlock> block(const QString& key) const
    {
        const auto it = blocks.constFind(key);
        if (it == blocks.constEnd())
            return std::nullopt;
        ProtectedBlock result;
        for (int g = 0; g < 4; ++g)
            for (int m = 0; m < 4; ++m) {
                const int cell = cellOf(*it, g, m);
                ProtectedCell& c = result.cells[g][m];
                c.value = table.value(cell);
                c.suppression = table.suppression(cell);
                c.published = publishedBounds(c.suppression, c.value);
            }
        return result;
    }
};

HierarchyProtection::HierarchyProtection(int threshold)
    : m_threshold(std::max(threshold, kMinimumThreshold))
{
}

HierarchyProtection::~HierarchyProtection() = default;

void HierarchyProtection::addSchool(qint64 schoolId, const GroupCounts& counts)
{
    m_schools[schoolId].add(counts);
    m_top.reset();
    m_schoolTables.clear();
    m_gradeTables.clear();
}

void HierarchyProtection::addSchoolGrade(qint64 schoolId, int grade, const GroupCounts& counts)
{
    m_schoolGrades[schoolId][grade].add(counts);
    m_schoolTables.remove(schoolId);
    m_gradeTables.clear();
}

void HierarchyProtection::addClass(qint64 schoolId, int grade, qint64 classId,
                                   const GroupCounts& counts)
{
    m_classes[schoolId][grade][classId].add(counts);
    m_gradeTables.remove(qMakePair(schoolId, grade));
}

QList<qint64> HierarchyProtection::schools() const
{
    QList<qint64> list = m_schools.keys();
    std::sort(list.begin(), list.end());
    return list;
}

QList<int> HierarchyProtection::grades(qint64 schoolId) const
{
    QList<int> list = m_schoolGrades.value(schoolId).keys();
    std::sort(list.begin(), list.end());
    return list;
}

QList<int> HierarchyProtection::grades() const
{
    QList<int> list;
    for (const auto& perGrade : m_schoolGrades)
        for (auto it = perGrade.constBegin(); it != perGrade.constEnd(); ++it)
            if (!list.contains(it.key()))
                list << it.key();
    std::sort(list.begin(), list.end());
    return list;
}

QList<qint64> HierarchyProtection::classes(qint64 schoolId, int grade) const
{
    QList<qint64> list = m_classes.value(schoolId).value(grade).keys();
    std::sort(list.begin(), list.end());
    return list;
}

void HierarchyProtection::protectOrHideAll(Table& t)
{
    // A table whose hidden cells cannot all be protected in it is not shown
    // beyond its total: better a blank table than a recoverable count.
    if (!t.table.protect()) {
        t.table.suppressAllUnlocked();
        m_fully = false;
    }
}

void HierarchyProtection::protectTop()
{
    if (m_top)
        return;
    m_top = std::make_shared<Table>();
    Table& t = *m_top;
    GroupCounts all;
    for (const GroupCounts& counts : std::as_const(m_schools))
        all.add(counts);
    const int municipality = t.addBlock(QStringLiteral("m"), all, kMunicipalityWeight);
    QList<int> parts;
    for (qint64 school : schools())
        parts << t.addBlock(schoolKey(school), m_schools[school], kSchoolWeight);
    t.addSum(municipality, parts);
    for (int start : std::as_const(t.blocks))
        t.applyPrimaryRules(start, m_threshold);
    protectOrHideAll(t);
    t.bounds = t.table.disclosedBounds();
}

std::shared_ptr<HierarchyProtection::Table>
HierarchyProtection::lowerTable(const Table& above, int aboveStart, const GroupCounts& parent,
                                const QList<std::pair<QString, GroupCounts>>& children,
                                int childWeight)
{
    auto table = std::make_shared<Table>();
    Table& t = *table;
    t.above = &above;
    t.aboveStart = aboveStart;
    // The total as the table above decided it, known only as far as it tells.
    t.parentStart = t.addBlock(kParent, parent, childWeight + 10);
    for (int cell = 0; cell < 16; ++cell)
        t.table.lock(t.parentStart + cell, above.table.suppression(aboveStart + cell),
                     above.bounds[aboveStart + cell]);
    QList<int> parts;
    for (const auto& [key, counts] : children)
        parts << t.addBlock(key, counts, childWeight);
    if (!parts.isEmpty())
        t.addSum(t.parentStart, parts);
    if (parts.size() == 1) {
        // The only part is the whole: the same counts, so the same decisions.
        for (int cell = 0; cell < 16; ++cell)
            t.table.lock(parts.first() + cell, above.table.suppression(aboveStart + cell),
                         above.bounds[aboveStart + cell]);
    } else {
        for (int start : parts)
            t.applyPrimaryRules(start, m_threshold);
        protectOrHideAll(t);
    }
    t.bounds = t.table.disclosedBounds();
    return table;
}

HierarchyProtection::Table& HierarchyProtection::schoolTable(qint64 schoolId)
{
    protectTop();
    if (const auto it = m_schoolTables.constFind(schoolId); it != m_schoolTables.constEnd())
        return **it;
    QList<std::pair<QString, GroupCounts>> children;
    for (int grade : grades(schoolId))
        children << std::make_pair(gradeKey(grade), m_schoolGrades[schoolId][grade]);
    auto table = lowerTable(*m_top, m_top->blocks.value(schoolKey(schoolId)),
                            m_schools.value(schoolId), children, kSchoolGradeWeight);
    m_schoolTables.insert(schoolId, table);
    return *table;
}

HierarchyProtection::Table& HierarchyProtection::gradeTable(qint64 schoolId, int grade)
{
    Table& above = schoolTable(schoolId);
    const auto key = qMakePair(schoolId, grade);
    if (const auto it = m_gradeTables.constFind(key); it != m_gradeTables.constEnd())
        return **it;
    QList<std::pair<QString, GroupCounts>> children;
    for (qint64 id : classes(schoolId, grade))
        children << std::make_pair(classKey(id), m_classes[schoolId][grade][id]);
    auto table = lowerTable(above, above.blocks.value(gradeKey(grade)),
                            m_schoolGrades.value(schoolId).value(grade), children, kClassWeight);
    m_gradeTables.insert(key, table);
    return *table;
}

ProtectedBlock HierarchyProtection::municipality()
{
    protectTop();
    return *m_top->block(QStringLiteral("m"));
}

std::optional<ProtectedBlock> HierarchyProtection::school(qint64 schoolId)
{
    protectTop();
    return m_top->block(schoolKey(schoolId));
}

std::optional<ProtectedBlock> HierarchyProtection::schoolGrade(qint64 schoolId, int grade)
{
    if (!m_schools.contains(schoolId) || !m_schoolGrades.value(schoolId).contains(grade))
        return std::nullopt;
    return schoolTable(schoolId).block(gradeKey(grade));
}

std::optional<ProtectedBlock> HierarchyProtection::schoolClass(qint64 schoolId, int grade,
                                                               qint64 classId)
{
    if (!m_schools.contains(schoolId) || !m_schoolGrades.value(schoolId).contains(grade))
        return std::nullopt;
    return gradeTable(schoolId, grade).block(classKey(classId));
}

std::optional<ProtectedBlock> HierarchyProtection::municipalGrade(int grade)
{
    QList<ProtectedBlock> parts;
    for (qint64 school : schools()) {
        if (!m_schoolGrades.contains(school))
            return std::nullopt; // a school's grades were not read
        if (const auto block = schoolGrade(school, grade))
            parts << *block;
    }
    if (parts.isEmpty())
        return std::nullopt;
    return sumOf(parts);
}

HierarchyProtection::Audit HierarchyProtection::wholeTable()
{
    protectTop();
    Audit audit;
    QHash<const Table*, QHash<int, int>> index;
    // A table's cells (its locked total is the block of the table above) and equations.
    auto copy = [&](const Table& t) {
        QHash<int, int>& map = index[&t];
        if (t.above)
            for (int cell = 0; cell < 16; ++cell)
                map.insert(t.parentStart + cell, index[t.above].value(t.aboveStart + cell));
        for (int cell = 0; cell < t.table.cellCount(); ++cell) {
            if (map.contains(cell))
                continue;
            const Suppression s = t.table.suppression(cell);
            const int copied = audit.table.addCell(t.table.value(cell));
            audit.table.lock(copied, s, publishedBounds(s, t.table.value(cell)));
            if (s != Suppression::None)
                audit.hidden << copied;
            map.insert(cell, copied);
        }
        for (int e = 0; e < t.table.equationCount(); ++e) {
            const auto [total, parts] = t.table.equation(e);
            QList<int> mapped;
            for (int p : parts)
                mapped << map.value(p);
            audit.table.addEquation(map.value(total), mapped);
        }
    };
    copy(*m_top);
    for (qint64 school : schools())
        if (m_schoolTables.contains(school))
            copy(*m_schoolTables.value(school));
    for (auto it = m_gradeTables.constBegin(); it != m_gradeTables.constEnd(); ++it)
        copy(**it);
    return audit;
}

} // namespace signaali::protection
