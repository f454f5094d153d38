// Who may see and change what, enforced where the data is read: each role asks
// for each kind of data and is refused where docs/product.md says so; sharing a case
// and withdrawing it; the append-only audit log.
#include "WorkspaceDb.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/CaseCorrections.h"
#include "db/workspace/CaseShares.h"
#include "db/workspace/CaseStore.h"
#include "db/workspace/ClassOverview.h"
#include "db/workspace/FlagOutcomes.h"
#include "db/workspace/IdentifiedLists.h"
#include "db/workspace/PupilProfile.h"

#include <QFile>

using namespace signaali;
using namespace signaali::db;

class TestAccess : public QObject
{
    Q_OBJECT

private:
    WorkspaceDb w;
    qint64 pupil = 0; // in Testikoulu 8A, with a critical result

    QSqlDatabase& c() { return w.db->connection(); }
    Outcome<PupilProfile> profile(const SignedInUser& user, qint64 pupilId)
    {
        ProfileRequest request;
        request.pupil = QString::number(pupilId);
        return pupilProfile(c(), user, request, w.clock);
    }
    Outcome<ClassOverview> overview(const SignedInUser& user)
    {
        OverviewRequest request;
        request.groupId = w.classId;
        request.roundId = w.roundId;
        request.instrumentId = QStringLiteral("phq-a");
        return classOverview(c(), user, request, w.clock);
    }
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
        pupil = w.pupilIds.first();
        QVERIFY(w.record(pupil, w.roundId, {3, 3, 3, 0, 0, 0, 0, 0, 1}));
        QVERIFY(w.record(w.otherPupilId, w.roundId, {0, 0, 0, 0, 0, 0, 0, 0, 2}));
    }

    void nurseSeesOnlyHerSchools()
    {
        QVERIFY(profile(w.nurse, pupil).ok());
        QVERIFY(overview(w.nurse).ok());
        verifyRefused(profile(w.nurse, w.otherPupilId).refusal, Refusal::Kind::NotAllowed);
        verifyRefused(profile(w.otherNurse, pupil).refusal, Refusal::Kind::NotAllowed);
        verifyRefused(overview(w.otherNurse).refusal, Refusal::Kind::NotAllowed);
        const auto attention = attentionList(c(), w.nurse, {}, w.clock);
        QVERIFY(attention.ok());
        for (const AttentionItem& item : *attention)
            QVERIFY(item.pupilId != w.otherPupilId);
        QCOMPARE(attention->size(), 1);
        const auto others = attentionList(c(), w.otherNurse, {}, w.clock);
        QCOMPARE(others->size(), 1);
        QCOMPARE(others->first().pupilId, w.otherPupilId);
        AttentionRequest foreign;
        foreign.schoolId = w.otherSchoolId;
        verifyRefused(attentionList(c(), w.nurse, foreign, w.clock).refusal,
                      Refusal::Kind::NotAllowed);
        QCOMPARE(pupilsFor(c(), w.nurse, {}, w.clock)->size(), 3);
        verifyRefused(pupilsFor(c(), w.nurse, QStringLiteral("Toinen koulu"), w.clock).refusal,
                      Refusal::Kind::NotAllowed);
        QCOMPARE(identifiedResults(c(), w.nurse, {}, {}, w.clock)->size(), 1);
    }

    void aForgedOrStaleUserGainsNothing()
    {
        SignedInUser forged = w.nurse;
        forged.schoolIds << w.otherSchoolId; // the schools are read again from the database
        verifyRefused(profile(forged, w.otherPupilId).refusal, Refusal::Kind::NotAllowed);
        SignedInUser promoted = w.admin;
        promoted.role = Role::Nurse; // the role is checked against the account
        verifyRefused(profile(promoted, pupil).refusal, Refusal::Kind::NotAllowed);
        SignedInUser unknown = w.nurse;
        unknown.id = 9999;
        verifyRefused(overview(unknown).refusal, Refusal::Kind::NotAllowed);
    }

    void aggregateRolesSeeNoIdentifiedData()
    {
        CaseStore cases(c(), w.clock);
        for (const SignedInUser* user : {&w.welfare, &w.coordinator, &w.admin}) {
            verifyRefused(profile(*user, pupil).refusal, Refusal::Kind::NotAllowed);
            verifyRefused(overview(*user).refusal, Refusal::Kind::NotAllowed);
            verifyRefused(attentionList(c(), *user, {}, w.clock).refusal,
                          Refusal::Kind::NotAllowed);
            verifyRefused(pupilsFor(c(), *user, {}, w.clock).refusal, Refusal::Kind::NotAllowed);
            verifyRefused(identifiedResults(c(), *user, {}, {}, w.clock).refusal,
                          Refusal::Kind::NotAllowed);
            verifyRefused(cases.actions(*user, pupil).refusal, Refusal::Kind::NotAllowed);
            verifyRefused(
                cases.recordAction(*user, {pupil, CaseActionKind::TalkedWithPupil, {}, {}, 0})
                    .refusal,
                Refusal::Kind::NotAllowed);
            verifyRefused(handledFlagOutcomes(c(), *user, {}, w.clock).refusal,
                          Refusal::Kind::NotAllowed);
            verifyRefused(AuditLog(c(), w.clock).accessToMyPupils(*user).refusal,
                          Refusal::Kind::NotAllowed);
        }
        // Aggregates: the welfare group for its school, the coordinator everywhere.
        AccessRules rules(c());
        QVERIFY(!rules.checkSchool(w.welfare, Permission::ViewAggregates, w.schoolId));
        QVERIFY(rules.checkSchool(w.welfare, Permission::ViewAggregates, w.otherSchoolId));
        QVERIFY(!rules.checkSchool(w.coordinator, Permission::ViewAggregates, 0));
        QVERIFY(rules.checkSchool(w.admin, Permission::ViewAggregates, w.schoolId));
        QVERIFY(classesOf(c(), w.welfare, w.schoolId).ok());
    }

    void caseTeamSeesASharedCaseOnlyWhileShared()
    {
        CaseStore cases(c(), w.clock);
        CaseShares shares(c(), w.clock);
        verifyRefused(profile(w.caseTeam, pupil).refusal, Refusal::Kind::NotAllowed);
        verifyRefused(cases.actions(w.caseTeam, pupil).refusal, Refusal::Kind::NotAllowed);
        // Unknown pupils are refused the same way, so nothing is learnt about them.
        verifyRefused(profile(w.caseTeam, 123456).refusal, Refusal::Kind::NotAllowed);

        NewCaseShare share{pupil, w.caseTeam.id, ConsentFrom::Guardian, QDate(2026, 9, 30),
                           QStringLiteral("puhelu huoltajan kanssa")};
        verifyRefused(shares.share(w.caseTeam, share).refusal, Refusal::Kind::NotAllowed);
        verifyRefused(shares.share(w.otherNurse, share).refusal, Refusal::Kind::NotAllowed);
        NewCaseShare toNurse = share;
        toNurse.memberUserId = w.otherNurse.id;
        verifyRefused(shares.share(w.nurse, toNurse).refusal, Refusal::Kind::BadInput);
        NewCaseShare future = share;
        future.consentOn = QDate(2027, 1, 1);
        QVERIFY(shares.share(w.nurse, future).error().startsWith(QStringLiteral("consent date")));
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM case_share")), 0);

        const auto shared = shares.share(w.nurse, share);
        QVERIFY2(shared.ok(), qPrintable(shared.error()));
        QVERIFY(shares.share(w.nurse, share).error().contains(QStringLiteral("already shared")));
        const auto seen = profile(w.caseTeam, pupil);
        QVERIFY2(seen.ok(), qPrintable(seen.error()));
        QCOMPARE(seen->instruments.size(), 1);
        QVERIFY(
            cases
                .recordAction(
                    w.caseTeam,
                    {pupil, CaseActionKind::TalkedWithPupil, {}, QStringLiteral("ensikäynti"), 0})
                .ok());
        QCOMPARE(cases.actions(w.caseTeam, pupil)->size(), 1);
        // Still nothing beyond the shared case.
        verifyRefused(profile(w.caseTeam, w.pupilIds.at(1)).refusal, Refusal::Kind::NotAllowed);
        verifyRefused(overview(w.caseTeam).refusal, Refusal::Kind::NotAllowed);
        verifyRefused(attentionList(c(), w.caseTeam, {}, w.clock).refusal,
                      Refusal::Kind::NotAllowed);
        verifyRefused(markFlagsHandled(c(), w.caseTeam, 1, {}, {}, w.clock).refusal,
                      Refusal::Kind::NotAllowed);

        const auto mine = shares.shares(w.caseTeam);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(consentFromId(mine->first().consentFrom), QStringLiteral("guardian"));
        QCOMPARE(mine->first().consentOn, QDate(2026, 9, 30));
        QCOMPARE(mine->first().sharedBy, w.nurse.displayName);

        verifyRefused(shares.withdrawShare(w.caseTeam, *shared).refusal, Refusal::Kind::NotAllowed);
        QVERIFY(shares.withdrawShare(w.nurse, *shared).ok());
        verifyRefused(profile(w.caseTeam, pupil).refusal, Refusal::Kind::NotAllowed);
        verifyRefused(cases.actions(w.caseTeam, pupil).refusal, Refusal::Kind::NotAllowed);
        QCOMPARE(shares.shares(w.caseTeam)->size(), 0);
        const auto history = shares.shares(w.nurse, pupil);
        QCOMPARE(history->size(), 1);
        QVERIFY(!history->first().active());
        QCOMPARE(history->first().withdrawnBy, w.nurse.displayName);
        // Sharing again after a withdrawal is a new share.
        QVERIFY(shares.share(w.nurse, share).ok());
        QVERIFY(profile(w.caseTeam, pupil).ok());
    }

    void everyViewAndChangeIsAuditedWithoutNames()
    {
        const QString uuid = w.pupilUuid(pupil);
        const int before = w.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(profile(w.nurse, pupil).ok());
        QSqlQuery query(c());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT username, role, action, pupil_uuid FROM audit_log ORDER BY id DESC LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("hoitaja"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("nurse"));
        QCOMPARE(query.value(2).toString(), audit::ViewProfile);
        QCOMPARE(query.value(3).toString(), uuid);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log")), before + 1);
        // A refused request reads nothing and logs nothing.
        QVERIFY(!profile(w.welfare, pupil).ok());
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log")), before + 1);
        // The overview logs each pupil shown, the changes log themselves.
        QVERIFY(overview(w.nurse).ok());
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log")), before + 4);
        QVERIFY(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'change.case_shared'")) >= 1);
        QVERIFY(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'change.user_created'")) >= 4);
        // No result or case detail for the administrator who exports it: no flag
        // codes, no kinds of action.
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                        "'%critical.%' OR detail LIKE '%threshold.%' OR detail "
                                        "LIKE '%referred_%' OR detail LIKE '%follow_up_booked%'")),
                 0);
        // No pupil's name anywhere in the log.
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                        "'%Testinen%' OR detail LIKE '%Oppilas%' OR detail LIKE "
                                        "'%Muualla%' OR detail LIKE '%huoltajan%'")),
                 0);
    }

    void theAuditLogIsAppendOnly()
    {
        const int rows = w.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(rows > 0);
        QSqlQuery query(c());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET username = 'someone else'")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        // REPLACE deletes without firing delete triggers: refused on its own.
        QVERIFY(!query.exec(
            QStringLiteral("INSERT OR REPLACE INTO audit_log (id, at, user_id, username, role, "
                           "action) VALUES (1, 'now', 0, 'someone else', 'admin', 'forged')")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log")), rows);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE username = "
                                        "'someone else'")),
                 0);
    }

    void nurseSeesWhoViewedHerPupils()
    {
        AuditLog log(c(), w.clock);
        AuditFilter filter;
        filter.othersOnly = true;
        const auto views = log.accessToMyPupils(w.nurse, filter);
        QVERIFY2(views.ok(), qPrintable(views.error()));
        bool caseTeamSeen = false;
        for (const PupilAccess& access : *views) {
            QVERIFY(access.entry.username != QLatin1String("hoitaja"));
            QVERIFY(access.entry.username != QLatin1String("toinen")); // never saw her pupils
            caseTeamSeen = caseTeamSeen || (access.entry.username == QLatin1String("psykologi") &&
                                            access.entry.action == audit::ViewProfile &&
                                            access.lastName == QLatin1String("Testinen"));
        }
        QVERIFY(caseTeamSeen);
        const auto others = log.accessToMyPupils(w.otherNurse);
        for (const PupilAccess& access : *others)
            QCOMPARE(access.entry.pupilUuid, w.pupilUuid(w.otherPupilId));
    }

    void adminExportsTheLog()
    {
        AuditLog log(c(), w.clock);
        const QString path = w.dir.filePath(QStringLiteral("audit.csv"));
        verifyRefused(log.exportCsv(w.nurse, path).refusal, Refusal::Kind::NotAllowed);
        QVERIFY(!QFile::exists(path));
        const int rows = w.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        const auto exported = log.exportCsv(w.admin, path);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QCOMPARE(*exported, rows);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,at,user_id,username,role,action,pupil_uuid,detail"));
        QCOMPARE(lines.size(), rows + 2); // header and the final newline
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'export.audit_log'")),
                 1);
        QVERIFY(!log.exportCsv(w.admin, QString()).ok());
    }

    // What the workspace offers each role: its tabs and buttons ask allows().
    void allowsOffersEachRoleItsPages()
    {
        using P = Permission;
        const QList<P> asked{P::ViewSchoolPupils, P::ViewSharedCases, P::ManageUsers,
                             P::ExportAuditLog,   P::ViewAccessLog,   P::ViewAggregates,
                             P::ViewMunicipality, P::RecordResponses, P::ShareCase};
        const QList<std::pair<SignedInUser, QList<P>>> expected{
            {w.nurse,
             {P::ViewSchoolPupils, P::ViewAccessLog, P::ViewAggregates, P::RecordResponses,
              P::ShareCase}},
            {w.caseTeam, {P::ViewSharedCases}},
            {w.welfare, {P::ViewAggregates}},
            {w.coordinator, {P::ViewAggregates, P::ViewMunicipality}},
            {w.admin, {P::ManageUsers, P::ExportAuditLog}},
        };
        for (const auto& [user, allowed] : expected)
            for (P permission : asked) {
                const QString what =
                    roleId(user.role) + QStringLiteral(" ") + permissionId(permission);
                QVERIFY2(AccessRules::allows(user, permission) == allowed.contains(permission),
                         qPrintable(what));
            }
    }

    // allows() only says what to offer; the data is checked again when read.
    void allowsGrantsNothingWhereDataIsRead()
    {
        AccessRules rules(c());
        QVERIFY(!rules.checkSchool(w.coordinator, Permission::ViewAggregates, 0));
        verifyRefused(*rules.checkSchool(w.welfare, Permission::ViewAggregates, 0),
                      Refusal::Kind::NotAllowed);
        SignedInUser forged = w.welfare;
        forged.role = Role::Coordinator;
        QVERIFY(AccessRules::allows(forged, Permission::ViewMunicipality));
        verifyRefused(*rules.checkSchool(forged, Permission::ViewAggregates, 0),
                      Refusal::Kind::NotAllowed);
        SignedInUser member = w.caseTeam;
        member.role = Role::Nurse;
        QVERIFY(AccessRules::allows(member, Permission::ViewSchoolPupils));
        QVERIFY(!rules.scope(member, Permission::ViewSchoolPupils).ok());
    }

    void erasureLeavesOnlyTheUuidInTheLog()
    {
        const qint64 gone = w.pupilIds.last();
        QVERIFY(profile(w.nurse, gone).ok());
        const QString uuid = w.pupilUuid(gone);
        QVERIFY(PupilStore(c()).erase(gone));
        QVERIFY(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE pupil_uuid = '%1'")
                            .arg(uuid)) > 0);
        verifyRefused(profile(w.nurse, gone).refusal, Refusal::Kind::NotAllowed);
        verifyRefused(profile(w.admin, gone).refusal, Refusal::Kind::NotAllowed);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
