// Check-in at the kiosk cannot be guessed: wrong birthdays are counted per
// pupil and per kiosk in the database, slowed down, then locked until the
// nurse unlocks, each logged; answers are read only for the pupil checked in.
#include "TestDb.h"
#include "db/access/AuditLog.h"
#include "db/kiosk/CheckInGuard.h"
#include "db/kiosk/KioskSession.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/KioskStore.h"

using namespace signaali;
using namespace signaali::db;

class TestKioskCheckIn : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        TestDb t;
        ManualClock clock{QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC)};
        qint64 groupId = 0;
        SignedInUser nurse;

        bool make()
        {
            if (!t.seed(3))
                return false;
            OrganisationStore organisation(t.db->connection());
            const qint64 schoolId = organisation.school(QStringLiteral("Testikoulu"))->id;
            groupId = KioskStore(t.db->connection()).groups(schoolId).first().id;
            nurse = t.account(Role::Nurse, {schoolId});
            return nurse.id != 0;
        }
        QSqlDatabase& c() { return t.db->connection(); }
        KioskSession kiosk() { return KioskSession(c(), nurse, clock); }
        QDate born(qint64 pupilId)
        {
            return QDate::fromString(
                scalar(c(), QStringLiteral("SELECT date_of_birth FROM pupil WHERE id = ?"),
                       {pupilId})
                    ->toString(),
                Qt::ISODate);
        }
        Outcome<qint64> right(KioskSession& k, qint64 pupilId)
        {
            const QDate d = born(pupilId);
            return k.checkIn(groupId, t.roundId, pupilId, d.day(), d.month());
        }
        // A birthday that is not the pupil's.
        Outcome<qint64> wrong(KioskSession& k, qint64 pupilId, int nth = 0)
        {
            const QDate d = born(pupilId).addDays(40 + nth);
            return k.checkIn(groupId, t.roundId, pupilId, d.day(), d.month());
        }
        int logged(const QString& action, QString uuid = {})
        {
            if (uuid.isNull())
                uuid = QStringLiteral(""); // bound as text, not NULL
            return scalar(c(),
                          QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? "
                                         "AND (? = '' OR pupil_uuid = ?)"),
                          {action, uuid, uuid})
                ->toInt();
        }
        QString uuid(qint64 pupilId)
        {
            return scalar(c(), QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {pupilId})
                ->toString();
        }
    };

    static Refusal::Code code(const Outcome<qint64>& outcome) { return outcome.refusal.code; }

    const Instrument& phq() { return TestDb::instrument("phq-a"); }

