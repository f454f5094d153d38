// Group figures on real database files: the summary against a full recount after
// recording, kiosk completion, imports, rescoring and erasure; who may see what;
// small-group protection.
#include "GroupFiguresWorld.h"
#include "GroupSummary.h"
#include "ResultStore.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

class TestGroupFigures : public QObject
{
    Q_OBJECT

private slots:
    void summaryMatchesRecountAfterRecording()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 14));
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8B"), 12));
        QVERIFY(w.addClass(QStringLiteral("Rantakoulu"), QStringLiteral("9A"), 11));
        const qint64 round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        QCOMPARE(w.record(QStringLiteral("Keskuskoulu/8A"), round, 0.3), 14);
        QCOMPARE(w.record(QStringLiteral("Keskuskoulu/8B"), round, 0.6), 12);
        QCOMPARE(w.record(QStringLiteral("Rantakoulu/9A"), round, 0.2), 11);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
        QCOMPARE(summed(w.db()), 37);
        // One row per domain as well: the instrument's 12 domains and the overall level.
        QCOMPARE(scalar(w.db(), QStringLiteral("SELECT count(DISTINCT domain_id) FROM "
                                               "group_summary"))
                     ->toInt(),
                 13);
        QCOMPARE(GroupSummary::stored(w.db()), GroupSummary::recomputed(w.db()));
    }

    void kioskCompletionUpdatesTheSummaryInTheSameTransaction()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 3));
        const qint64 round = w.addRound(QStringLiteral("kevät 2026"), QDate(2026, 2, 1));
        ResponseStore responses(w.db());
        const qint64 pupil = w.classes.value(QStringLiteral("Keskuskoulu/8A")).first();
        const auto response = responses.startOrResume(pupil, round, youth(), QStringLiteral("fi"));
        QVERIFY(response);
        const Answers answers = randomAnswers(youth(), w.rng, 0.5);
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
            QVERIFY(responses.saveAnswer(response->id, it.key(), it.value()));
        QCOMPARE(summed(w.db()), 0); // answers alone count nothing
        QVERIFY(responses.complete(response->id, youth()));
        QCOMPARE(summed(w.db()), 1);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});

        // A completion that fails leaves neither result nor count behind.
        QSqlQuery query(w.db());
        QVERIFY(
            query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON response BEGIN "
                                      "SELECT RAISE(ABORT, 'test refusal'); END")));
        const qint64 second = w.classes.value(QStringLiteral("Keskuskoulu/8A"))[1];
        const auto started = responses.startOrResume(second, round, youth(), QStringLiteral("fi"));
        QVERIFY(started);
        QVERIFY(!responses.complete(started->id, youth()));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER refuse")));
        QCOMPARE(summed(w.db()), 1);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
    }

    void rescoringMovesCountsBetweenLevels()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 10));
        const qint64 round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        QCOMPARE(w.record(QStringLiteral("Keskuskoulu/8A"), round, 0.05), 10);
        const qint64 okBefore =
            scalar(w.db(), QStringLiteral("SELECT ok FROM group_summary WHERE domain_id = ''"))
                ->toLongLong();
        // New answers from the troubled end, then rescored: the levels move.
        QSqlQuery query(w.db());
        ResultStore results(w.db());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM response")));
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        for (qint64 id : ids) {
            QVERIFY(
                execBound(query, QStringLiteral("DELETE FROM answer WHERE response_id = ?"), {id}));
            const Answers worse = youth().effectiveAnswers(randomAnswers(youth(), w.rng, 1.0));
            for (auto it = worse.constBegin(); it != worse.constEnd(); ++it)
                QVERIFY(execBound(
                    query,
                    QStringLiteral("INSERT INTO answer (response_id, item_id, value) VALUES (?, "
                                   "?, ?)"),
                    {id, it.key(), it.value()}));
            QVERIFY2(results.rescore(id, QStringLiteral("2026-10-01T00:00:00.000Z")),
                     qPrintable(results.lastError()));
        }
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
        QCOMPARE(summed(w.db()), 10);
        QVERIFY(scalar(w.db(), QStringLiteral("SELECT ok FROM group_summary WHERE domain_id = ''"))
                    .value_or(0)
                    .toLongLong() < okBefore);
    }

    void erasureTakesThePupilOutOfEveryCount()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 12));
        const qint64 autumn = w.addRound(QStringLiteral("syksy 2025"), QDate(2025, 9, 1));
        const qint64 spring = w.addRound(QStringLiteral("kevät 2026"), QDate(2026, 2, 1));
        w.record(QStringLiteral("Keskuskoulu/8A"), autumn, 0.4);
        w.record(QStringLiteral("Keskuskoulu/8A"), spring, 0.4);
        QCOMPARE(summed(w.db()), 24);
        const qint64 pupil = w.classes.value(QStringLiteral("Keskuskoulu/8A")).first();
        QVERIFY(PupilStore(w.db()).erase(pupil));
        QCOMPARE(summed(w.db()), 22);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
        QCOMPARE(scalar(w.db(), QStringLiteral("SELECT count(*) FROM response_cohort"))->toInt(),
                 22);
        // Everyone erased: nothing left, not even empty summary rows.
        for (qint64 id : w.classes.value(QStringLiteral("Keskuskoulu/8A")).mid(1))
            QVERIFY(PupilStore(w.db()).erase(id));
        QCOMPARE(scalar(w.db(), QStringLiteral("SELECT count(*) FROM group_summary"))->toInt(), 0);
        QCOMPARE(scalar(w.db(), QStringLiteral("SELECT count(*) FROM school_summary"))->toInt(), 0);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
    }

    void classMovesLeaveHistoryWhereItWas()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 10));
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8B"), 10));
        const qint64 autumn = w.addRound(QStringLiteral("syksy 2025"), QDate(2025, 9, 1));
        w.record(QStringLiteral("Keskuskoulu/8A"), autumn, 0.3);
        w.record(QStringLiteral("Keskuskoulu/8B"), autumn, 0.3);
        // The spring class list moves three pupils from 8A to 8B.
        PupilStore store(w.db());
        Roster moved;
        for (const PupilRecord& p : store.pupils(QStringLiteral("Keskuskoulu"))) {
            if (p.className != QLatin1String("8A") || moved.pupils.size() == 3)
                continue;
            RosterPupil row;
            row.line = static_cast<int>(moved.pupils.size()) + 2;
            row.lastName = p.lastName;
            row.firstName = p.firstName;
            row.dateOfBirth = p.dateOfBirth;
            row.className = QStringLiteral("8B");
            moved.pupils << row;
        }
        QVERIFY(store.importRoster(moved, QStringLiteral("Keskuskoulu"), false));
        const QString classCount = QStringLiteral(
            "SELECT sum(s.ok + s.watch + s.concern) FROM group_summary s JOIN pupil_group g ON "
            "g.id = s.class_id WHERE s.domain_id = '' AND s.round_id = ? AND g.name = ?");
        QCOMPARE(scalar(w.db(), classCount, {autumn, QStringLiteral("8A")})->toInt(), 10);
        QCOMPARE(scalar(w.db(), classCount, {autumn, QStringLiteral("8B")})->toInt(), 10);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
        // Their spring answers count in their new class.
        const qint64 spring = w.addRound(QStringLiteral("kevät 2026"), QDate(2026, 2, 1));
        w.classes[QStringLiteral("Keskuskoulu/all")] =
            w.classes.value(QStringLiteral("Keskuskoulu/8A")) +
            w.classes.value(QStringLiteral("Keskuskoulu/8B"));
        QCOMPARE(w.record(QStringLiteral("Keskuskoulu/all"), spring, 0.3), 20);
        QCOMPARE(scalar(w.db(), classCount, {spring, QStringLiteral("8A")})->toInt(), 7);
        QCOMPARE(scalar(w.db(), classCount, {spring, QStringLiteral("8B")})->toInt(), 13);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
    }

    void migrationCountsResultsAlreadyStored()
    {
        World w;
        Database::Options options;
        options.migrateTo = 6; // before the group summaries
        OpenError error;
        w.t.db = Database::open(w.t.path(), options, &error);
        QVERIFY(w.t.db);
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 9));
        const qint64 round = w.addRound(QStringLiteral("syksy 2025"), QDate(2025, 9, 1));
        QCOMPARE(w.record(QStringLiteral("Keskuskoulu/8A"), round, 0.5), 9);
        w.t.db.reset();
        QVERIFY(w.open());
        QCOMPARE(w.t.db->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(summed(w.db()), 9);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
    }

    void rebuildRepairsADamagedSummary()
    {
        World w;
        QVERIFY(w.open());
        QVERIFY(w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), 6));
        w.record(QStringLiteral("Keskuskoulu/8A"), w.addRound(QStringLiteral("r"), {}), 0.5);
        QSqlQuery query(w.db());
        QVERIFY(query.exec(QStringLiteral("UPDATE group_summary SET ok = ok + 1")));
        QVERIFY(!GroupSummary::differences(w.db()).isEmpty());
        QString error;
        QVERIFY2(GroupSummary::rebuild(w.db(), &error), qPrintable(error));
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
        // The per-school table is checked and rebuilt as well.
        QVERIFY(query.exec(QStringLiteral("UPDATE school_summary SET watch = watch + 2")));
        QVERIFY(!GroupSummary::differences(w.db()).isEmpty());
        QVERIFY2(GroupSummary::rebuild(w.db(), &error), qPrintable(error));
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
    }

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
            QVERIFY(!figures.figures(query));
            QVERIFY(figures.lastError().startsWith(QLatin1String("figures:")));
            QVERIFY(!figures.trends(query));
            QVERIFY(!figures.groupSignals(query));
            QVERIFY(!figures.visibleSchools());
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
        QVERIFY(!welfareFigures.figures(query));
        QVERIFY2(welfareFigures.lastError().contains(QLatin1String("schoolIds")),
                 qPrintable(welfareFigures.lastError()));
        QVERIFY(welfareFigures.lastError().contains(QLatin1String("Rantakoulu")));
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
        QVERIFY(!setSmallGroupThreshold(w.db(), claimed, 12, nullptr));
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
            return !figures.figures(q) && figures.lastError().startsWith(QLatin1String(field));
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
        QVERIFY(!figures.funnels(q));
        QVERIFY(figures.lastError().startsWith(QLatin1String("breakdown")));
        q.breakdown = Breakdown::School;
        q.reference = Reference::School;
        QVERIFY(!figures.funnels(q));
        QVERIFY(figures.lastError().startsWith(QLatin1String("reference")));
    }

    void thresholdIsASettingNeverBelowFive()
    {
        World w;
        QVERIFY(w.open());
        QCOMPARE(smallGroupThreshold(w.db()), 10);
        QString error;
        const SignedInUser admin = w.user(Role::Admin);
        QVERIFY(!setSmallGroupThreshold(w.db(), admin, 4, &error));
        QVERIFY2(error.startsWith(QLatin1String("threshold:")), qPrintable(error));
        QCOMPARE(smallGroupThreshold(w.db()), 10);
        // Those who read figures may not change how they are protected.
        for (Role role : {Role::Nurse, Role::Coordinator, Role::WelfareGroup}) {
            QVERIFY(!setSmallGroupThreshold(w.db(), w.user(role), 12, &error));
            QCOMPARE(smallGroupThreshold(w.db()), 10);
        }
        QVERIFY2(setSmallGroupThreshold(w.db(), admin, 12, &error), qPrintable(error));
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
