// Small-group protection: the primary rules, complementary suppression in rows
// and columns, and attacks that try to recover hidden counts and must fail.
#include "SuppressionAttacks.h"
#include "core/HierarchyProtection.h"
#include "core/SmallGroupProtection.h"

#include <QRandomGenerator>
#include <QTest>

using namespace signaali::protection;

namespace {

// Groups (rows) by levels ok / watch / concern (columns), with row totals
// (respondents), column totals and the grand total, as one school's classes.
struct ClassTable
{
    LinkedTable table;
    QList<std::array<int, 4>> rows; // [respondents, ok, watch, concern]
    std::array<int, 4> total{};

    explicit ClassTable(const QList<std::array<qint64, 3>>& counts, int threshold = 10)
    {
        std::array<qint64, 3> sums{};
        for (const auto& row : counts) {
            std::array<int, 4> cells{};
            cells[0] = table.addCell(row[0] + row[1] + row[2], 2);
            for (int l = 0; l < 3; ++l) {
                cells[l + 1] = table.addCell(row[l], 0);
                sums[l] += row[l];
            }
            table.addEquation(cells[0], {cells[1], cells[2], cells[3]});
            rows << cells;
        }
        total[0] = table.addCell(sums[0] + sums[1] + sums[2], 12);
        for (int l = 0; l < 3; ++l)
            total[l + 1] = table.addCell(sums[l], 10);
        table.addEquation(total[0], {total[1], total[2], total[3]});
        for (int m = 0; m < 4; ++m) {
            QList<int> parts;
            for (const auto& row : rows)
                parts << row[m];
            table.addEquation(total[m], parts);
        }
        for (const auto& row : rows)
            table.applyPrimaryRules(row[0], {row[1], row[2], row[3]}, threshold);
        table.applyPrimaryRules(total[0], {total[1], total[2], total[3]}, threshold);
    }
    int hiddenInColumn(int measure) const
    {
        return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const auto& row) {
            return table.isHidden(row[measure]);
        }));
    }
    int hiddenInRow(int row) const
    {
        int n = 0;
        for (int m = 0; m < 4; ++m)
            n += table.isHidden(rows[row][m]) ? 1 : 0;
        return n;
    }
};

GroupCounts counts(std::array<qint64, 3> female, std::array<qint64, 3> male = {},
                   std::array<qint64, 3> other = {})
{
    GroupCounts c;
    c.counts = {female, male, other};
    return c;
}

} // namespace

class TestSuppression : public QObject
{
    Q_OBJECT

private slots:
    // The last resort for a table that cannot be protected in itself: only what
    // the table above decided stays shown, and no hidden cell is pinned.
    void aTableThatCannotBeProtectedIsHiddenBeyondItsTotal()
    {
        LinkedTable table;
        const int total = table.addCell(9, 3);
        const int a = table.addCell(4), b = table.addCell(5);
        table.addEquation(total, {a, b});
        table.lock(total, Suppression::None, {9, 9});
        table.applyPrimaryRules(a, {}, 10);
        table.suppressAllUnlocked();
        QCOMPARE(table.suppression(total), Suppression::None);
        QCOMPARE(table.suppression(a), Suppression::Complementary);
        QCOMPARE(table.suppression(b), Suppression::Complementary);
        const QList<Bounds> bounds = table.disclosedBounds();
        QVERIFY(!bounds[a].exact());
        QVERIFY(!bounds[b].exact());
        QCOMPARE(bounds[a].high, qint64(9));
    }

    void smallCountsAreShownAsARange()
    {
        QCOMPARE(cellText(Suppression::SmallCount, 3), QStringLiteral("1\u20134"));
        QCOMPARE(cellText(Suppression::Complementary, 17), QStringLiteral("\u2013"));
        QCOMPARE(cellText(Suppression::None, 17), QStringLiteral("17"));
        QCOMPARE(publishedBounds(Suppression::SmallCount, 3).low, 1);
        QCOMPARE(publishedBounds(Suppression::SmallCount, 3).high, 4);
        QVERIFY(!publishedBounds(Suppression::SmallGroup, 3).exact());
    }

