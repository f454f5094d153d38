// The kiosk's service: everything is read and written as the nurse who opened
// the kiosk, and checked again on each call.
#include "TestDb.h"
#include "db/access/AuditLog.h"
#include "db/kiosk/KioskSession.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/KioskStore.h"

using namespace signaali;
using namespace signaali::db;

class TestKioskSession : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        TestDb t;
        ManualClock clock{QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC)};
        qint64 schoolId = 0;
        qint64 groupId = 0;
        SignedInUser nurse;
        SignedInUser otherNurse; // works in another school only

        bool make()
        {
            if (!t.seed(3))
                return false;
            OrganisationStore organisation(t.db->connection());
            schoolId = organisation.school(QStringLiteral("Testikoulu"))->id;
            groupId = KioskStore(t.db->connection()).groups(schoolId).first().id;
            const auto other = organisation.ensureSchool(QStringLiteral("Toinen koulu"));
            nurse = t.account(Role::Nurse, {schoolId});
            otherNurse = t.account(Role::Nurse, {*other});
            return other && nurse.id && otherNurse.id;
        }
        QSqlDatabase& c() { return t.db->connection(); }
        // Checks the pupil in with their own birthday, as the pupil at the kiosk does.
        bool checkIn(KioskSession& kiosk, qint64 pupilId)
        {
            const QDate born = QDate::fromString(
                scalar(c(), QStringLiteral("SELECT date_of_birth FROM pupil WHERE id = ?"),
                       {pupilId})
                    .value_or(QVariant())
                    .toString(),
                Qt::ISODate);
            const auto checkedIn =
                kiosk.checkIn(groupId, t.roundId, pupilId, born.day(), born.month());
            if (!checkedIn)
                qWarning("check-in: %s", qPrintable(checkedIn.error()));
            return checkedIn.ok();
        }
        KioskSession as(const SignedInUser& user) { return KioskSession(c(), user, clock); }
        int count(const QString& sql, std::initializer_list<QVariant> values = {})
        {
            return scalar(c(), sql, values).value_or(-1).toInt();
        }
    };

    const Instrument& phq() { return TestDb::instrument("phq-a"); }

