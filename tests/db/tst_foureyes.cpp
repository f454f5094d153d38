// The four-eyes principle: the administrator cannot give herself or anyone
// access to pupils' data alone. A new nurse's school, or a new school of a
// nurse, waits for a second person; a reset password is one-time, shown to its
// owner and the school's nurses, and the rows made under it are marked.
#include "WorkspaceDb.h"
#include "db/access/AccessRules.h"
#include "db/admin/AccessGrants.h"
#include "db/workspace/PupilProfile.h"

using namespace signaali;
using namespace signaali::db;

class TestFourEyes : public QObject
{
    Q_OBJECT

private:
    static inline const QString kNew = QStringLiteral("uusi salasana 12345");

    static Outcome<PupilProfile> profile(WorkspaceDb& w, const SignedInUser& user, qint64 pupil)
    {
        ProfileRequest request;
        request.pupil = QString::number(pupil);
        return pupilProfile(w.db->connection(), user, request, w.clock);
    }
    // An account made by the administrator, signed in, its grants left as they are.
    static SignedInUser added(WorkspaceDb& w, const QString& name, Role role,
                              const QList<qint64>& schools)
    {
        UserAdmin accounts(w.db->connection(), w.clock);
        const auto id = accounts.createUser(
            w.admin, {name, name.toUpper(), role, WorkspaceDb::kPassword, schools});
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return UserStore(w.db->connection(), w.clock)
            .signIn(name, WorkspaceDb::kPassword)
            .user.value_or(SignedInUser{});
    }
    static qint64 onlyPending(WorkspaceDb& w, const SignedInUser& decider)
    {
        const auto pending = AccessGrants(w.db->connection(), w.clock).pending(decider);
        return pending && pending->size() == 1 ? pending->first().id : 0;
    }

private slots:
    void aNewNurseSeesNothingUntilASecondPersonConfirms()
    {
        WorkspaceDb w;
        QVERIFY(w.open() && w.build(3));
        QVERIFY(w.record(w.pupilIds[0], w.roundId, {1, 1, 1, 0, 0, 0, 0, 0, 0}));
        // The reproduction: the administrator makes a shadow nurse of Testikoulu.
        const SignedInUser shadow = added(w, QStringLiteral("shadow"), Role::Nurse, {w.schoolId});
        QVERIFY(shadow.id);
        QVERIFY(shadow.schoolIds.isEmpty());
        QVERIFY(profile(w, shadow, w.pupilIds[0]).refusedAccess());
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM access_grant WHERE status = "
                                        "'pending'")),
                 1);
        QVERIFY(UserAdmin(w.db->connection(), w.clock)
                    .user(w.admin, QStringLiteral("shadow"))
                    ->pendingSchoolNames == QStringList{QStringLiteral("Testikoulu")});

        AccessGrants grants(w.db->connection(), w.clock);
        const qint64 grant = onlyPending(w, w.nurse);
        QVERIFY(grant);
        // Not the administrator, not another school's nurse, not the coordinator
        // while the school has a nurse; the last two are told it does not exist.
        QCOMPARE(grants.confirm(w.admin, grant).refusal.code, Refusal::Code::RoleMayNot);
        QCOMPARE(grants.confirm(w.otherNurse, grant).refusal.code, Refusal::Code::NoSuchId);
        QCOMPARE(grants.confirm(w.coordinator, grant).refusal.code, Refusal::Code::NoSuchId);
        QCOMPARE(grants.confirm(w.otherNurse, grant).error(),
                 grants.confirm(w.otherNurse, 987654)
                     .error()
                     .replace(QStringLiteral("987654"), QString::number(grant)));
        QVERIFY(grants.pending(w.otherNurse)->isEmpty());
        QVERIFY(grants.pending(w.coordinator)->isEmpty());
        QVERIFY(profile(w, shadow, w.pupilIds[0]).refusedAccess());

        QVERIFY(grants.confirm(w.nurse, grant).ok());
        QCOMPARE(grants.confirm(w.nurse, grant).refusal.code, Refusal::Code::GrantDecided);
        QVERIFY(profile(w, shadow, w.pupilIds[0]).ok());
        QCOMPARE(
            w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'change.access_requested' AND detail LIKE 'user shadow,%'")),
            1);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'change.access_confirmed' AND user_id = %1")
                             .arg(w.nurse.id)),
                 1);

        // The school's nurses see who gained access, until they mark it seen.
        const SignedInUser colleague = w.make(QStringLiteral("kollega"), Role::Nurse, {w.schoolId});
        const auto notices = grants.notices(colleague);
        QVERIFY(notices);
        bool shown = false;
        for (const AccessNotice& n : *notices)
            if (n.kind == AccessNotice::Kind::Grant && n.account.contains(QStringLiteral("shadow")))
                shown = n.confirmedBy == w.nurse.displayName && n.by == w.admin.displayName;
        QVERIFY(shown);
        QVERIFY(grants.markSeen(colleague).ok());
        QVERIFY(grants.notices(colleague)->isEmpty());
        QVERIFY(!grants.notices(w.nurse)->isEmpty()); // seen is per reader
    }

    void theCoordinatorConfirmsWhereTheSchoolHasNoNurse()
    {
        WorkspaceDb w;
        QVERIFY(w.open() && w.build(1));
        const auto school = UserAdmin(w.db->connection(), w.clock)
                                .createSchool(w.admin, QStringLiteral("Uusi koulu"));
        QVERIFY(school);
        const SignedInUser first = added(w, QStringLiteral("aloittaja"), Role::Nurse, {*school});
        QVERIFY(!onlyPending(w, w.nurse));
        const qint64 grant = onlyPending(w, w.coordinator);
        QVERIFY(grant);
        AccessGrants grants(w.db->connection(), w.clock);
        QCOMPARE(grants.confirm(first, grant).refusal.code, Refusal::Code::OwnGrant);
        QVERIFY(grants.refuse(w.coordinator, grant).ok());
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM user_school WHERE user_id = %1")
                             .arg(first.id)),
                 0);
    }

    void aNewSchoolForANurseWaitsAndRemovingIsAtOnce()
    {
        WorkspaceDb w;
        QVERIFY(w.open() && w.build(1));
        QVERIFY(w.record(w.otherPupilId, w.roundId, {0, 0, 0, 0, 0, 0, 0, 0, 0}));
        UserAdmin accounts(w.db->connection(), w.clock);
        QVERIFY(accounts.assignSchools(w.admin, w.nurse.id, {w.schoolId, w.otherSchoolId}).ok());
        QVERIFY(profile(w, w.nurse, w.otherPupilId).refusedAccess());
        const qint64 grant = onlyPending(w, w.otherNurse);
        QVERIFY(grant);
        QVERIFY(AccessGrants(w.db->connection(), w.clock).confirm(w.otherNurse, grant).ok());
        QVERIFY(profile(w, w.nurse, w.otherPupilId).ok());
        // Taking a school away needs nobody's confirmation.
        QVERIFY(accounts.assignSchools(w.admin, w.nurse.id, {w.otherSchoolId}).ok());
        QVERIFY(profile(w, w.nurse, w.pupilIds[0]).refusedAccess());
        // A pending grant goes when the school is taken away before it is confirmed.
        QVERIFY(accounts.assignSchools(w.admin, w.nurse.id, {w.otherSchoolId, w.schoolId}).ok());
        QVERIFY(accounts.assignSchools(w.admin, w.nurse.id, {w.otherSchoolId}).ok());
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM access_grant WHERE status = "
                                        "'withdrawn'")),
                 1);
        // A welfare group sees no pupil's data: its schools are given at once.
        const SignedInUser group =
            added(w, QStringLiteral("ryhma2"), Role::WelfareGroup, {w.schoolId});
        QCOMPARE(group.schoolIds, QList<qint64>{w.schoolId});
    }

    void aResetPasswordIsOneTimeShownAndMarked()
    {
        WorkspaceDb w;
        QVERIFY(w.open() && w.build(2));
        QVERIFY(w.record(w.pupilIds[0], w.roundId, {1, 1, 1, 0, 0, 0, 0, 0, 0}));
        const SignedInUser colleague = w.make(QStringLiteral("kollega"), Role::Nurse, {w.schoolId});
        const QString oneTime = QStringLiteral("kertakayttoinen 99");
        QVERIFY(
            UserAdmin(w.db->connection(), w.clock).setPassword(w.admin, w.nurse.id, oneTime).ok());
        UserStore users(w.db->connection(), w.clock);
        // The reproduction: the administrator signs in as the nurse.
        const SignInResult asHer = users.signIn(QStringLiteral("hoitaja"), oneTime);
        QVERIFY(asHer.user);
        QVERIFY(asHer.passwordChangeRequired);
        QCOMPARE(profile(w, *asHer.user, w.pupilIds[0]).refusal.code,
                 Refusal::Code::PasswordChangeRequired);
        QCOMPARE(AccessGrants(w.db->connection(), w.clock).notices(*asHer.user).refusal.code,
                 Refusal::Code::PasswordChangeRequired);
        QCOMPARE(users.changeOwnPassword(*asHer.user, oneTime, oneTime).refusal.code,
                 Refusal::Code::SamePassword);
        QVERIFY(users.changeOwnPassword(*asHer.user, oneTime, kNew).ok());
        // Whoever changed it, what is read under the account now is marked.
        QVERIFY(profile(w, *asHer.user, w.pupilIds[0]).ok());
        QVERIFY(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = %1 AND "
                                       "action = 'view.profile' AND detail LIKE "
                                       "'%[after password reset %]'")
                            .arg(w.nurse.id)) == 1);

        AccessGrants grants(w.db->connection(), w.clock);
        const auto mine = grants.notices(*asHer.user);
        QVERIFY(mine);
        const AccessNotice* reset = nullptr;
        for (const AccessNotice& n : *mine)
            if (n.kind == AccessNotice::Kind::Reset)
                reset = &n;
        QVERIFY(reset);
        QVERIFY(reset->aboutMe);
        QCOMPARE(reset->by, w.admin.displayName);
        QVERIFY(reset->markedRows >= 3); // sign-in, password, profile
        const auto marked = grants.markedEntries(*asHer.user, reset->id);
        QVERIFY(marked);
        QCOMPARE(marked->size(), reset->markedRows);
        // The school's other nurse sees the reset as well, so it is not for her alone to notice.
        bool colleagueSees = false;
        for (const AccessNotice& n : *grants.notices(colleague))
            colleagueSees |= n.kind == AccessNotice::Kind::Reset && !n.aboutMe &&
                             n.account.contains(QStringLiteral("hoitaja"));
        QVERIFY(colleagueSees);

        QVERIFY(grants.markSeen(*asHer.user).ok());
        QVERIFY(profile(w, *asHer.user, w.pupilIds[0]).ok());
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = %1 AND "
                                        "action = 'view.profile' AND detail NOT LIKE "
                                        "'%[after password reset %]'")
                             .arg(w.nurse.id)),
                 1);
        // Changing one's own password is not a reset.
        QVERIFY(
            users.changeOwnPassword(*asHer.user, kNew, QStringLiteral("taas uusi 123456")).ok());
        QVERIFY(!users.signIn(QStringLiteral("hoitaja"), QStringLiteral("taas uusi 123456"))
                     .passwordChangeRequired);
    }

    void firstSetUpIsTheExceptionAndSaysSo()
    {
        WorkspaceDb w;
        QVERIFY(w.open() && w.build(1));
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM access_grant WHERE first_setup = 1 "
                                        "AND status = 'confirmed' AND user_id = %1")
                             .arg(w.nurse.id)),
                 1);
        QCOMPARE(w.nurse.schoolIds, QList<qint64>{w.schoolId});
    }
};

QTEST_GUILESS_MAIN(TestFourEyes)
#include "tst_foureyes.moc"
