// A critical answer reaches the nurse the moment it is saved, on a real
// database file: listed before the questionnaire is finished, kept when the
// answer is changed or the response abandoned, shown in the profile, merged
// with the result it is scored into, and gone only when handled. A database
// made before critical answers were kept records those already given.
#include "WorkspaceDb.h"
#include "db/store/CriticalAnswers.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/PupilProfile.h"

using namespace signaali;
using namespace signaali::db;

class TestCriticalAnswers : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase& c(WorkspaceDb& w) { return w.db->connection(); }

    // A PHQ-A response in progress with item1 answered and item9 (the
    // critical item) answered `item9`, saved one answer at a time as the kiosk does.
    qint64 answerInKiosk(WorkspaceDb& w, qint64 pupilId, int item9)
    {
        ResponseStore responses(c(w), w.clock);
        const Instrument& phq = TestDb::instrument("phq-a");
        const auto started = responses.startOrResume(pupilId, w.roundId, phq, QStringLiteral("en"));
        if (!started)
            return 0;
        if (!responses.saveAnswer(started->id, QStringLiteral("item1"), 1, &phq) ||
            !responses.saveAnswer(started->id, QStringLiteral("item9"), item9, &phq))
            return 0;
        w.clock.advanceMs(60000);
        return started->id;
    }

    QList<AttentionItem> listed(WorkspaceDb& w, qint64 pupilId, bool includeHandled = false)
    {
        AttentionRequest request;
        request.includeHandled = includeHandled;
        const auto items = attentionList(c(w), w.nurse, request, w.clock);
        [&] { QVERIFY2(items.ok(), qPrintable(items.error())); }();
        QList<AttentionItem> mine;
        for (const AttentionItem& item : *items)
            if (item.pupilId == pupilId)
                mine << item;
        return mine;
    }

    PupilProfile profile(WorkspaceDb& w, qint64 pupilId)
    {
        ProfileRequest request;
        request.pupil = QString::number(pupilId);
        request.language = QStringLiteral("en");
        const auto loaded = pupilProfile(c(w), w.nurse, request, w.clock);
        [&] { QVERIFY2(loaded.ok(), qPrintable(loaded.error())); }();
        return loaded.value.value_or(PupilProfile{});
    }

