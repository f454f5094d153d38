// Group figures on real database files: who may see what, figures that follow
// every change, bad queries, the threshold, and small-group protection for every
// role and in exports.
#include "GroupFiguresWorld.h"
#include "db/sql/SqlHelpers.h"

#include <QSqlQuery>

class TestGroupFigures : public QObject
{
    Q_OBJECT

private slots:
    void whoMaySeeWhat()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 12));
        QVERIFY(w.addClass(QStringLiteral("Rantakoulu"), QStringLiteral("8A"), 12));
        const qint64 round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        w.record(QStringLiteral("Keskuskoulu/8A"), round, 0.4);
        w.record(QStringLiteral("Rantakoulu/8A"), round, 0.4);
        const qint64 keskus = w.schoolId(QStringLiteral("Keskuskoulu"));
        const qint64 ranta = w.schoolId(QStringLiteral("Rantakoulu"));
        FigureQuery query;
        query.roundIds = {round};

        for (Role refused : {Role::Admin, Role::CaseTeam}) {
            const SignedInUser u = w.user(refused, {keskus});
            GroupFigures figures(w.db(), u);
            QVERIFY(figures.figures(query).refusedAccess());
            GroupTrends trends(w.db(), u);
            QVERIFY(trends.trends(query).refusedAccess());
            QVERIFY(trends.groupSignals(query).refusedAccess());
            QVERIFY(figures.visibleSchools().refusedAccess());
        }
        // A welfare group sees its own school only, and is told so when asking for another.
        const SignedInUser welfare = w.user(Role::WelfareGroup, {keskus});
        GroupFigures welfareFigures(w.db(), welfare);
        const auto own = welfareFigures.figures(query);
        QVERIFY(own);
        for (const FigureRow& row : *own)
            QCOMPARE(row.group.schoolId, keskus);
        QCOMPARE(welfareFigures.visibleSchools()->size(), qsizetype(1));
        query.schoolIds = {ranta};
        const auto other = welfareFigures.figures(query);
        QVERIFY(other.refusedAccess());
        QVERIFY2(other.error().contains(QLatin1String("schoolIds")), qPrintable(other.error()));
        QVERIFY(other.error().contains(QLatin1String("Rantakoulu")));
        // A nurse likewise; a coordinator sees both.
        const SignedInUser nurse = w.user(Role::Nurse, {ranta});
        GroupFigures nurseFigures(w.db(), nurse);
        QVERIFY(nurseFigures.figures(query));
        query.schoolIds.clear();
        const SignedInUser coordinator = w.user(Role::Coordinator);
        GroupFigures coordinatorFigures(w.db(), coordinator);
        const auto all = coordinatorFigures.figures(query);
        QVERIFY(all);
        QVERIFY(findRow(*all, QStringLiteral("Keskuskoulu")));
        QVERIFY(findRow(*all, QStringLiteral("Rantakoulu")));

        // The account is read again at every query: a welfare group claiming to
        // be a coordinator, or holding a school since taken away, gains nothing.
        SignedInUser claimed = welfare;
        claimed.role = Role::Coordinator;
        QVERIFY(!GroupFigures(w.db(), claimed).figures(query));
        SignedInUser stale = welfare;
        stale.schoolIds = {keskus, ranta};
        GroupFigures staleFigures(w.db(), stale);
        QCOMPARE(staleFigures.visibleSchools()->size(), qsizetype(1));
        QSqlQuery unassign(w.db());
        QVERIFY(unassign.exec(
            QStringLiteral("DELETE FROM user_school WHERE user_id = %1").arg(welfare.id)));
        QCOMPARE(GroupFigures(w.db(), welfare).visibleSchools()->size(), qsizetype(0));
        QVERIFY(!setSmallGroupThreshold(w.db(), claimed, 12));
    }

    // Protected rounds are kept between queries, but a new result, here or from
    // another connection to the same file, is in the very next figures.
    void keptFiguresFollowEveryChange()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 12));
        const qint64 round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        const QList<qint64> pupils = w.classes.value(QStringLiteral("Keskuskoulu/8A"));
        ResponseStore here(w.db());
        for (int i = 0; i < 10; ++i)
            QVERIFY(here.recordCompleted(pupils[i], round, youth(),
                                         randomAnswers(youth(), w.rng, 0.3), QStringLiteral("fi")));
        const SignedInUser coordinator = w.user(Role::Coordinator);
        GroupFigures figures(w.db(), coordinator);
        FigureQuery query;
        query.roundIds = {round};
        query.breakdown = Breakdown::Municipality;
        auto respondents = [&] {
            const auto rows = figures.figures(query);
            if (!rows)
                return qint64(-2);
            for (const FigureRow& row : *rows)
                if (row.group.domainId == kOverall && row.group.gender.isEmpty())
                    return row.respondents.count.value_or(-1);
            return qint64(-3);
        };
        QCOMPARE(respondents(), qint64(10));
        QCOMPARE(respondents(), qint64(10)); // from what was kept
        QVERIFY(here.recordCompleted(pupils[10], round, youth(), randomAnswers(youth(), w.rng, 0.3),
                                     QStringLiteral("fi")));
        QCOMPARE(respondents(), qint64(11));
        OpenError error;
        auto other = Database::open(w.t.path(), &error);
        QVERIFY(other);
        QVERIFY(ResponseStore(other->connection())
                    .recordCompleted(pupils[11], round, youth(), randomAnswers(youth(), w.rng, 0.3),
                                     QStringLiteral("fi")));
        QCOMPARE(respondents(), qint64(12));
    }

    void badQueriesNameTheField()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 5));
        const qint64 round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        w.record(QStringLiteral("Keskuskoulu/8A"), round, 0.4);
        const SignedInUser coordinator = w.user(Role::Coordinator);
        GroupFigures figures(w.db(), coordinator);
        auto refusedFor = [&](const FigureQuery& q, const char* field) {
            const auto rows = figures.figures(q);
            return !rows && rows.error().startsWith(QLatin1String(field));
        };
        FigureQuery q;
        QVERIFY(refusedFor(q, "roundIds"));
        q.roundIds = {round + 100};
        QVERIFY(refusedFor(q, "roundIds"));
        q.roundIds = {round};
        q.genders = {QStringLiteral("girls")};
        QVERIFY(refusedFor(q, "genders"));
        q.genders.clear();
        q.domainIds = {QStringLiteral("no-such-domain")};
        QVERIFY(refusedFor(q, "domainIds"));
        q.domainIds.clear();
        q.schoolIds = {9999};
        QVERIFY(refusedFor(q, "schoolIds"));
        q.schoolIds.clear();
        q.grades = {-3};
        QVERIFY(refusedFor(q, "grades"));
        q.grades.clear();
        q.breakdown = Breakdown::Municipality;
        GroupTrends trends(w.db(), coordinator);
        QVERIFY(trends.funnels(q).error().startsWith(QLatin1String("breakdown")));
        q.breakdown = Breakdown::School;
        q.reference = Reference::School;
        QVERIFY(trends.funnels(q).error().startsWith(QLatin1String("reference")));
    }

    void thresholdIsASettingNeverBelowFive()
    {
        World w;
        QVERIFY(w.open());
        QCOMPARE(smallGroupThreshold(w.db()), 10);
        const SignedInUser admin = w.user(Role::Admin);
        const auto low = setSmallGroupThreshold(w.db(), admin, 4);
        QVERIFY(!low);
        QVERIFY2(low.error().startsWith(QLatin1String("threshold:")), qPrintable(low.error()));
        QCOMPARE(smallGroupThreshold(w.db()), 10);
        // Those who read figures may not change how they are protected.
        for (Role role : {Role::Nurse, Role::Coordinator, Role::WelfareGroup}) {
            QVERIFY(setSmallGroupThreshold(w.db(), w.user(role), 12).refusedAccess());
            QCOMPARE(smallGroupThreshold(w.db()), 10);
        }
        const auto set = setSmallGroupThreshold(w.db(), admin, 12);
        QVERIFY2(set, qPrintable(set.error()));
        QCOMPARE(smallGroupThreshold(w.db()), 12);
        QCOMPARE(scalar(w.db(), QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                               "'change.small_group_threshold'"))
                     ->toString(),
                 QStringLiteral("from 10 to 12"));
        // The table itself refuses a lower value whoever writes it.
        QSqlQuery query(w.db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE small_group_setting SET threshold = 3")));
        QCOMPARE(smallGroupThreshold(w.db()), 12);
    }

    void smallGroupsAreProtectedForEveryRoleAndInExports()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 22));
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8B"), 21));
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8C"), 7));
        const qint64 round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        for (const char* c : {"8A", "8B", "8C"})
            w.record(QStringLiteral("Keskuskoulu/") + QLatin1String(c), round, 0.5);
        const qint64 school = w.schoolId(QStringLiteral("Keskuskoulu"));
        FigureQuery query;
        query.roundIds = {round};
        query.breakdown = Breakdown::Class;
        for (Role role : {Role::Coordinator, Role::WelfareGroup, Role::Nurse}) {
            const SignedInUser u = w.user(role, {school});
            GroupFigures figures(w.db(), u);
            const auto rows = figures.figures(query);
            QVERIFY(rows);
            const FigureRow* small = findRow(*rows, QStringLiteral("8C"));
            QVERIFY(small);
            QCOMPARE(*small->respondents.count, qint64(7)); // the group's size is shown...
            for (const FigureCell& level : small->levels) {
                QVERIFY(level.hidden()); // ...but not broken down
                QCOMPARE(level.suppression, protection::Suppression::SmallGroup);
                QVERIFY(!level.share && !level.wilson);
            }
            // 8C hidden in every level column forces a second class hidden there.
            for (int level = 0; level < 3; ++level) {
                int hidden = 0;
                for (const char* c : {"8A", "8B", "8C"})
                    hidden += findRow(*rows, QLatin1String(c))->levels[level].hidden() ? 1 : 0;
                QVERIFY(hidden >= 2);
            }
            // No hidden count can be had by subtracting the shown classes from the grade.
            query.breakdown = Breakdown::Grade;
            const auto grade = figures.figures(query);
            query.breakdown = Breakdown::Class;
            const FigureRow* total = findRow(*grade, QStringLiteral("8"));
            QVERIFY(total);
            for (int level = 0; level < 3; ++level) {
                if (total->levels[level].hidden())
                    continue;
                int unknown = 0;
                for (const char* c : {"8A", "8B", "8C"})
                    unknown += findRow(*rows, QLatin1String(c))->levels[level].hidden() ? 1 : 0;
                QVERIFY(unknown != 1);
            }
            // Exported, a hidden count is its published text, never the number.
            const ExportTable table = GroupFigures::toTable(*rows, 10);
            const QString csv = QString::fromUtf8(TableExport::toCsv(table));
            for (const QString& line : csv.split(QStringLiteral("\r\n")))
                if (line.contains(QLatin1String(",8C,all,overall,")))
                    QVERIFY2(line.contains(QStringLiteral(",7,\u2013,\u2013,\u2013,")),
                             qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestGroupFigures)
#include "tst_groupfigures.moc"
