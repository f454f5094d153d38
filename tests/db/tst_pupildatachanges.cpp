// Changes to pupils' data as a signed-in user: class lists, rounds, recorded
// answers and erasure, each refused for the wrong role or school and audited;
// a pupil who moves school leaves the old school's groups; the first start.
#include "WorkspaceDb.h"
#include "db/access/AuditLog.h"
#include "db/storage/Backup.h"
#include "db/workspace/ClassOverview.h"
#include "db/workspace/IdentifiedLists.h"
#include "db/workspace/PupilDataChanges.h"

#include <QFile>
#include <QSet>

using namespace signaali;
using namespace signaali::db;

namespace {
RosterPupil rosterPupil(int line, const char* last, const char* first, const QDate& born,
                        const char* className, const QStringList& groups = {})
{
    RosterPupil p;
    p.line = line;
    p.lastName = QString::fromUtf8(last);
    p.firstName = QString::fromUtf8(first);
    p.dateOfBirth = born;
    p.className = QString::fromUtf8(className);
    p.groups = groups;
    return p;
}

Answers phqAnswers(int value)
{
    Answers answers;
    for (int i = 1; i <= 9; ++i)
        answers.insert(QStringLiteral("item%1").arg(i), value);
    return answers;
}
} // namespace

class TestPupilDataChanges : public QObject
{
    Q_OBJECT

private:
    WorkspaceDb w;
    QSqlDatabase& c() { return w.db->connection(); }
    int audited(const QString& action, const QString& uuid = {})
    {
        return w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'%2")
                           .arg(action, uuid.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" AND pupil_uuid = '%1'").arg(uuid)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(w.open());
        QVERIFY(w.build(3));
        QVERIFY(w.record(w.otherPupilId, w.roundId, {0, 0, 0, 0, 0, 0, 0, 0, 2}));
    }