private slots:
    void listedTheMomentItIsGivenWithoutFinishing()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        const qint64 pupil = w.pupilIds[0];
        const qint64 response = answerInKiosk(w, pupil, 2);
        QVERIFY(response);
        const auto items = listed(w, pupil);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, AttentionKind::Critical);
        QVERIFY(items[0].unfinished);
        QCOMPARE(items[0].responseId, response);
        QCOMPARE(items[0].flags.size(), 1);
        QCOMPARE(items[0].flags[0].code, QStringLiteral("critical.item9"));
        QVERIFY(items[0].flags[0].critical);
        QVERIFY(!items[0].flags[0].reason.isEmpty());
        QVERIFY(!items[0].completedAt.isEmpty()); // when it was given
        // A calm answer to the same item lists nobody.
        QVERIFY(answerInKiosk(w, w.pupilIds[1], 0));
        QVERIFY(listed(w, w.pupilIds[1]).isEmpty());
    }

    void staysWhenTheAnswerIsChangedOrTheResponseAbandoned()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        const qint64 pupil = w.pupilIds[0];
        const qint64 response = answerInKiosk(w, pupil, 1);
        ResponseStore responses(c(w), w.clock);
        const Instrument& phq = TestDb::instrument("phq-a");
        QVERIFY(responses.saveAnswer(response, QStringLiteral("item9"), 0, &phq));
        QCOMPARE(listed(w, pupil).size(), 1);
        QVERIFY(responses.abandon(response));
        const auto items = listed(w, pupil);
        QCOMPARE(items.size(), 1);
        QVERIFY(items[0].unfinished);
        // And in the profile, where no result carries it.
        const PupilProfile p = profile(w, pupil);
        QCOMPARE(p.openCritical.size(), 1);
        QCOMPARE(p.openCritical[0].code, QStringLiteral("critical.item9"));
        QVERIFY(p.openCritical[0].unfinished);
    }

    void changedBeforeFinishingStaysBesideTheCalmResult()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        const qint64 pupil = w.pupilIds[0];
        const qint64 response = answerInKiosk(w, pupil, 3);
        ResponseStore responses(c(w), w.clock);
        const Instrument& phq = TestDb::instrument("phq-a");
        QVERIFY(responses.saveAnswer(response, QStringLiteral("item9"), 0, &phq));
        QVERIFY(responses.complete(response, phq));
        const auto items = listed(w, pupil);
        QCOMPARE(items.size(), 1);
        QVERIFY(!items[0].unfinished);
        QCOMPARE(items[0].kind, AttentionKind::Critical);
        QCOMPARE(items[0].flags.first().code, QStringLiteral("critical.item9"));
        QCOMPARE(profile(w, pupil).openCritical.size(), 1);
    }

    void finishingMergesItWithTheResultsFlag()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        const qint64 pupil = w.pupilIds[0];
        const qint64 response = answerInKiosk(w, pupil, 2);
        ResponseStore responses(c(w), w.clock);
        QVERIFY(responses.complete(response, TestDb::instrument("phq-a")));
        const auto items = listed(w, pupil);
        QCOMPARE(items.size(), 1);
        QVERIFY(!items[0].unfinished);
        const auto criticalFlags =
            std::count_if(items[0].flags.begin(), items[0].flags.end(), [](const FlagView& f) {
                return f.code == QLatin1String("critical.item9");
            });
        QCOMPARE(static_cast<int>(criticalFlags), 1);
        // The profile shows it in the result, not a second time above it.
        QVERIFY(profile(w, pupil).openCritical.isEmpty());
        // Handling the result's flag handles the answer too.
        QVERIFY(markFlagsHandled(c(w), w.nurse, response, {}, {}, w.clock));
        QVERIFY(listed(w, pupil).isEmpty());
        QCOMPARE(listed(w, pupil, true).size(), 1);
    }

    void handledLeavesTheListAndTheProfile()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        const qint64 pupil = w.pupilIds[0];
        const qint64 response = answerInKiosk(w, pupil, 1);
        // Another school's nurse can neither see nor handle it: to her it does not exist.
        QCOMPARE(refusalKindId(markFlagsHandled(c(w), w.otherNurse, response,
                                                {QStringLiteral("critical.item9")}, {}, w.clock)
                                   .refusal.kind),
                 QStringLiteral("not_found"));
        const auto other = attentionList(c(w), w.otherNurse, {}, w.clock);
        QVERIFY(other);
        QVERIFY(std::none_of(other->begin(), other->end(),
                             [&](const AttentionItem& a) { return a.pupilId == pupil; }));
        QVERIFY(markFlagsHandled(c(w), w.nurse, response, {QStringLiteral("critical.item9")}, {},
                                 w.clock));
        QVERIFY(listed(w, pupil).isEmpty());
        const auto all = listed(w, pupil, true);
        QCOMPARE(all.size(), 1);
        QVERIFY(all[0].handled);
        QCOMPARE(all[0].flags[0].handledBy, QStringLiteral("Hilkka Hoitaja"));
        QVERIFY(profile(w, pupil).openCritical.isEmpty());
    }

    void migrationRecordsCriticalAnswersAlreadyGiven()
    {
        WorkspaceDb w;
        Database::Options options;
        options.migrateTo = 7; // before critical answers were kept
        OpenError error;
        w.db = Database::open(w.path(), options, &error);
        QVERIFY2(w.db, qPrintable(error.toString()));
        QVERIFY(w.seed(3));
        ResponseStore responses(c(w), w.clock);
        const Instrument& phq = TestDb::instrument("phq-a");
        const auto critical =
            responses.startOrResume(w.pupilIds[0], w.roundId, phq, QStringLiteral("sv"));
        const auto calm =
            responses.startOrResume(w.pupilIds[1], w.roundId, phq, QStringLiteral("fi"));
        const auto walkedAway =
            responses.startOrResume(w.pupilIds[2], w.roundId, phq, QStringLiteral("fi"));
        QVERIFY(critical && calm && walkedAway);
        // Answers were rows of their own at version 7.
        QSqlQuery query(c(w));
        for (const auto& [id, value] :
             {std::pair{critical->id, 2}, std::pair{calm->id, 0}, std::pair{walkedAway->id, 1}})
            QVERIFY(execBound(query,
                              QStringLiteral("INSERT INTO answer (response_id, item_id, value) "
                                             "VALUES (?, 'item9', ?)"),
                              {id, value}));
        QVERIFY(responses.abandon(walkedAway->id));
        w.db.reset();
        QVERIFY(w.open());
        QCOMPARE(w.db->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM critical_answer")), 2);
        QCOMPARE(w.count(QStringLiteral("SELECT min(response_id) FROM critical_answer")),
                 static_cast<int>(critical->id));
        QCOMPARE(w.count(QStringLiteral("SELECT max(response_id) FROM critical_answer")),
                 static_cast<int>(walkedAway->id));
    }
};

QTEST_GUILESS_MAIN(TestCriticalAnswers)
#include "tst_criticalanswers.moc"
