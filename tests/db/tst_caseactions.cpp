// Correcting and removing follow-up actions on a real database file: only the
// one who recorded it, only that day; the earlier version is kept; a removed
// action leaves the case and the follow-ups due. Also the profile's domains
// with a critical answer.
#include "WorkspaceDb.h"
#include "db/workspace/CaseCorrections.h"
#include "db/workspace/CaseShares.h"
#include "db/workspace/CaseStore.h"
#include "db/workspace/PupilProfile.h"

#include <algorithm>

using namespace signaali;
using namespace signaali::db;

class TestCaseActions : public QObject
{
    Q_OBJECT

private:
    WorkspaceDb w;
    QSqlDatabase& c() { return w.db->connection(); }

private slots:
    void initTestCase() { QVERIFY(w.build(3)); }

    void theRecorderCorrectsOnTheSameDay()
    {
        CaseStore cases(c(), w.clock);
        CaseCorrections corrections(c(), w.clock);
        const qint64 pupil = w.pupilIds[0];
        const auto id = cases.recordAction(
            w.nurse, {pupil, CaseActionKind::ReferredDoctor, {}, QStringLiteral("väärin"), 0});
        QVERIFY(id);
        const int logged = w.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        w.clock.advanceMs(2 * 3600 * 1000);

        // Bad input changes nothing.
        QVERIFY(corrections.correctAction(w.nurse, {*id, CaseActionKind::FollowUpBooked, {}, {}})
                    .error()
                    .startsWith(QStringLiteral("follow-up date")));
        // Someone else, even with access to the pupil, may not.
        const SignedInUser colleague =
            w.make(QStringLiteral("sijainen"), Role::Nurse, {w.schoolId});
        QCOMPARE(
            corrections.correctAction(colleague, {*id, CaseActionKind::TalkedWithPupil, {}, {}})
                .refusal.kind,
            Refusal::Kind::NotAllowed);
        // Another school's nurse is told what she would be told of no action at all.
        QCOMPARE(corrections.removeAction(w.otherNurse, *id).refusal.kind, Refusal::Kind::NotFound);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM case_action_revision")), 0);

        const QDate on(2026, 10, 20);
        const auto corrected = corrections.correctAction(
            w.nurse, {*id, CaseActionKind::FollowUpBooked, on, QStringLiteral("oikein")});
        QVERIFY2(corrected, qPrintable(corrected.error()));
        const auto actions = cases.actions(w.nurse, pupil);
        QCOMPARE(actions->size(), 1);
        QCOMPARE(actions->first().kind, CaseActionKind::FollowUpBooked);
        QCOMPARE(actions->first().followUpOn, on);
        QCOMPARE(actions->first().note, QStringLiteral("oikein"));
        QCOMPARE(actions->first().revisions, 1);
        // The version before is kept, with who changed it; the log names the action only.
        QSqlQuery old(c());
        QVERIFY(old.exec(QStringLiteral("SELECT kind, note, changed_by, change FROM "
                                        "case_action_revision ORDER BY id")));
        QVERIFY(old.next());
        QCOMPARE(old.value(0).toString(), QStringLiteral("referred_doctor"));
        QCOMPARE(old.value(1).toString(), QStringLiteral("väärin"));
        QCOMPARE(old.value(2).toLongLong(), w.nurse.id);
        QCOMPARE(old.value(3).toString(), QStringLiteral("corrected"));
        QVERIFY(w.count(QStringLiteral("SELECT count(*) FROM audit_log")) > logged);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                        "'%corrected%' AND action = 'change.case_action'")),
                 1);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                        "'%oikein%' OR detail LIKE '%väärin%'")),
                 0);
        QVERIFY(!old.exec(QStringLiteral("UPDATE case_action_revision SET note = ''")));

        // The next day it is refused with a reason, and nothing changes.
        w.clock.advanceMs(24 * 3600 * 1000);
        const auto late =
            corrections.correctAction(w.nurse, {*id, CaseActionKind::NoActionNeeded, {}, {}});
        QCOMPARE(late.refusal.kind, Refusal::Kind::NotAllowed);
        QVERIFY(late.error().contains(QStringLiteral("day")));
        QCOMPARE(corrections.removeAction(w.nurse, *id).refusal.kind, Refusal::Kind::NotAllowed);
        QCOMPARE(cases.actions(w.nurse, pupil)->first().note, QStringLiteral("oikein"));
    }

    void aRemovedActionLeavesTheCaseButNotTheHistory()
    {
        CaseStore cases(c(), w.clock);
        CaseCorrections corrections(c(), w.clock);
        const qint64 pupil = w.pupilIds[1];
        const QDate today = w.clock.nowUtc().toLocalTime().date();
        const auto id = cases.recordAction(
            w.nurse, {pupil, CaseActionKind::FollowUpBooked, today.addDays(1), {}, 0});
        QVERIFY(id);
        const auto dueBefore = cases.followUpsDue(w.nurse, today);
        QVERIFY(std::any_of(dueBefore->cbegin(), dueBefore->cend(),
                            [&](const FollowUp& f) { return f.action.id == *id; }));
        QVERIFY(corrections.removeAction(w.nurse, *id));
        QCOMPARE(cases.actions(w.nurse, pupil)->size(), 0);
        const auto dueAfter = cases.followUpsDue(w.nurse, today);
        QVERIFY(std::none_of(dueAfter->cbegin(), dueAfter->cend(),
                             [&](const FollowUp& f) { return f.action.id == *id; }));
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM case_action_revision WHERE "
                                        "change = 'removed' AND action_id = %1")
                             .arg(*id)),
                 1);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM case_action WHERE id = %1").arg(*id)),
                 1);
        // Gone is gone: a removed action cannot be corrected or removed again.
        QCOMPARE(corrections.removeAction(w.nurse, *id).refusal.kind, Refusal::Kind::NotFound);
        QCOMPARE(corrections.correctAction(w.nurse, {*id, CaseActionKind::NoActionNeeded, {}, {}})
                     .refusal.kind,
                 Refusal::Kind::NotFound);
    }

    void aCriticalAnswersDomainIsConcern()
    {
        // PHQ-A: one point in all (minimal), but item 9 is a critical answer.
        const qint64 pupil = w.pupilIds[2];
        QVERIFY(w.record(pupil, w.roundId, {0, 0, 0, 0, 0, 0, 0, 0, 1}));
        ProfileRequest request;
        request.pupil = QString::number(pupil);
        const auto profile = pupilProfile(c(), w.nurse, request, w.clock);
        QVERIFY(profile);
        const ProfileInstrument& phq = profile->instruments.first();
        QVERIFY(phq.flags.first().critical); // the critical reason first
        bool seen = false;
        for (const DomainView& d : phq.domains)
            if (d.critical) {
                seen = true;
                QCOMPARE(d.level, QStringLiteral("concern"));
                QVERIFY(d.scoredLevel != QStringLiteral("concern"));
                QCOMPARE(d.criticalReason, phq.flags.first().reason);
            }
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(TestCaseActions)
#include "tst_caseactions.moc"
