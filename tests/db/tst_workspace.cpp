// The nurse's views on a real database file: the class overview with pupils
// who have not answered, the attention list and handling, the pupil profile
// with history, follow-ups due, and what became of handled flags next round.
#include "WorkspaceDb.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/CaseStore.h"
#include "db/workspace/ClassOverview.h"
#include "db/workspace/FlagOutcomes.h"
#include "db/workspace/PupilProfile.h"

using namespace signaali;
using namespace signaali::db;

namespace {
const QList<int> kCritical{0, 0, 0, 0, 0, 0, 0, 0, 1}; // 1 point, item 9 answered
const QList<int> kConcern{3, 3, 3, 3, 0, 0, 0, 0, 0};  // 12: moderate
const QList<int> kCalm{0, 0, 0, 0, 0, 0, 0, 0, 0};     // 0
const QList<int> kWorse{3, 3, 1, 0, 0, 0, 0, 0, 0};    // 7: mild, 7 above 0 is a reliable change
const QList<int> kMild{3, 3, 0, 0, 0, 0, 0, 0, 0};     // 6: mild (watch)
const QList<int> kSevere{3, 3, 3, 3, 3, 0, 0, 0, 0};   // 15: moderately severe
const QList<int> kLow{3, 0, 0, 0, 0, 0, 0, 0, 0};      // 3: minimal
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    WorkspaceDb w;
    // 8A: critical, concern, change (two rounds), accumulation, watch only,
    // in progress, not started.
    qint64 critical = 0, concern = 0, change = 0, accumulation = 0, watch = 0, inProgress = 0,
           notStarted = 0;
    QSqlDatabase& c() { return w.db->connection(); }

    OverviewRequest overviewRequest(qint64 roundId) const
    {
        OverviewRequest request;
        request.groupId = w.classId;
        request.roundId = roundId;
        request.instrumentId = QStringLiteral("phq-a");
        request.language = QStringLiteral("en");
        return request;
    }

    void verifyRefusedOtherNurse(qint64 response)
    {
        QCOMPARE(refusalKindId(
                     markFlagsHandled(c(), w.otherNurse, response, {}, {}, w.clock).refusal.kind),
                 QStringLiteral("not_found")); // another school's reads as missing
    }

private slots:
    void initTestCase()
    {
        QVERIFY(w.build(7));
        critical = w.pupilIds[0];
        concern = w.pupilIds[1];
        change = w.pupilIds[2];
        accumulation = w.pupilIds[3];
        watch = w.pupilIds[4];
        inProgress = w.pupilIds[5];
        notStarted = w.pupilIds[6];
        // An earlier round for the change rule.
        const auto earlier = OrganisationStore(c(), w.clock)
                                 .createRound(QStringLiteral("kevät 2026"), QDate(2026, 2, 1));
        QVERIFY(earlier);
        QVERIFY(w.record(change, earlier->id, kCalm));
        QVERIFY(w.record(concern, earlier->id, kMild));
        QVERIFY(w.record(critical, w.roundId, kCritical));
        QVERIFY(w.record(concern, w.roundId, kConcern));
        QVERIFY(w.record(change, w.roundId, kWorse));
        const qint64 acc = w.record(accumulation, w.roundId, kCalm);
        QVERIFY(acc);
        // PHQ-A has no accumulation rule; the flag is stored as signaali-youth would store it.
        QSqlQuery query(c());
        QVERIFY(execBound(
            query,
            QStringLiteral("INSERT INTO flag (response_id, code, kind, level, "
                           "critical, reason, position) VALUES (?, 'accumulation', "
                           "'accumulation', 'concern', 0, 'Several domains at watch level', 9)"),
            {acc}));
        QVERIFY(w.record(watch, w.roundId, kMild));
        ResponseStore responses(c(), w.clock);
        const auto started = responses.startOrResume(
            inProgress, w.roundId, TestDb::instrument("phq-a"), QStringLiteral("fi"));
        QVERIFY(started);
        QVERIFY(responses.saveAnswer(started->id, QStringLiteral("item1"), 2));
    }