private slots:
    void theNurseScreensHerClass()
    {
        World w;
        QVERIFY(w.make());
        KioskSession kiosk = w.as(w.nurse);
        const auto groups = kiosk.groups(w.schoolId);
        QVERIFY2(groups, qPrintable(groups.error()));
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().name, QStringLiteral("8A"));
        const auto pupils = kiosk.pupils(w.groupId, w.t.roundId, {&phq()});
        QVERIFY2(pupils, qPrintable(pupils.error()));
        QCOMPARE(pupils->size(), 3);
        QCOMPARE(pupils->first().status, KioskPupil::Status::NotStarted);

        const qint64 pupil = pupils->first().id;
        QVERIFY(w.checkIn(kiosk, pupil));
        const auto response = kiosk.startOrResume(pupil, w.t.roundId, phq(), QStringLiteral("fi"));
        QVERIFY2(response, qPrintable(response.error()));
        QVERIFY(kiosk.saveAnswer(response->id, QStringLiteral("item1"), 1, phq()));
        // The critical answer is on the nurse's list as soon as it is saved.
        QVERIFY(kiosk.saveAnswer(response->id, QStringLiteral("item9"), 2, phq()));
        QCOMPARE(
            w.count(QStringLiteral("SELECT count(*) FROM critical_answer WHERE response_id = ?"),
                    {response->id}),
            1);
        const auto codes = kiosk.unhandledCriticalCodes(w.groupId, w.t.roundId);
        QVERIFY(codes);
        QCOMPARE(codes->value(pupil), QStringList{QStringLiteral("critical.item9")});
        QCOMPARE(kiosk.answers(response->id)->value(QStringLiteral("item1")), 1.0);
        // Resumed where it stopped, not started again.
        QCOMPARE(kiosk.startOrResume(pupil, w.t.roundId, phq(), QStringLiteral("fi"))->id,
                 response->id);
        QVERIFY(kiosk.complete(response->id, phq()));
        const auto again = kiosk.startOrResume(pupil, w.t.roundId, phq(), QStringLiteral("fi"));
        QVERIFY(!again);
        QCOMPARE(again.refusal.kind, Refusal::Kind::BadInput);
    }

    void checkInByCode()
    {
        World w;
        QVERIFY(w.make());
        KioskSession kiosk = w.as(w.nurse);
        const auto codes = kiosk.checkInCodes(w.groupId, w.t.roundId);
        QVERIFY2(codes, qPrintable(codes.error()));
        QCOMPARE(codes->size(), 3);
        const auto pupil =
            kiosk.checkInWithCode(w.groupId, w.t.roundId, codes->at(1).code.toLower());
        QVERIFY(pupil);
        QCOMPARE(*pupil, codes->at(1).pupilId);
        QCOMPARE(kiosk.checkedInPupil(), codes->at(1).pupilId);
        const auto nobody = kiosk.checkInWithCode(w.groupId, w.t.roundId, QStringLiteral("XXXXXX"));
        QVERIFY(!nobody);
        QCOMPARE(nobody.refusal.kind, Refusal::Kind::NotFound);
        QCOMPARE(kiosk.checkedInPupil(), 0);
    }

    void notYouLeavesNothingOfAnUnansweredResponse()
    {
        World w;
        QVERIFY(w.make());
        KioskSession kiosk = w.as(w.nurse);
        QVERIFY(w.checkIn(kiosk, w.t.pupilIds[1]));
        const auto answered =
            kiosk.startOrResume(w.t.pupilIds[1], w.t.roundId, phq(), QStringLiteral("fi"));
        QVERIFY(answered);
        QVERIFY(kiosk.saveAnswer(answered->id, QStringLiteral("item1"), 1, phq()));
        QVERIFY(kiosk.discardIfUnanswered(answered->id));
        QVERIFY(w.checkIn(kiosk, w.t.pupilIds[0]));
        const auto empty =
            kiosk.startOrResume(w.t.pupilIds[0], w.t.roundId, phq(), QStringLiteral("fi"));
        QVERIFY(empty);
        QVERIFY(kiosk.discardIfUnanswered(empty->id));
        QVERIFY(kiosk.discardIfUnanswered(empty->id)); // nothing left to remove
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM response WHERE id = ?"), {empty->id}),
                 0);
        QCOMPARE(
            w.count(QStringLiteral("SELECT count(*) FROM response WHERE id = ?"), {answered->id}),
            1);
    }

    void aDeactivatedNursesSessionIsRefused()
    {
        World w;
        QVERIFY(w.make());
        KioskSession kiosk = w.as(w.nurse);
        QVERIFY(w.checkIn(kiosk, w.t.pupilIds[0]));
        const auto response =
            kiosk.startOrResume(w.t.pupilIds[0], w.t.roundId, phq(), QStringLiteral("fi"));
        QVERIFY(response);
        QSqlQuery deactivate(w.c());
        QVERIFY(execBound(deactivate, QStringLiteral("UPDATE app_user SET active = 0 WHERE id = ?"),
                          {w.nurse.id}));

        QVERIFY(kiosk.groups(w.schoolId).refusedAccess());
        QVERIFY(kiosk.pupils(w.groupId, w.t.roundId, {&phq()}).refusedAccess());
        QVERIFY(kiosk.checkInCodes(w.groupId, w.t.roundId).refusedAccess());
        QVERIFY(kiosk.startOrResume(w.t.pupilIds[1], w.t.roundId, phq(), QStringLiteral("fi"))
                    .refusedAccess());
        QVERIFY(kiosk.saveAnswer(response->id, QStringLiteral("item1"), 1, phq()).refusedAccess());
        QVERIFY(!kiosk.answerSink(response->id, phq())->saveAnswer(QStringLiteral("item1"), 1));
        QVERIFY(kiosk.answers(response->id).refusedAccess());
        QVERIFY(kiosk.complete(response->id, phq()).refusedAccess());
        QVERIFY(kiosk.mayViewLive(w.groupId).refusedAccess());
        QVERIFY(kiosk.recordLiveView(w.groupId, w.t.roundId).refusedAccess());
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM response_answers")), 0);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                         {audit::ViewKiosk}),
                 0);
    }

    void aNurseOfAnotherSchoolSeesNothingOfTheClass()
    {
        World w;
        QVERIFY(w.make());
        KioskSession mine = w.as(w.nurse);
        QVERIFY(w.checkIn(mine, w.t.pupilIds[0]));
        const auto response =
            mine.startOrResume(w.t.pupilIds[0], w.t.roundId, phq(), QStringLiteral("fi"));
        QVERIFY(response);
        const auto code = w.as(w.nurse).checkInCodes(w.groupId, w.t.roundId);
        QVERIFY(code);

        KioskSession other = w.as(w.otherNurse);
        QVERIFY(other.groups(w.schoolId).refusedAccess());
        QVERIFY(other.pupils(w.groupId, w.t.roundId, {&phq()}).refusedAccess());
        QVERIFY(other.unhandledCriticalCodes(w.groupId, w.t.roundId).refusedAccess());
        QVERIFY(other.checkInWithCode(w.groupId, w.t.roundId, code->first().code).refusedAccess());
        QVERIFY(other.checkIn(w.groupId, w.t.roundId, w.t.pupilIds[0], 1, 1).refusedAccess());
        QVERIFY(other.checkInCodes(w.groupId, w.t.roundId).refusedAccess());
        QVERIFY(other.startOrResume(w.t.pupilIds[1], w.t.roundId, phq(), QStringLiteral("fi"))
                    .refusedAccess());
        // Another school's response reads as one that does not exist.
        QCOMPARE(other.answers(response->id).refusal.code, Refusal::Code::NoSuchId);
        QCOMPARE(other.saveAnswer(response->id, QStringLiteral("item1"), 1, phq()).refusal.code,
                 Refusal::Code::NoSuchId);
        QCOMPARE(other.answers(response->id).error(),
                 other.answers(987654).error().replace(QStringLiteral("987654"),
                                                       QString::number(response->id)));
        QVERIFY(other.discardIfUnanswered(response->id).ok()); // as for a missing one: nothing kept
        QVERIFY(other.mayViewLive(w.groupId).refusedAccess());
        QVERIFY(other.recordLiveView(w.groupId, w.t.roundId).refusedAccess());
        QCOMPARE(
            w.count(QStringLiteral("SELECT count(*) FROM response WHERE id = ?"), {response->id}),
            1);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM response_answers")), 0);
    }

    void theLiveViewIsAudited()
    {
        World w;
        QVERIFY(w.make());
        KioskSession kiosk = w.as(w.nurse);
        QVERIFY(kiosk.mayViewLive(w.groupId));
        const auto recorded = kiosk.recordLiveView(w.groupId, w.t.roundId);
        QVERIFY2(recorded, qPrintable(recorded.error()));
        // One row per pupil on the screen, by uuid, naming the class and round but nobody.
        QCOMPARE(w.count(QStringLiteral("SELECT count(DISTINCT pupil_uuid) FROM audit_log WHERE "
                                        "action = ? AND user_id = ? AND detail = ?"),
                         {audit::ViewKiosk, w.nurse.id, QStringLiteral("8A, round syksy 2026")}),
                 3);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                         {audit::ViewKiosk}),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