    void primaryRules()
    {
        LinkedTable table;
        // A group of 7 under the threshold 10: not broken down; 7 itself is shown.
        const int n = table.addCell(7), ok = table.addCell(5), watch = table.addCell(2),
                  concern = table.addCell(0);
        table.applyPrimaryRules(n, {ok, watch, concern}, 10);
        QCOMPARE(table.suppression(n), Suppression::None);
        for (int level : {ok, watch, concern})
            QCOMPARE(table.suppression(level), Suppression::SmallGroup);
        // A group of 3: its size is a small count too.
        const int n3 = table.addCell(3), ok3 = table.addCell(3), w3 = table.addCell(0),
                  c3 = table.addCell(0);
        table.applyPrimaryRules(n3, {ok3, w3, c3}, 10);
        QCOMPARE(table.suppression(n3), Suppression::SmallCount);
        QCOMPARE(table.suppression(c3), Suppression::SmallGroup);
        // A group of 20: only the small count (2) is hidden; zeros are shown.
        const int n20 = table.addCell(20), ok20 = table.addCell(18), w20 = table.addCell(0),
                  c20 = table.addCell(2);
        table.applyPrimaryRules(n20, {ok20, w20, c20}, 10);
        QCOMPARE(table.suppression(c20), Suppression::SmallCount);
        QCOMPARE(table.suppression(w20), Suppression::None);
        QCOMPARE(table.suppression(ok20), Suppression::None);
    }

    void thresholdNeverBelowFive()
    {
        // Asking for 3 protects as 5 would: a group of 6 is broken down, a group of 4 is not.
        HierarchyProtection h(3);
        h.addSchool(1, counts({6, 0, 0}));
        h.addSchool(2, counts({4, 0, 0}));
        // (School 1 may still be hidden as the complement of school 2.)
        QVERIFY(h.school(1)->at(0, 1).suppression != Suppression::SmallGroup);
        QCOMPARE(h.school(2)->at(0, 1).suppression, Suppression::SmallGroup);
    }

    void classHiddenWithinSchoolForcesASecondClass()
    {
        // Class B has 7 respondents: its levels are hidden, so in every column
        // a second class must be hidden, or B = school - A - C.
        ClassTable t({{20, 3, 2}, {5, 1, 1}, {15, 4, 3}});
        QVERIFY(t.table.protect());
        for (int level = 1; level <= 3; ++level)
            QVERIFY2(t.hiddenInColumn(level) >= 2, qPrintable(QString::number(level)));
        QVERIFY(subtractionAttack(t.table).isEmpty());
        ExhaustiveAttack attack(t.table, 60);
        QVERIFY(attack.foundTruth());
        QCOMPARE(attack.recovered(), QList<int>{});
    }

    void levelHiddenWithinClassForcesAnotherLevel()
    {
        // A's concern count 3 is hidden; ok 15 and watch 7 and n 25 would give it
        // back, so one more of A's cells must go.
        ClassTable t({{15, 7, 3}, {14, 6, 6}, {16, 5, 7}});
        QVERIFY(t.table.protect());
        QCOMPARE(t.table.suppression(t.rows[0][3]), Suppression::SmallCount);
        QVERIFY(t.hiddenInRow(0) >= 2);
        QVERIFY(t.hiddenInColumn(3) >= 2);
        QVERIFY(subtractionAttack(t.table).isEmpty());
        ExhaustiveAttack attack(t.table, 40);
        QCOMPARE(attack.recovered(), QList<int>{});
    }

    void subtractionFromTotalsFailsWithoutProtectionItSucceeds()
    {
        // The attack works: without complementary suppression B's hidden
        // concern count is the school's minus the other classes'.
        ClassTable bare({{15, 7, 6}, {14, 6, 2}, {16, 5, 7}});
        QVERIFY(bare.table.isHidden(bare.rows[1][3]));
        QVERIFY(subtractionAttack(bare.table).contains(bare.rows[1][3]));
        // With it, the same attack learns nothing.
        ClassTable t({{15, 7, 6}, {14, 6, 2}, {16, 5, 7}});
        QVERIFY(t.table.protect());
        QVERIFY(subtractionAttack(t.table).isEmpty());
        const QList<Bounds> bounds = t.table.disclosedBounds();
        for (int cell = 0; cell < t.table.cellCount(); ++cell)
            if (t.table.isHidden(cell))
                QVERIFY2(!bounds[cell].exact(), qPrintable(QString::number(cell)));
    }

