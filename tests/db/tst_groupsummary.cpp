// The group summary on real database files: kept equal to a full recount of
// the results after recording, kiosk completion, bulk loads, rescoring,
// erasure, class moves and migration, and repaired by a rebuild.
#include "GroupFiguresWorld.h"
#include "core/RandomAnswers.h"
#include "core/Scorer.h"
#include "db/figures/GroupSummary.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/DemoGenerator.h"
#include "db/store/BulkResponses.h"
#include "db/store/ResultStore.h"
#include "db/store/StoredAnswers.h"

#include <QRandomGenerator>
#include <QSqlQuery>

class TestGroupSummary : public QObject
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
            const Answers worse = youth().effectiveAnswers(randomAnswers(youth(), w.rng, 1.0));
            QVERIFY(execBound(
                query,
                QStringLiteral("UPDATE response_answers SET answers = ? WHERE response_id = ?"),
                {QString::fromUtf8(storedAnswers(worse)), id}));
            const auto rescored = results.rescore(id, QStringLiteral("2026-10-01T00:00:00.000Z"));
            QVERIFY2(rescored, qPrintable(rescored.error()));
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
        // Today's code keeps answers where version 16 does; at version 6 a
        // table of this connection takes them. The counts come from results.
        QSqlQuery query(w.db());
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE response_answers "
                                          "(response_id INTEGER PRIMARY KEY, answers TEXT)")));
        QCOMPARE(w.record(QStringLiteral("Keskuskoulu/8A"), round, 0.5), 9);
        w.t.db.reset();
        QVERIFY(w.open());
        QCOMPARE(w.t.db->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(summed(w.db()), 9);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
    }

    void migrationKeepsReceivedSummaries()
    {
        World w;
        Database::Options options;
        options.migrateTo = 14; // received counts with their bundle on every row
        OpenError error;
        w.t.db = Database::open(w.t.path(), options, &error);
        QVERIFY(w.t.db);
        QVERIFY(w.addClass(QStringLiteral("Rantakoulu"), QStringLiteral("9A"), 0));
        const qint64 round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        const auto admin = w.t.account(Role::Admin);
        QSqlQuery query(w.db());
        QVERIFY(execBound(query,
                          QStringLiteral("INSERT INTO trusted_device (name, sign_public, "
                                         "seal_public, trusted_by, trusted_at) VALUES ('town', "
                                         "zeroblob(32), zeroblob(32), ?, '2026-10-01T00:00:00Z')"),
                          {admin.id}));
        const qint64 device = query.lastInsertId().toLongLong();
        const qint64 school =
            scalar(w.db(), QStringLiteral("SELECT id FROM school WHERE name = 'Rantakoulu'"))
                ->toLongLong();
        for (const char* domain : {"", "sleep", "mood"})
            QVERIFY(execBound(
                query,
                QStringLiteral("INSERT INTO received_summary (round_id, instrument_id, domain_id, "
                               "school_id, gender, grade, class_id, ok, watch, concern, "
                               "device_id, bundle_id, made_at) VALUES (?, 'youth', ?, ?, "
                               "'female', 9, 0, 7, 2, 1, ?, 'b-1', '2026-10-02T00:00:00Z')"),
                {round, QString::fromLatin1(domain), school, device}));
        QCOMPARE(summed(w.db()), 10);
        w.t.db.reset();
        QVERIFY(w.open());
        QCOMPARE(w.t.db->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(w.db(), QStringLiteral("SELECT count(*) FROM received_summary"))->toInt(),
                 3);
        QCOMPARE(scalar(w.db(),
                        QStringLiteral("SELECT bundle_id || ' ' || made_at FROM "
                                       "received_summary_source WHERE school_id = ?"),
                        {school})
                     ->toString(),
                 QStringLiteral("b-1 2026-10-02T00:00:00Z"));
        QCOMPARE(summed(w.db()), 10);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
    }

    void bulkLoadsCountEachCommittedBatch()
    {
        World w;
        QVERIFY(w.open());
        // Batches that split rounds and classes unevenly.
        DemoOptions options;
        options.pupils = 700;
        options.rounds = 2;
        options.batchSize = 97;
        const auto made = DemoGenerator(w.db(), youth()).generate(options);
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(made->questionnaires > 1000);
        QCOMPARE(summed(w.db()), made->questionnaires);
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
        // A batch never committed leaves neither its responses nor its counts.
        const qint64 responses =
            scalar(w.db(), QStringLiteral("SELECT count(*) FROM response"))->toLongLong();
        {
            const auto versionId = ResultStore(w.db()).instrumentVersionId(youth());
            QVERIFY(versionId);
            const qint64 round = w.addRound(QStringLiteral("kesken"), {});
            const qint64 pupil =
                scalar(w.db(), QStringLiteral("SELECT min(id) FROM pupil"))->toLongLong();
            QRandomGenerator rng(3);
            const Answers answers = youth().effectiveAnswers(randomAnswers(youth(), rng, 0.5));
            BulkResponses bulk(w.db(), 10);
            QVERIFY(
                bulk.add(stagedFromScore(pupil, round, *versionId, youth().id, QStringLiteral("fi"),
                                         QStringLiteral("2026-09-01"), answers,
                                         Scorer::score(youth(), answers, QStringLiteral("fi")))));
        }
        QCOMPARE(scalar(w.db(), QStringLiteral("SELECT count(*) FROM response"))->toLongLong(),
                 responses);
        QCOMPARE(scalar(w.db(), QStringLiteral("SELECT count(*) FROM bulk_load"))->toInt(), 0);
        QCOMPARE(summed(w.db()), made->questionnaires);
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
        const auto rebuilt = GroupSummary::rebuild(w.db());
        QVERIFY2(rebuilt, qPrintable(rebuilt.error()));
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
        // The per-school table is checked and rebuilt as well.
        QVERIFY(query.exec(QStringLiteral("UPDATE school_summary SET watch = watch + 2")));
        QVERIFY(!GroupSummary::differences(w.db()).isEmpty());
        const auto again = GroupSummary::rebuild(w.db());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(GroupSummary::differences(w.db()), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestGroupSummary)
#include "tst_groupsummary.moc"