private slots:
    void theWaitsGrowThenLock()
    {
        QCOMPARE(CheckInGuard::pupilWait(1), std::optional(0));
        QCOMPARE(CheckInGuard::pupilWait(3), std::optional(0));
        QCOMPARE(CheckInGuard::pupilWait(4), std::optional(30));
        QCOMPARE(CheckInGuard::pupilWait(5), std::optional(60));
        QVERIFY(!CheckInGuard::pupilWait(6));
        QCOMPARE(CheckInGuard::kioskWait(5), std::optional(0));
        QCOMPARE(CheckInGuard::kioskWait(6), std::optional(30));
        QCOMPARE(CheckInGuard::kioskWait(7), std::optional(60));
        QCOMPARE(CheckInGuard::kioskWait(9), std::optional(240));
        QCOMPARE(CheckInGuard::kioskWait(10), std::optional(300));
        QCOMPARE(CheckInGuard::kioskWait(14), std::optional(300));
        QVERIFY(!CheckInGuard::kioskWait(15));
    }

    void guessingOnePupilWaitsThenLocks()
    {
        World w;
        QVERIFY(w.make());
        KioskSession k = w.kiosk();
        const qint64 pupil = w.t.pupilIds[1];
        for (int i = 0; i < 3; ++i)
            QCOMPARE(code(w.wrong(k, pupil, i)), Refusal::Code::NoCheckInMatch);
        // The fourth try is free; after it the pupil waits half a minute.
        QCOMPARE(code(w.wrong(k, pupil, 3)), Refusal::Code::NoCheckInMatch);
        const auto waiting = w.right(k, pupil);
        QCOMPARE(code(waiting), Refusal::Code::CheckInWait);
        QCOMPARE(waiting.refusal.args, QStringList{QStringLiteral("30")});
        QVERIFY(waiting.error().contains(QStringLiteral("30")));
        QCOMPARE(k.checkInState(w.groupId, w.t.roundId, pupil)->waitSeconds, 30);
        w.clock.advanceMs(10000);
        QCOMPARE(k.checkInState(w.groupId, w.t.roundId, pupil)->waitSeconds, 20);
        // While waiting the birthday is not even compared, so it is not counted.
        QCOMPARE(code(w.wrong(k, pupil, 4)), Refusal::Code::CheckInWait);
        w.clock.advanceMs(20000);
        QCOMPARE(code(w.wrong(k, pupil, 5)), Refusal::Code::NoCheckInMatch);
        QCOMPARE(k.checkInState(w.groupId, w.t.roundId, pupil)->waitSeconds, 60);
        w.clock.advanceMs(60000);
        QCOMPARE(code(w.wrong(k, pupil, 6)), Refusal::Code::NoCheckInMatch);
        QVERIFY(k.checkInState(w.groupId, w.t.roundId, pupil)->locked);
        // Locked: the right birthday does not open it, nor does time.
        w.clock.advanceMs(3600 * 1000);
        QCOMPARE(code(w.right(k, pupil)), Refusal::Code::CheckInLocked);
        QCOMPARE(k.checkedInPupil(), 0);
        // Other pupils go on: the kiosk's own count (6) is only past its free tries.
        QVERIFY(w.right(k, w.t.pupilIds[0]).ok());
        // A new window on the same file remembers the lock.
        KioskSession reopened = w.kiosk();
        QCOMPARE(code(w.right(reopened, pupil)), Refusal::Code::CheckInLocked);

        QCOMPARE(w.logged(audit::CheckInFailed, w.uuid(pupil)), 6);
        QCOMPARE(w.logged(audit::CheckInLocked, w.uuid(pupil)), 1);
        QVERIFY(k.unlockCheckIn(w.groupId, w.t.roundId).ok());
        QCOMPARE(w.logged(audit::CheckInUnlocked), 1);
        const auto opened = w.right(k, pupil);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(k.checkedInPupil(), pupil);
    }

    void guessingAcrossTheClassLocksTheKiosk()
    {
        World w;
        QVERIFY(w.make());
        KioskSession k = w.kiosk();
        const auto codes = k.checkInCodes(w.groupId, w.t.roundId);
        QVERIFY(codes);
        // Three guesses at each classmate stay under each one's limit; the kiosk
        // counts them all, with wrong codes.
        int failures = 0;
        for (int round = 0; failures < CheckInGuard::kKioskLockAt; ++round) {
            for (int p = 0; p < 3 && failures < CheckInGuard::kKioskLockAt; ++p) {
                const auto state = k.checkInState(w.groupId, w.t.roundId);
                QVERIFY(state && !state->locked);
                w.clock.advanceMs(qint64(state->waitSeconds) * 1000);
                const auto tried = round < 3
                                       ? w.wrong(k, w.t.pupilIds[p], round)
                                       : k.checkInWithCode(w.groupId, w.t.roundId,
                                                           QStringLiteral("WRONG%1").arg(failures));
                QCOMPARE(code(tried), Refusal::Code::NoCheckInMatch);
                ++failures;
            }
        }
        QVERIFY(k.checkInState(w.groupId, w.t.roundId)->locked);
        QCOMPARE(code(w.right(k, w.t.pupilIds[0])), Refusal::Code::CheckInLocked);
        QCOMPARE(code(k.checkInWithCode(w.groupId, w.t.roundId, codes->at(0).code)),
                 Refusal::Code::CheckInLocked);
        QCOMPARE(w.logged(audit::CheckInFailed), CheckInGuard::kKioskLockAt);
        QCOMPARE(w.logged(audit::CheckInLocked), 1);
        QVERIFY(k.unlockCheckIn(w.groupId, w.t.roundId).ok());
        QVERIFY(k.checkInWithCode(w.groupId, w.t.roundId, codes->at(0).code).ok());
    }

    void checkingInAsYourselfDoesNotResetTheKiosk()
    {
        World w;
        QVERIFY(w.make());
        KioskSession k = w.kiosk();
        for (int i = 0; i < CheckInGuard::kKioskFree + 1; ++i) {
            QCOMPARE(code(w.wrong(k, w.t.pupilIds[1 + i % 2], i)), Refusal::Code::NoCheckInMatch);
            // The guesser checks in as themselves between guesses.
            if (i < CheckInGuard::kKioskFree)
                QVERIFY(w.right(k, w.t.pupilIds[0]).ok());
        }
        QCOMPARE(code(w.right(k, w.t.pupilIds[0])), Refusal::Code::CheckInWait);
    }

    void earlierAnswersNeedAFreshCheckIn()
    {
        World w;
        QVERIFY(w.make());
        KioskSession k = w.kiosk();
        const qint64 aino = w.t.pupilIds[0], bertta = w.t.pupilIds[1];
        QCOMPARE(k.startOrResume(aino, w.t.roundId, phq(), QStringLiteral("fi")).refusal.code,
                 Refusal::Code::NotCheckedIn);
        QVERIFY(w.right(k, aino).ok());
        const auto response = k.startOrResume(aino, w.t.roundId, phq(), QStringLiteral("fi"));
        QVERIFY(response);
        QVERIFY(k.saveAnswer(response->id, QStringLiteral("item1"), 2, phq()));
        k.checkOut();
        QCOMPARE(k.answers(response->id).refusal.code, Refusal::Code::NotCheckedIn);
        QCOMPARE(k.startOrResume(aino, w.t.roundId, phq(), QStringLiteral("fi")).refusal.code,
                 Refusal::Code::NotCheckedIn);
        // Another pupil checked in reads nothing of Aino's, and writes nothing to it.
        QVERIFY(w.right(k, bertta).ok());
        QCOMPARE(k.answers(response->id).refusal.code, Refusal::Code::NotCheckedIn);
        QCOMPARE(k.saveAnswer(response->id, QStringLiteral("item2"), 1, phq()).refusal.code,
                 Refusal::Code::NotCheckedIn);
        QCOMPARE(k.discardIfUnanswered(response->id).refusal.code, Refusal::Code::NotCheckedIn);
        // A wrong birthday for Aino leaves nobody checked in.
        QCOMPARE(code(w.wrong(k, aino)), Refusal::Code::NoCheckInMatch);
        QCOMPARE(k.checkedInPupil(), 0);
        QCOMPARE(k.answers(response->id).refusal.code, Refusal::Code::NotCheckedIn);
        QVERIFY(w.right(k, aino).ok());
        QCOMPARE(k.answers(response->id)->value(QStringLiteral("item1")), 2.0);
    }

    void aPupilOfAnotherClassIsNotCheckedIn()
    {
        World w;
        QVERIFY(w.make());
        KioskSession k = w.kiosk();
        const auto outside = k.checkIn(w.groupId, w.t.roundId, 987654, 1, 1);
        QCOMPARE(code(outside), Refusal::Code::NoCheckInMatch);
        QCOMPARE(k.checkedInPupil(), 0);
        // Counted against the kiosk, with nobody named in the log.
        QCOMPARE(w.logged(audit::CheckInFailed), 1);
        QCOMPARE(scalar(w.c(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? "
                                       "AND coalesce(pupil_uuid, '') <> ''"),
                        {audit::CheckInFailed})
                     ->toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestKioskCheckIn)
#include "tst_kioskcheckin.moc"