    void publishedRangesCannotPinACount()
    {
        // Two concern counts of 4 under a shown total of 8: the ranges "1–4"
        // alone would give both away (8 = 4 + 4).
        ClassTable t({{20, 5, 4}, {20, 5, 4}, {20, 6, 9}});
        QVERIFY(t.table.protect());
        ExhaustiveAttack attack(t.table, 70);
        QVERIFY(attack.foundTruth());
        QCOMPARE(attack.recovered(), QList<int>{});
        QVERIFY(subtractionAttack(t.table).isEmpty());
    }

    void lockedParentIsRespected()
    {
        // A grade decided above (shown) with two classes: the classes protect
        // each other without touching it.
        HierarchyProtection h(10);
        h.addSchool(1, counts({22, 9, 6}));
        h.addSchool(2, counts({30, 8, 8}));
        h.addSchoolGrade(1, 8, counts({22, 9, 6}));
        h.addClass(1, 8, 11, counts({12, 6, 3}));
        h.addClass(1, 8, 12, counts({10, 3, 3}));
        const ProtectedBlock grade = *h.schoolGrade(1, 8);
        const ProtectedBlock a = *h.schoolClass(1, 8, 11), b = *h.schoolClass(1, 8, 12);
        QCOMPARE(grade.at(0, 3).suppression, Suppression::None);
        QVERIFY(a.at(0, 3).hidden() && b.at(0, 3).hidden()); // 3 and 3
        QVERIFY(h.protectedFully());
    }

    void wholeHierarchyResistsAttacks_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 60; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void wholeHierarchyResistsAttacks()
    {
        // Random municipalities: 1-4 schools, grades 7-9, 1-4 classes a grade,
        // small "other" gender groups and skewed levels, so every rule fires.
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        HierarchyProtection h(10);
        const int schools = 1 + rng.bounded(4);
        for (int s = 1; s <= schools; ++s) {
            GroupCounts schoolTotal;
            for (int grade = 7; grade <= 9; ++grade) {
                if (rng.bounded(4) == 0)
                    continue;
                GroupCounts gradeTotal;
                const int classCount = 1 + rng.bounded(4);
                for (int c = 0; c < classCount; ++c) {
                    GroupCounts cls;
                    for (int g = 0; g < 3; ++g) {
                        const int size = g == 2 ? rng.bounded(3) : rng.bounded(14);
                        for (int i = 0; i < size; ++i) {
                            const int r = rng.bounded(100);
                            ++cls.counts[g][r < 70 ? 0 : r < 88 ? 1 : 2];
                        }
                    }
                    h.addClass(s, grade, s * 100 + grade * 10 + c, cls);
                    gradeTotal.add(cls);
                }
                h.addSchoolGrade(s, grade, gradeTotal);
                schoolTotal.add(gradeTotal);
            }
            if (!h.grades(s).isEmpty())
                h.addSchool(s, schoolTotal);
        }
        for (qint64 s : h.schools())
            for (int grade : h.grades(s))
                for (qint64 c : h.classes(s, grade))
                    QVERIFY(h.schoolClass(s, grade, c));
        for (int grade : h.grades())
            QVERIFY(h.municipalGrade(grade));
        QVERIFY(h.protectedFully());
        HierarchyProtection::Audit audit = h.wholeTable();
        QVERIFY(!audit.hidden.isEmpty());
        const QList<int> recovered =
            withoutStructuralZeros(subtractionAttack(audit.table), audit.table);
        QVERIFY2(recovered.isEmpty(), qPrintable(QString::number(recovered.size())));
        const QList<Bounds> bounds = audit.table.disclosedBounds();
        const QList<int> zeros = structuralZeroCells(audit.table);
        for (int cell : audit.hidden) {
            if (zeros.contains(cell)) {
                QCOMPARE(audit.table.value(cell), 0);
                continue;
            }
            QVERIFY2(
                !bounds[cell].exact(),
                qPrintable(
                    QStringLiteral("cell %1 = %2 pinned").arg(cell).arg(audit.table.value(cell))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSuppression)
#include "tst_suppression.moc"
