#pragma once

#include "core/SmallGroupProtection.h"

#include <QHash>
#include <array>
#include <memory>
#include <optional>

namespace signaali::protection {

// Level counts of one group: [gender: female, male, other][level: ok, watch, concern].
struct GroupCounts
{
    std::array<std::array<qint64, 3>, 3> counts{};
    void add(const GroupCounts& other);
    qint64 respondents() const;
};

// The block of one group as published: [gender: all, female, male, other]
// x [measure: respondents, ok, watch, concern].
struct ProtectedCell
{
    qint64 value = 0; // the true count: never to be shown when suppressed
    Suppression suppression = Suppression::None;
    Bounds published; // what a reader may be told (exact when shown)
    bool hidden() const { return suppression != Suppression::None; }
};
struct ProtectedBlock
{
    std::array<std::array<ProtectedCell, 4>, 4> cells{};
    const ProtectedCell& at(int gender, int measure) const { return cells[gender][measure]; }
};

// Groups taken together (a school's chosen grades): each cell is the sum, shown
// only when every part is shown, so the sum tells nothing the parts do not.
ProtectedBlock sumOf(const QList<ProtectedBlock>& parts);

// One municipality's counts of one round and domain, protected top-down as
// hierarchical tables are (HITAS in tau-argus), one small table per level: the
// municipality with its schools, each school with its grades, each grade with its
// classes. A table sees the total above it as already decided (locked), and may
// not tell a reader more about a hidden total than the table above does; so the
// tables together disclose no more than each does alone, and one school's figures
// never depend on another school's grades or classes.
class HierarchyProtection
{
public:
    explicit HierarchyProtection(int threshold);
    ~HierarchyProtection();
    HierarchyProtection(const HierarchyProtection&) = delete;
    HierarchyProtection& operator=(const HierarchyProtection&) = delete;

    // Every school's totals before any block is read; a school's grades before
    // its grades or classes are read, and all of a grade's classes before its classes.
    void addSchool(qint64 schoolId, const GroupCounts& counts);
    void addSchoolGrade(qint64 schoolId, int grade, const GroupCounts& counts);
    void addClass(qint64 schoolId, int grade, qint64 classId, const GroupCounts& counts);

    ProtectedBlock municipality();
    std::optional<ProtectedBlock> school(qint64 schoolId);
    std::optional<ProtectedBlock> schoolGrade(qint64 schoolId, int grade);
    std::optional<ProtectedBlock> schoolClass(qint64 schoolId, int grade, qint64 classId);
    // A grade across the municipality: the sum of the schools' grades, each cell
    // shown only when all its parts are (so it adds nothing to what they show).
    // Needs every school's grades.
    std::optional<ProtectedBlock> municipalGrade(int grade);

    QList<qint64> schools() const;
    QList<int> grades() const;
    QList<int> grades(qint64 schoolId) const;
    QList<qint64> classes(qint64 schoolId, int grade) const;

    // False when some table could not be protected by hiding cells in it alone;
    // such a table is shown no further than its total (every other cell hidden).
    bool protectedFully() const { return m_fully; }

    // Every table built so far as one linked table with every decision applied,
    // each cell known only as published: for tests that attack the whole.
    struct Audit
    {
        LinkedTable table;
        QList<int> hidden;
    };
    Audit wholeTable();

private:
    struct Table;
    Table& schoolTable(qint64 schoolId);
    Table& gradeTable(qint64 schoolId, int grade);
    void protectTop();
    void protectOrHideAll(Table& t);
    std::shared_ptr<Table> lowerTable(const Table& above, int parentStart,
                                      const GroupCounts& parent,
                                      const QList<std::pair<QString, GroupCounts>>& children,
                                      int childWeight);

    int m_threshold;
    bool m_fully = true;
    QHash<qint64, GroupCounts> m_schools;
    QHash<qint64, QHash<int, GroupCounts>> m_schoolGrades;
    QHash<qint64, QHash<int, QHash<qint64, GroupCounts>>> m_classes;
    std::shared_ptr<Table> m_top;
    QHash<qint64, std::shared_ptr<Table>> m_schoolTables;
    QHash<QPair<qint64, int>, std::shared_ptr<Table>> m_gradeTables;
};

} // namespace signaali::protection