    void overviewListsEveryPupilOfTheClass()
    {
        const auto overview = classOverview(c(), w.nurse, overviewRequest(w.roundId), w.clock);
        QVERIFY2(overview.ok(), qPrintable(overview.error()));
        QCOMPARE(overview->rows.size(), 7);
        QCOMPARE(overview->completed, 5);
        QCOMPARE(overview->inProgress, 1);
        QCOMPARE(overview->notStarted, 1);
        QCOMPARE(overview->groupName, QStringLiteral("8A"));
        QCOMPARE(overview->schoolName, QStringLiteral("Testikoulu"));
        QCOMPARE(overview->roundName, QStringLiteral("syksy 2026"));
        QCOMPARE(overview->columns.size(), 1);
        QCOMPARE(overview->columns.first().domainId, QStringLiteral("total"));
        QCOMPARE(overview->columns.first().title, QStringLiteral("Depressive symptoms"));
        QHash<qint64, OverviewRow> rows;
        for (const OverviewRow& row : overview->rows)
            rows.insert(row.pupilId, row);
        QCOMPARE(screeningStatusId(rows[notStarted].status), QStringLiteral("not_started"));
        QVERIFY(rows[notStarted].domains.isEmpty());
        QCOMPARE(rows[notStarted].lastName, QStringLiteral("Testinen"));
        QCOMPARE(screeningStatusId(rows[inProgress].status), QStringLiteral("in_progress"));
        QVERIFY(rows[inProgress].level.isEmpty());
        const OverviewRow& row = rows[concern];
        QCOMPARE(screeningStatusId(row.status), QStringLiteral("completed"));
        QCOMPARE(row.level, QStringLiteral("concern"));
        QCOMPARE(row.domains.size(), 1);
        QCOMPARE(row.domains.first().score.value_or(-1), 12.0);
        QCOMPARE(row.domains.first().level, QStringLiteral("concern"));
        QCOMPARE(row.domains.first().band, QStringLiteral("moderate"));
        QCOMPARE(qRound(row.domains.first().percentOfMax.value_or(-1)), qRound(12.0 / 27 * 100));
        QCOMPARE(row.flags.first().code, QStringLiteral("threshold.total"));
        QVERIFY(!row.flags.first().reason.isEmpty());
        QVERIFY(rows[critical].critical);
        // Rows come sorted by name.
        for (int i = 1; i < overview->rows.size(); ++i)
            QVERIFY(overview->rows[i - 1].firstName < overview->rows[i].firstName);

        const auto later = classOverview(c(), w.nurse, overviewRequest(w.nextRoundId), w.clock);
        QCOMPARE(later->notStarted, 7);
        OverviewRequest bad = overviewRequest(w.roundId);
        bad.groupId = 0;
        QVERIFY(
            classOverview(c(), w.nurse, bad, w.clock).error().startsWith(QStringLiteral("class")));
        bad = overviewRequest(424242);
        QCOMPARE(refusalKindId(classOverview(c(), w.nurse, bad, w.clock).refusal.kind),
                 QStringLiteral("not_found"));
    }

