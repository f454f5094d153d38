// Set-up, sign-in and accounts: the first start runs once and all or nothing,
// passwords are Argon2id hashes, wrong passwords slow sign-in down without
// telling which user names exist, and only the administrator manages users.
#include "WorkspaceDb.h"
#include "db/access/AccessRules.h"

using namespace signaali;
using namespace signaali::db;

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    WorkspaceDb w;

    QSqlDatabase& c() { return w.db->connection(); }
    static void verifyRefused(const Refusal& refusal, Refusal::Kind kind)
    {
        QCOMPARE(refusalKindId(refusal.kind), refusalKindId(kind));
        QVERIFY(!RefusalText::message(refusal).isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(w.open());
        QVERIFY(UserStore(c()).needsSetup());
        QVERIFY(w.build(3));
    }

    void setupRunsOnceAndRefusesBadInputWithoutChanges()
    {
        QVERIFY(!UserStore(c()).needsSetup());
        FirstSetup again{QStringLiteral("X"), QStringLiteral("Y"),    QStringLiteral("admin2"),
                         QStringLiteral("A"), WorkspaceDb::kPassword, QStringLiteral("nurse2"),
                         QStringLiteral("N"), WorkspaceDb::kPassword};
        verifyRefused(UserStore(c()).runFirstSetup(again).refusal, Refusal::Kind::NotAllowed);

        TestDb fresh;
        QVERIFY(fresh.open());
        UserStore users(fresh.db->connection());
        FirstSetup bad = again;
        bad.nursePassword = QStringLiteral("short");
        const auto refused = users.runFirstSetup(bad);
        verifyRefused(refused.refusal, Refusal::Kind::BadInput);
        QVERIFY2(refused.error().startsWith(QStringLiteral("nurse password")),
                 qPrintable(refused.error()));
        bad = again;
        bad.nurseUsername = QStringLiteral("ADMIN2");
        QVERIFY(users.runFirstSetup(bad).error().contains(QStringLiteral("nurse user name")));
        QVERIFY(users.needsSetup());
        QCOMPARE(scalar(fresh.db->connection(), QStringLiteral("SELECT count(*) FROM app_user"))
                     ->toInt(),
                 0);
        QCOMPARE(scalar(fresh.db->connection(), QStringLiteral("SELECT count(*) FROM municipality"))
                     ->toInt(),
                 0);
        QVERIFY(users.runFirstSetup(again).ok());
        QVERIFY(!users.needsSetup());
        QCOMPARE(
            users.signIn(QStringLiteral("nurse2"), WorkspaceDb::kPassword).user->schoolIds.size(),
            1);
    }

    void passwordsAreStoredAsArgon2idHashes()
    {
        const QString hash =
            scalar(c(), QStringLiteral("SELECT password_hash FROM app_user WHERE username = "
                                       "'hoitaja'"))
                ->toString();
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(WorkspaceDb::kPassword));
    }

    void waitsGrowAndAreCapped()
    {
        QList<int> waits;
        for (int failures = 1; failures <= 12; ++failures)
            waits << UserStore::waitAfterFailures(failures);
        QCOMPARE(waits, (QList<int>{0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300}));
        QCOMPARE(UserStore::waitAfterFailures(1000), 300);
    }

    void wrongPasswordsSlowSignInDown()
    {
        UserStore users(c(), w.clock);
        const QString name = QStringLiteral("toinen");
        for (int i = 0; i < 3; ++i) {
            const SignInResult r = users.signIn(name, QStringLiteral("wrong password"));
            QCOMPARE(signInStatusId(r.status), QStringLiteral("refused"));
            QCOMPARE(r.waitSeconds, 0);
        }
        const SignInResult fourth = users.signIn(name, QStringLiteral("wrong password"));
        QCOMPARE(fourth.waitSeconds, 2);
        // While the wait runs even the right password is not heard.
        const SignInResult early = users.signIn(name, WorkspaceDb::kPassword);
        QCOMPARE(signInStatusId(early.status), QStringLiteral("throttled"));
        QCOMPARE(early.waitSeconds, 2);
        QVERIFY(!early.user);
        w.clock.advanceMs(1000);
        QCOMPARE(users.signIn(name, WorkspaceDb::kPassword).waitSeconds, 1);
        w.clock.advanceMs(1000);
        QCOMPARE(users.signIn(name, QStringLiteral("wrong again")).waitSeconds, 4);
        w.clock.advanceMs(4000);
        const SignInResult ok = users.signIn(name, WorkspaceDb::kPassword);
        QCOMPARE(signInStatusId(ok.status), QStringLiteral("signed_in"));
        QCOMPARE(ok.user->schoolIds, QList<qint64>{w.otherSchoolId});
        // A success starts the count again.
        QCOMPARE(users.signIn(name, QStringLiteral("wrong")).waitSeconds, 0);
        QVERIFY(users.signIn(name, WorkspaceDb::kPassword).user);
    }

    void unknownNamesLookLikeWrongPasswords()
    {
        UserStore users(c(), w.clock);
        const SignInResult known = users.signIn(QStringLiteral("hoitaja"), QStringLiteral("nope"));
        const SignInResult unknown = users.signIn(QStringLiteral("nobody"), QStringLiteral("nope"));
        QCOMPARE(signInStatusId(unknown.status), signInStatusId(known.status));
        QCOMPARE(unknown.message, known.message);
        for (int i = 0; i < 3; ++i)
            users.signIn(QStringLiteral("nobody"), QStringLiteral("nope"));
        QCOMPARE(signInStatusId(users.signIn(QStringLiteral("nobody"), QStringLiteral("x")).status),
                 QStringLiteral("throttled"));
        QVERIFY(users.signIn(QStringLiteral("hoitaja"), WorkspaceDb::kPassword).user);
    }

    void deactivatedAccountsCannotSignInOrAct()
    {
        UserStore users(c(), w.clock);
        UserAdmin accounts(c(), w.clock);
        const SignedInUser member = w.make(QStringLiteral("lahtija"), Role::CaseTeam, {});
        QVERIFY(member.id);
        QVERIFY(accounts.setActive(w.admin, member.id, false).ok());
        const SignInResult r = users.signIn(QStringLiteral("lahtija"), WorkspaceDb::kPassword);
        QCOMPARE(signInStatusId(r.status), QStringLiteral("refused"));
        verifyRefused(AccessRules(c()).check(member, Permission::ViewPupil).value(),
                      Refusal::Kind::NotAllowed);
        verifyRefused(accounts.setActive(w.admin, w.admin.id, false).refusal,
                      Refusal::Kind::BadInput);
    }

    void onlyTheAdminManagesUsers()
    {
        UserStore users(c(), w.clock);
        UserAdmin accounts(c(), w.clock);
        NewUser user{QStringLiteral("uusi"),
                     QStringLiteral("Uusi"),
                     Role::Nurse,
                     WorkspaceDb::kPassword,
                     {w.schoolId}};
        for (const SignedInUser* other : {&w.nurse, &w.caseTeam, &w.welfare, &w.coordinator}) {
            verifyRefused(accounts.createUser(*other, user).refusal, Refusal::Kind::NotAllowed);
            verifyRefused(accounts.users(*other).refusal, Refusal::Kind::NotAllowed);
            verifyRefused(accounts.setPassword(*other, w.nurse.id, WorkspaceDb::kPassword).refusal,
                          Refusal::Kind::NotAllowed);
            verifyRefused(accounts.assignSchools(*other, w.nurse.id, {w.otherSchoolId}).refusal,
                          Refusal::Kind::NotAllowed);
        }
        const int before = w.count(QStringLiteral("SELECT count(*) FROM app_user"));
        NewUser bad = user;
        bad.username = QStringLiteral("x y");
        QVERIFY(accounts.createUser(w.admin, bad).error().startsWith(QStringLiteral("user name")));
        bad = user;
        bad.role = Role::Coordinator;
        QVERIFY(accounts.createUser(w.admin, bad).error().startsWith(QStringLiteral("schools")));
        bad = user;
        bad.username = QStringLiteral("Hoitaja");
        QVERIFY(
            accounts.createUser(w.admin, bad).error().contains(QStringLiteral("already in use")));
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM app_user")), before);

        const auto created = accounts.createUser(w.admin, user);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(accounts.assignSchools(w.admin, *created, {w.schoolId, w.otherSchoolId}).ok());
        const auto info = accounts.user(w.admin, QStringLiteral("UUSI"));
        // A nurse's schools wait for a second person (tst_foureyes).
        QCOMPARE(info->schoolIds.size(), 0);
        QCOMPARE(info->pendingSchoolIds.size(), 2);
        QVERIFY(accounts.setPassword(w.admin, *created, QStringLiteral("another long one")).ok());
        QVERIFY(users.signIn(QStringLiteral("uusi"), QStringLiteral("another long one")).user);
        QVERIFY(accounts.users(w.admin)->size() >= 7);
        QVERIFY(accounts.createSchool(w.admin, QStringLiteral("Kolmas koulu")).ok());
        verifyRefused(accounts.createSchool(w.nurse, QStringLiteral("Neljäs koulu")).refusal,
                      Refusal::Kind::NotAllowed);
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
