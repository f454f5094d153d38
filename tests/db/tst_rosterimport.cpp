// Importing class lists into a real database file: dry run, idempotence,
// a pupil moving class, matching without identity codes, and rejections.
#include "TestDb.h"
#include "db/sql/SqlHelpers.h"

using namespace signaali;
using namespace signaali::db;

namespace {
Roster rosterFile(const char* name)
{
    const Loaded<Roster> loaded = RosterParser::parseFile(
        QStringLiteral(SIGNAALI_TEST_DATA "/rosters/import/") + QString::fromLatin1(name));
    Q_ASSERT(loaded.ok());
    return *loaded.value;
}

const PupilRecord* byLastName(const QList<PupilRecord>& pupils, const QString& lastName)
{
    for (const PupilRecord& p : pupils)
        if (p.lastName == lastName)
            return &p;
    return nullptr;
}
} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void dryRunReportsAndChangesNothing()
    {
        TestDb t;
        QVERIFY(t.open());
        PupilStore store(t.db->connection());
        const auto report =
            store.importRoster(rosterFile("autumn.csv"), QStringLiteral("Keskuskoulu"), true);
        QVERIFY(report);
        QVERIFY(!report->committed);
        QCOMPARE(report->count(ImportRow::Outcome::Added), 3);
        QCOMPARE(report->rows[0].line, 2);
        QCOMPARE(report->rows[0].detail, QStringLiteral("class 7A"));
        QCOMPARE(store.pupils().size(), 0);
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("SELECT count(*) FROM school"))->toInt(),
                 0);
    }

    void importIsIdempotent()
    {
        TestDb t;
        QVERIFY(t.open());
        PupilStore store(t.db->connection());
        QVERIFY(store.importRoster(rosterFile("autumn.csv"), QStringLiteral("Keskuskoulu"), false));
        const QList<PupilRecord> first = store.pupils();
        QCOMPARE(first.size(), 3);
        const PupilRecord* aino = byLastName(first, QStringLiteral("Mäkinen"));
        QVERIFY(aino);
        QCOMPARE(aino->firstName, QStringLiteral("Aino Ilona"));
        QCOMPARE(aino->className, QStringLiteral("7A"));
        QCOMPARE(aino->groups, QStringList{QStringLiteral("kuvis")});
        QCOMPARE(aino->dateOfBirth, QDate(2012, 3, 14));

        const QVariant before =
            scalar(t.db->connection(), QStringLiteral("SELECT group_concat(updated_at) FROM pupil"))
                .value();
        const auto again =
            store.importRoster(rosterFile("autumn.csv"), QStringLiteral("Keskuskoulu"), false);
        QVERIFY(again);
        QCOMPARE(again->count(ImportRow::Outcome::Unchanged), 3);
        QCOMPARE(again->count(ImportRow::Outcome::Added), 0);
        QCOMPARE(store.pupils().size(), 3);
        QCOMPARE(
            scalar(t.db->connection(), QStringLiteral("SELECT group_concat(updated_at) FROM pupil"))
                .value(),
            before);
        QCOMPARE(scalar(t.db->connection(), QStringLiteral("SELECT count(*) FROM group_member"))
                     ->toInt(),
                 4);
    }

    void pupilWhoMovedClassIsMovedNotDuplicated()
    {
        TestDb t;
        QVERIFY(t.open());
        PupilStore store(t.db->connection());
        QVERIFY(store.importRoster(rosterFile("autumn.csv"), QStringLiteral("Keskuskoulu"), false));
        const auto report =
            store.importRoster(rosterFile("spring.csv"), QStringLiteral("Keskuskoulu"), false);
        QVERIFY(report);
        QCOMPARE(report->count(ImportRow::Outcome::Added), 1);
        QCOMPARE(report->count(ImportRow::Outcome::Updated), 2);
        QCOMPARE(report->count(ImportRow::Outcome::Unchanged), 1);
        QCOMPARE(report->rows[0].detail, QStringLiteral("moved from class 7A to 7B"));
        const QList<PupilRecord> pupils = store.pupils();
        QCOMPARE(pupils.size(), 4);
        QCOMPARE(byLastName(pupils, QStringLiteral("Mäkinen"))->className, QStringLiteral("7B"));
        // Matched by name and date of birth (no identity code), and joined a group.
        QCOMPARE(byLastName(pupils, QStringLiteral("Åkerlund"))->groups,
                 QStringList{QStringLiteral("musiikki")});
        QCOMPARE(
            scalar(
                t.db->connection(),
                QStringLiteral(
                    "SELECT count(*) FROM group_member m JOIN pupil_group g ON g.id = m.group_id "
                    "WHERE g.kind = 'class'"))
                ->toInt(),
            4);
    }

    void conflictsAndBadRowsAreRejectedWithLine()
    {
        TestDb t;
        QVERIFY(t.open());
        PupilStore store(t.db->connection());
        QVERIFY(store.importRoster(rosterFile("autumn.csv"), QStringLiteral("Keskuskoulu"), false));
        // Åkerlund now comes with an identity code: added to the record, not a conflict.
        const auto report =
            store.importRoster(rosterFile("conflicts.csv"), QStringLiteral("Keskuskoulu"), true);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->rows.size(), 2);
        QCOMPARE(report->rows[0].outcome, ImportRow::Outcome::Updated);
        QCOMPARE(report->rows[0].detail, QStringLiteral("identity code added"));
        QCOMPARE(report->rows[1].outcome, ImportRow::Outcome::Rejected);
        QCOMPARE(report->rows[1].line, 3);
        QVERIFY2(report->rows[1].detail.startsWith(QStringLiteral("Syntymäaika: ")),
                 qPrintable(report->rows[1].detail));
        QVERIFY(!report->rows[1].detail.contains(QStringLiteral("Laine")));

        // The same name and date of birth with a different identity code is not the same pupil.
        Roster roster;
        RosterPupil clash;
        clash.line = 9;
        clash.lastName = QStringLiteral("Mäkinen");
        clash.firstName = QStringLiteral("Aino Ilona");
        clash.dateOfBirth = QDate(2012, 3, 14);
        clash.identityCode = QStringLiteral("140312A905R");
        clash.className = QStringLiteral("7A");
        roster.pupils << clash;
        const auto clashReport = store.importRoster(roster, QStringLiteral("Keskuskoulu"), false);
        QCOMPARE(clashReport->rows[0].outcome, ImportRow::Outcome::Rejected);
        QVERIFY(clashReport->rows[0].detail.contains(QStringLiteral("different identity code")));
        QCOMPARE(store.pupils().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