    void attentionListOrdersCriticalConcernChangeAccumulation()
    {
        const auto list = attentionList(c(), w.nurse, {}, w.clock);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QList<qint64> pupils;
        QStringList kinds;
        for (const AttentionItem& item : *list) {
            pupils << item.pupilId;
            kinds << attentionKindId(item.kind);
            QVERIFY(!item.flags.isEmpty());
            for (const FlagView& flag : item.flags)
                QVERIFY(!flag.reason.isEmpty());
            QCOMPARE(item.schoolName, QStringLiteral("Testikoulu"));
            QCOMPARE(item.className, QStringLiteral("8A"));
            QCOMPARE(item.roundName, QStringLiteral("syksy 2026")); // the latest result only
            QVERIFY(!item.completedAt.isEmpty());
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("critical"), QStringLiteral("concern"),
                                     QStringLiteral("change"), QStringLiteral("accumulation")}));
        QCOMPARE(pupils, (QList<qint64>{critical, concern, change, accumulation}));
        // The change item lists the change flag, not the watch-level threshold beside it.
        QCOMPARE(list->at(2).flags.size(), 1);
        QCOMPARE(list->at(2).flags.first().code, QStringLiteral("change.total"));
        QCOMPARE(list->at(0).flags.first().code, QStringLiteral("critical.item9"));
    }

    void handledFlagsLeaveTheList()
    {
        const auto before = attentionList(c(), w.nurse, {}, w.clock);
        const qint64 response = before->at(1).responseId;
        QCOMPARE(markFlagsHandled(c(), w.nurse, response, {QStringLiteral("nonsense")}, {}, w.clock)
                     .error(),
                 QStringLiteral("codes: the result has no flag 'nonsense'"));
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM flag_handling")), 0);
        verifyRefusedOtherNurse(response);
        const auto handled =
            markFlagsHandled(c(), w.nurse, response, {}, QStringLiteral("soitettu"), w.clock);
        QVERIFY2(handled.ok(), qPrintable(handled.error()));
        const auto after = attentionList(c(), w.nurse, {}, w.clock);
        QCOMPARE(after->size(), before->size() - 1);
        for (const AttentionItem& item : *after)
            QVERIFY(item.responseId != response);
        AttentionRequest all;
        all.includeHandled = true;
        const auto withHandled = attentionList(c(), w.nurse, all, w.clock);
        QCOMPARE(withHandled->size(), before->size());
        const AttentionItem& item = withHandled->at(1);
        QCOMPARE(item.responseId, response);
        QVERIFY(item.handled);
        QCOMPARE(item.flags.first().handledBy, QStringLiteral("Hilkka Hoitaja"));
        QCOMPARE(item.flags.first().handledAt, isoUtc(w.clock.nowUtc()));
        QCOMPARE(item.flags.first().handledNote, QStringLiteral("soitettu"));
        // Handling again keeps the first record.
        w.clock.advanceMs(5000);
        QVERIFY(markFlagsHandled(c(), w.nurse, response, {}, {}, w.clock).ok());
        QCOMPARE(attentionList(c(), w.nurse, all, w.clock)->at(1).flags.first().handledAt,
                 item.flags.first().handledAt);
    }

    void profileShowsResultsAnswersAndHistory()
    {
        ProfileRequest request;
        request.pupil = w.pupilUuid(change);
        request.language = QStringLiteral("en");
        const auto profile = pupilProfile(c(), w.nurse, request, w.clock);
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        QCOMPARE(profile->className, QStringLiteral("8A"));
        QCOMPARE(profile->instruments.size(), 1);
        const ProfileInstrument& phq = profile->instruments.first();
        QCOMPARE(phq.instrumentId, QStringLiteral("phq-a"));
        QCOMPARE(phq.roundName, QStringLiteral("syksy 2026"));
        QCOMPARE(phq.level, QStringLiteral("watch"));
        QCOMPARE(phq.domains.first().score.value_or(-1), 7.0);
        QStringList codes;
        for (const FlagView& flag : phq.flags)
            codes << flag.code;
        QVERIFY(codes.contains(QStringLiteral("change.total")));
        QCOMPARE(phq.answers.size(), 9);
        QCOMPARE(phq.answers.first().itemId, QStringLiteral("item1"));
        const Instrument& instrument = TestDb::instrument("phq-a");
        QCOMPARE(phq.answers.first().itemText,
                 instrument.item(QStringLiteral("item1"))->text.text(QStringLiteral("en")));
        QCOMPARE(phq.answers.first().value, 3.0);
        QCOMPARE(phq.answers.first().answerText, instrument.scaleOfItem(QStringLiteral("item1"))
                                                     ->options.last()
                                                     .label.text(QStringLiteral("en")));
        QCOMPARE(phq.answers.first().domainIds, QStringList{QStringLiteral("total")});
        QCOMPARE(phq.history.size(), 2);
        QCOMPARE(phq.history[0].roundName, QStringLiteral("kevät 2026"));
        QCOMPARE(phq.history[0].date, QDate(2026, 2, 1));
        QCOMPARE(phq.history[0].domains.first().score.value_or(-1), 0.0);
        QCOMPARE(phq.history[0].level, QStringLiteral("ok"));
        QCOMPARE(phq.history[1].roundName, QStringLiteral("syksy 2026"));
        QCOMPARE(phq.history[1].domains.first().level, QStringLiteral("watch"));

        request.language = QStringLiteral("sv");
        request.pupil = QString::number(critical);
        const auto swedish = pupilProfile(c(), w.nurse, request, w.clock);
        QCOMPARE(swedish->instruments.first().answers.last().itemText,
                 instrument.item(QStringLiteral("item9"))->text.text(QStringLiteral("sv")));
        QVERIFY(swedish->instruments.first().answers.last().critical);
        QVERIFY(swedish->instruments.first().critical);

        request.pupil = QString::number(notStarted);
        QCOMPARE(pupilProfile(c(), w.nurse, request, w.clock)->instruments.size(), 0);
        // Unknown and elsewhere read the same to a nurse.
        request.pupil = QStringLiteral("no-such-pupil");
        QCOMPARE(pupilProfile(c(), w.nurse, request, w.clock).refusal.code,
                 Refusal::Code::NoPupilInYourSchools);
    }

    void followUpsDueForTheStartPage()
    {
        CaseStore cases(c(), w.clock);
        const QDate today(2026, 10, 1);
        const int before = w.count(QStringLiteral("SELECT count(*) FROM case_action"));
        QVERIFY(cases.recordAction(w.nurse, {concern, CaseActionKind::FollowUpBooked, {}, {}, 0})
                    .error()
                    .startsWith(QStringLiteral("follow-up date")));
        QVERIFY(
            cases.recordAction(w.nurse, {concern, CaseActionKind::TalkedWithPupil, today, {}, 0})
                .error()
                .startsWith(QStringLiteral("follow-up date")));
        QVERIFY(cases
                    .recordAction(w.nurse, {concern,
                                            CaseActionKind::TalkedWithPupil,
                                            {},
                                            QString(5000, QLatin1Char('x')),
                                            0})
                    .error()
                    .startsWith(QStringLiteral("note")));
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM case_action")), before);

        const auto overdue = cases.recordAction(
            w.nurse, {concern, CaseActionKind::FollowUpBooked, today.addDays(-2), {}, 0});
        const auto soon = cases.recordAction(
            w.nurse, {critical, CaseActionKind::FollowUpBooked, today.addDays(3), {}, 0});
        const auto later = cases.recordAction(
            w.nurse, {change, CaseActionKind::FollowUpBooked, today.addDays(10), {}, 0});
        QVERIFY(overdue && soon && later);
        QVERIFY(cases
                    .recordAction(w.nurse, {critical,
                                            CaseActionKind::ReferredUrgentCare,
                                            {},
                                            QStringLiteral("päivystys"),
                                            0})
                    .ok());
        const auto due = cases.followUpsDue(w.nurse, today, 7);
        QVERIFY2(due.ok(), qPrintable(due.error()));
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).action.id, *overdue);
        QVERIFY(due->at(0).overdue);
        QCOMPARE(due->at(1).action.id, *soon);
        QVERIFY(!due->at(1).overdue);
        QCOMPARE(due->at(1).action.followUpOn, today.addDays(3));
        QCOMPARE(due->at(1).className, QStringLiteral("8A"));
        QCOMPARE(cases.followUpsDue(w.nurse, today, 30)->size(), 3);
        QCOMPARE(cases.followUpsDue(w.otherNurse, today, 30)->size(), 0);

        QVERIFY(cases.markFollowUpDone(w.nurse, *overdue).ok());
        QCOMPARE(cases.followUpsDue(w.nurse, today, 7)->size(), 1);
        const auto actions = cases.actions(w.nurse, critical);
        QCOMPARE(actions->size(), 2);
        QCOMPARE(caseActionKindId(actions->at(1).kind), QStringLiteral("referred_urgent_care"));
        QCOMPARE(actions->at(1).note, QStringLiteral("päivystys"));
        QCOMPARE(actions->at(1).recordedBy, QStringLiteral("Hilkka Hoitaja"));
        QCOMPARE(cases.actions(w.nurse, concern)->first().doneBy, QStringLiteral("Hilkka Hoitaja"));
    }

    void handledFlagsAreFollowedToTheNextRound()
    {
        // Handle everything still open in round one.
        AttentionRequest all;
        all.includeHandled = true;
        for (const AttentionItem& item : *attentionList(c(), w.nurse, all, w.clock)) {
            const auto handled = markFlagsHandled(c(), w.nurse, item.responseId, {}, {}, w.clock);
            QVERIFY2(handled.ok(), qPrintable(handled.error()));
        }
        const auto pending = handledFlagOutcomes(c(), w.nurse, {}, w.clock);
        QVERIFY2(pending.ok(), qPrintable(pending.error()));
        QVERIFY(!pending->isEmpty());
        for (const HandledFlagOutcome& outcome : *pending)
            QCOMPARE(flagOutcomeId(outcome.outcome), QStringLiteral("pending"));

        QVERIFY(w.record(concern, w.nextRoundId, kLow));       // 12 -> 3
        QVERIFY(w.record(change, w.nextRoundId, kSevere));     // 7 -> 15, change again
        QVERIFY(w.record(critical, w.nextRoundId, kCritical)); // item 9 again
        const auto outcomes = handledFlagOutcomes(c(), w.nurse, {}, w.clock);
        QHash<QString, HandledFlagOutcome> byKey;
        for (const HandledFlagOutcome& o : *outcomes)
            byKey.insert(QString::number(o.pupilId) + QLatin1Char('/') + o.code, o);
        auto outcomeOf = [&](qint64 pupil, const char* code) {
            return flagOutcomeId(
                byKey.value(QString::number(pupil) + QLatin1Char('/') + QLatin1String(code))
                    .outcome);
        };
        QCOMPARE(outcomeOf(concern, "threshold.total"), QStringLiteral("resolved"));
        QCOMPARE(byKey.value(QString::number(concern) + QStringLiteral("/threshold.total"))
                     .nextRoundName,
                 QStringLiteral("kevät 2027"));
        QCOMPARE(outcomeOf(change, "change.total"), QStringLiteral("worsened"));
        QCOMPARE(outcomeOf(change, "threshold.total"), QStringLiteral("worsened"));
        QCOMPARE(outcomeOf(critical, "critical.item9"), QStringLiteral("persisted"));
        QCOMPARE(outcomeOf(accumulation, "accumulation"), QStringLiteral("pending"));
        QCOMPARE(
            byKey.value(QString::number(concern) + QStringLiteral("/threshold.total")).handledBy,
            QStringLiteral("Hilkka Hoitaja"));

        QVERIFY(w.record(accumulation, w.nextRoundId, kCalm));
        QVERIFY(w.record(watch, w.nextRoundId, kMild));
        OutcomeRequest one;
        one.pupilId = accumulation;
        const auto single = handledFlagOutcomes(c(), w.nurse, one, w.clock);
        QCOMPARE(single->size(), 1);
        QCOMPARE(flagOutcomeId(single->first().outcome), QStringLiteral("resolved"));
        OutcomeRequest later;
        later.roundId = w.nextRoundId;
        QCOMPARE(handledFlagOutcomes(c(), w.nurse, later, w.clock)->size(), 0);
        QCOMPARE(refusalKindId(handledFlagOutcomes(c(), w.otherNurse, one, w.clock).refusal.kind),
                 QStringLiteral("not_allowed"));
        // The attention list now shows the new round's results.
        for (const AttentionItem& item : *attentionList(c(), w.nurse, {}, w.clock))
            QCOMPARE(item.roundName, QStringLiteral("kevät 2027"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