    void nurseImportsIntoHerOwnSchoolsOnly()
    {
        Roster roster;
        roster.pupils << rosterPupil(2, "Uusi", "Ulla", QDate(2012, 3, 3), "8A");
        // Into another nurse's school, or a school that does not exist: refused.
        const auto other =
            importRosterAs(c(), w.nurse, roster, QStringLiteral("Toinen koulu"), false, w.clock);
        QVERIFY(other.refusedAccess());
        const auto unknown =
            importRosterAs(c(), w.nurse, roster, QStringLiteral("Uusi koulu"), false, w.clock);
        QVERIFY(unknown.refusedAccess());
        QVERIFY(!OrganisationStore(c()).school(QStringLiteral("Uusi koulu")));
        QVERIFY(
            importRosterAs(c(), w.coordinator, roster, QStringLiteral("Testikoulu"), false, w.clock)
                .refusedAccess());
        // Into her own: done, and each pupil added is in the log.
        const auto dry =
            importRosterAs(c(), w.nurse, roster, QStringLiteral("Testikoulu"), true, w.clock);
        QVERIFY(dry.ok());
        QVERIFY(!dry->committed);
        QCOMPARE(audited(audit::RosterImported), 0);
        const auto done =
            importRosterAs(c(), w.nurse, roster, QStringLiteral("Testikoulu"), false, w.clock);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->count(ImportRow::Outcome::Added), 1);
        QCOMPARE(audited(audit::RosterImported, done->rows.first().pupilUuid), 1);
        // An administrator may add a school with its first class list.
        Roster another;
        another.pupils << rosterPupil(2, "Kolmas", "Kalle", QDate(2012, 4, 4), "7B");
        QVERIFY(
            importRosterAs(c(), w.admin, another, QStringLiteral("Kolmas koulu"), false, w.clock)
                .ok());
    }

    void aPupilWhoMovesLeavesTheOldSchoolsGroups()
    {
        // Olli of Toinen koulu is in class 8C and joins a teaching group there.
        Roster there;
        there.pupils << rosterPupil(2, "Muualla", "Olli", QDate(2012, 5, 5), "8C",
                                    {QStringLiteral("valinnainen")});
        QVERIFY(
            importRosterAs(c(), w.otherNurse, there, QStringLiteral("Toinen koulu"), false, w.clock)
                .ok());
        const qint64 group = *OrganisationStore(c()).ensureGroup(
            w.otherSchoolId, QStringLiteral("valinnainen"), QStringLiteral("group"));
        QCOMPARE(
            w.count(
                QStringLiteral("SELECT count(*) FROM group_member WHERE group_id = %1").arg(group)),
            1);
        // He moves to Testikoulu. Its nurse's class list cannot bring him over (a
        // list naming any child would hand over their record): an administrator can.
        Roster here;
        here.pupils << rosterPupil(2, "Muualla", "Olli", QDate(2012, 5, 5), "8A");
        const auto refused =
            importRosterAs(c(), w.nurse, here, QStringLiteral("Testikoulu"), false, w.clock);
        QVERIFY(refused.ok());
        QCOMPARE(refused->rows.first().outcome, ImportRow::Outcome::Rejected);
        QVERIFY(refused->rows.first().detail.contains(QStringLiteral("administrator")));
        QCOMPARE(
            w.count(
                QStringLiteral("SELECT school_id FROM pupil WHERE id = %1").arg(w.otherPupilId)),
            int(w.otherSchoolId));
        // A school name with stray spaces is the same school, not a new one.
        QVERIFY(
            importRosterAs(c(), w.nurse, here, QStringLiteral("Testikoulu  "), true, w.clock).ok());
        QVERIFY(!OrganisationStore(c()).school(QStringLiteral("Testikoulu  ")));
        const auto moved =
            importRosterAs(c(), w.admin, here, QStringLiteral("Testikoulu"), false, w.clock);
        QVERIFY(moved.ok());
        QVERIFY2(moved->rows.first().detail.contains(QStringLiteral("moved to this school")) &&
                     moved->rows.first().detail.contains(QStringLiteral("from class 8C to 8A")),
                 qPrintable(moved->rows.first().detail));
        QVERIFY(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'change.roster_imported' AND detail LIKE '%moved%'")) == 1);
        // The old school's groups no longer list him, so its nurse sees nothing of him.
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM group_member m JOIN pupil_group g "
                                        "ON g.id = m.group_id WHERE m.pupil_id = %1 AND "
                                        "g.school_id = %2")
                             .arg(w.otherPupilId)
                             .arg(w.otherSchoolId)),
                 0);
        OverviewRequest request;
        request.groupId = group;
        request.roundId = w.roundId;
        request.instrumentId = QStringLiteral("phq-a");
        const auto overview = classOverview(c(), w.otherNurse, request, w.clock);
        QVERIFY2(overview.ok(), qPrintable(overview.error()));
        QCOMPARE(overview->rows.size(), qsizetype(0));
        // And the database itself refuses a membership across schools.
        QSqlQuery query(c());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO group_member (group_id, pupil_id) "
                                           "VALUES (%1, %2)")
                                .arg(group)
                                .arg(w.otherPupilId)));
    }

    void roundsAnswersAndErasureNeedTheRightRole()
    {
        QVERIFY(createRoundAs(c(), w.welfare, QStringLiteral("x"), {}, w.clock).refusedAccess());
        const auto round =
            createRoundAs(c(), w.nurse, QStringLiteral("syksy 2027"), QDate(2027, 9, 1), w.clock);
        QVERIFY(round.ok());
        QCOMPARE(audited(audit::RoundCreated), 1);

        const Instrument& phq = TestDb::instrument("phq-a");
        const qint64 pupil = w.pupilIds.first();
        for (const SignedInUser* refused : {&w.otherNurse, &w.admin, &w.caseTeam, &w.coordinator})
            QVERIFY(recordCompletedAs(c(), *refused, pupil, round->id, phq, phqAnswers(1),
                                      QStringLiteral("en"), w.clock)
                        .refusedAccess());
        const auto recorded = recordCompletedAs(c(), w.nurse, pupil, round->id, phq, phqAnswers(1),
                                                QStringLiteral("en"), w.clock);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        QCOMPARE(recorded->result.total.value_or(-1), 9.0);
        const QString uuid = w.pupilUuid(pupil);
        QCOMPARE(audited(audit::AnswersRecorded, uuid), 1);

        QVERIFY(erasePupilAs(c(), w.otherNurse, uuid, w.clock).refusedAccess());
        // Someone else's pupil and no pupil at all get the same answer.
        QCOMPARE(erasePupilAs(c(), w.otherNurse, QStringLiteral("no-such-uuid"), w.clock).error(),
                 erasePupilAs(c(), w.otherNurse, uuid, w.clock).error());
        QVERIFY(erasePupilAs(c(), w.welfare, uuid, w.clock).refusedAccess());
        QVERIFY(PupilStore(c()).pupil(uuid));
        const auto erased = erasePupilAs(c(), w.admin, uuid, w.clock);
        QVERIFY2(erased.ok(), qPrintable(erased.error()));
        QVERIFY(!PupilStore(c()).pupil(uuid));
        QCOMPARE(audited(audit::PupilErased, uuid), 1);
        QCOMPARE(erasePupilAs(c(), w.admin, uuid, w.clock).refusal.kind, Refusal::Kind::NotFound);
    }

    void pseudonymisedResultsAreTheNursesAndAudited()
    {
        QVERIFY(pseudonymisedResults(c(), w.coordinator, {}, {}, w.clock).refusedAccess());
        QVERIFY(pseudonymisedResults(c(), w.admin, {}, {}, w.clock).refusedAccess());
        const int stored = w.count(QStringLiteral(
            "SELECT count(*) FROM response r JOIN pupil p ON p.id = r.pupil_id JOIN school s ON "
            "s.id = p.school_id WHERE s.name = 'Testikoulu' AND r.status = 'completed'"));
        QVERIFY(stored > 0);
        const int before = audited(audit::ExportResults);
        const auto rows = pseudonymisedResults(c(), w.nurse, {}, {}, w.clock);
        QVERIFY(rows.ok());
        QCOMPARE(int(rows->size()), stored);
        QSet<QString> pupils;
        for (const StoredResult& row : *rows) {
            QCOMPARE(row.school, QStringLiteral("Testikoulu"));
            QVERIFY(row.lastName.isEmpty() && row.firstName.isEmpty());
            pupils << row.pupilUuid;
        }
        QCOMPARE(audited(audit::ExportResults), before + int(pupils.size()));
        // Another school's nurse gets none of them.
        for (const StoredResult& row : *pseudonymisedResults(c(), w.otherNurse, {}, {}, w.clock))
            QCOMPARE(row.school, QStringLiteral("Toinen koulu"));
    }

    // Backups are the administrator's; a restore replaces a database only with
    // its administrator's sign-in, except one too damaged to ask.
    void backupAndRestoreAreTheAdministrators()
    {
        const QString backup = w.dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(Backup::createAs(*w.db, w.nurse, backup, false, w.clock).refusedAccess());
        QVERIFY(!QFile::exists(backup));
        QVERIFY(Backup::createAs(*w.db, w.admin, backup, false, w.clock).ok());
        QCOMPARE(audited(audit::ExportDatabase), 1);

        TestDb other;
        QVERIFY(other.open());
        QVERIFY(UserStore(other.db->connection())
                    .runFirstSetup({QStringLiteral("Kunta"), QStringLiteral("Koulu"),
                                    QStringLiteral("admin"), QStringLiteral("Anna"),
                                    WorkspaceDb::kPassword, QStringLiteral("hoitaja"),
                                    QStringLiteral("Hilkka"), WorkspaceDb::kPassword}));
        const SignedInUser otherNurse =
            *UserStore(other.db->connection())
                 .signIn(QStringLiteral("hoitaja"), WorkspaceDb::kPassword)
                 .user;
        other.db.reset();
        auto request = [&](const QString& target, const QString& user) {
            return RestoreRequest{backup, target, user, WorkspaceDb::kPassword, false};
        };
        // Not the other database's administrator (nor a nurse of either).
        QVERIFY(Backup::restoreAs(request(other.path(), QStringLiteral("nobody")), w.clock)
                    .refusedAccess());
        QVERIFY(Backup::restoreAs(request(other.path(), QStringLiteral("hoitaja")), w.clock)
                    .refusedAccess());
        // Its administrator, but the backup is of another municipality.
        const auto foreign =
            Backup::restoreAs(request(other.path(), QStringLiteral("admin")), w.clock);
        QCOMPARE(foreign.refusal.code, Refusal::Code::BackupOtherMunicipality);
        QVERIFY(Database::inspect(other.path(), true) == std::nullopt);
        // A newer database is not "damaged": it is refused, not replaced.
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(other.path());
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QCOMPARE(
            Backup::restoreAs(request(other.path(), QStringLiteral("admin")), w.clock).refusal.code,
            Refusal::Code::DatabaseTooNew);
        // A damaged one is replaced only by an administrator of the backup.
        const QString damaged = w.dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(backup, damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(4096));
            file.write(QByteArray(int(file.size()) - 4096, '\x5a'));
        }
        QCOMPARE(Database::inspect(damaged, false)->kind, OpenError::Kind::Damaged);
        for (const char* who : {"hoitaja", "nobody"}) {
            const auto refused = Backup::restoreAs(request(damaged, QLatin1String(who)), w.clock);
            QVERIFY2(refused.refusedAccess(),
                     qPrintable(refused.error() + QLatin1Char(' ') + refused.refusal.detail));
        }
        const auto restored = Backup::restoreAs(request(damaged, QStringLiteral("admin")), w.clock);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(!Database::inspect(damaged, true));
    }

    // An empty file or a backup made before set-up would put the database back
    // into first-start mode where anyone may run set-up: refused unless the
    // administrator confirms.
    void aRestoreNeedsACompleteBackup()
    {
        const QString empty = w.dir.filePath(QStringLiteral("empty.db"));
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        RestoreRequest request{empty, w.path(), QStringLiteral("admin"), WorkspaceDb::kPassword,
                               false};
        const QByteArray before = [&] {
            QSqlQuery dump(c());
            dump.exec(QStringLiteral("SELECT count(*) FROM pupil"));
            dump.next();
            return dump.value(0).toByteArray();
        }();
        w.db.reset();
        QVERIFY(!Backup::restoreAs(request, w.clock));
        TestDb fresh;
        QVERIFY(fresh.open());
        fresh.db.reset();
        request.backupFile = fresh.path();
        QCOMPARE(Backup::restoreAs(request, w.clock).refusal.code,
                 Refusal::Code::BackupBeforeSetup);
        QVERIFY(w.open());
        QSqlQuery after(c());
        after.exec(QStringLiteral("SELECT count(*) FROM pupil"));
        after.next();
        QCOMPARE(after.value(0).toByteArray(), before);
    }

    // Nothing is moved while another Signaali program has the database open.
    void aRestoreWaitsForNobody()
    {
        const QString backup = w.dir.filePath(QStringLiteral("busy-backup.db"));
        const auto created = Backup::createAs(*w.db, w.admin, backup, false, w.clock);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const RestoreRequest request{backup, w.path(), QStringLiteral("admin"),
                                     WorkspaceDb::kPassword, false};
        const auto refused = Backup::restoreAs(request, w.clock); // w.db is still open
        QCOMPARE(refused.refusal.code, Refusal::Code::DatabaseInUse);
        QVERIFY(!QFileInfo::exists(w.path() + QStringLiteral(".restoring")));
        w.db.reset();
        const auto restored = Backup::restoreAs(request, w.clock);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(w.open());
    }

    void nobodyMayFillANewDatabaseUntilTheFirstAccount()
    {
        TestDb fresh;
        QVERIFY(fresh.open());
        QSqlDatabase& db = fresh.db->connection();
        Roster roster;
        roster.pupils << rosterPupil(2, "Eka", "Eeva", QDate(2012, 1, 1), "7A");
        const SignedInUser nobody;
        QVERIFY(importRosterAs(db, nobody, roster, QStringLiteral("Koulu"), false).ok());
        QVERIFY(createRoundAs(db, nobody, QStringLiteral("syksy"), {}).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE username = "
                                           "'(before set-up)'"))
                     ->toInt(),
                 2);
        // Once an account exists, nobody may do nothing.
        QVERIFY(UserStore(db).runFirstSetup({QStringLiteral("Kunta"), QStringLiteral("Koulu"),
                                             QStringLiteral("admin"), QStringLiteral("Anna"),
                                             WorkspaceDb::kPassword, QStringLiteral("hoitaja"),
                                             QStringLiteral("Hilkka"), WorkspaceDb::kPassword}));
        QVERIFY(importRosterAs(db, nobody, roster, QStringLiteral("Koulu"), false).refusedAccess());
        QVERIFY(createRoundAs(db, nobody, QStringLiteral("kevät"), {}).refusedAccess());
        QVERIFY(pupilsFor(db, nobody).refusedAccess());
    }
};

QTEST_GUILESS_MAIN(TestPupilDataChanges)
#include "tst_pupildatachanges.moc"
