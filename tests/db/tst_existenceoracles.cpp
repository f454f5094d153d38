// Existence oracles: asking by id for another school's pupil, result, action
// or share, or importing a class list of another school's pupils in a dry run,
// tells a nurse nothing that asking about someone who does not exist would not.
#include "WorkspaceDb.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/CaseCorrections.h"
#include "db/workspace/CaseShares.h"
#include "db/workspace/CaseStore.h"
#include "db/workspace/PupilDataChanges.h"
#include "db/workspace/PupilProfile.h"

#include <QRegularExpression>

using namespace signaali;
using namespace signaali::db;

class TestExistenceOracles : public QObject
{
    Q_OBJECT

private:
    WorkspaceDb w;

    QSqlDatabase& c() { return w.db->connection(); }
    Outcome<PupilProfile> profile(const SignedInUser& user, qint64 pupilId)
    {
        ProfileRequest request;
        request.pupil = QString::number(pupilId);
        return pupilProfile(c(), user, request, w.clock);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(w.open());
        QVERIFY(w.build(3));
        QVERIFY(w.record(w.pupilIds.first(), w.roundId, {3, 3, 3, 0, 0, 0, 0, 0, 1}));
        QVERIFY(w.record(w.otherPupilId, w.roundId, {0, 0, 0, 0, 0, 0, 0, 0, 2}));
    }

    // Asking by id for another school's pupil, result, action or share gets the
    // answer given for one that does not exist, and a dry-run class list does
    // not tell which of its pupils exist elsewhere.
    void anotherSchoolsRecordsReadAsMissing()
    {
        const qint64 nowhere = 987654;
        // The same code and the same sentence, the id asked for aside.
        const auto same = [](const Refusal& elsewhere, const Refusal& missing) {
            const QRegularExpression id(QStringLiteral("\\d+"));
            QCOMPARE(int(elsewhere.code), int(missing.code));
            QCOMPARE(RefusalText::message(elsewhere).replace(id, QStringLiteral("#")),
                     RefusalText::message(missing).replace(id, QStringLiteral("#")));
        };
        same(profile(w.nurse, w.otherPupilId).refusal, profile(w.nurse, nowhere).refusal);
        same(profile(w.welfare, w.otherPupilId).refusal, profile(w.welfare, nowhere).refusal);

        const auto otherResponse = scalar(
            c(), QStringLiteral("SELECT id FROM response WHERE pupil_id = ?"), {w.otherPupilId});
        QVERIFY(otherResponse);
        const qint64 responseId = otherResponse->toLongLong();
        const auto handled = markFlagsHandled(c(), w.nurse, responseId, {}, {}, w.clock);
        QVERIFY(!handled.ok());
        same(handled.refusal, markFlagsHandled(c(), w.nurse, nowhere, {}, {}, w.clock).refusal);
        QVERIFY(markFlagsHandled(c(), w.otherNurse, responseId, {}, {}, w.clock).ok());

        CaseStore cases(c(), w.clock);
        const auto action = cases.recordAction(
            w.otherNurse,
            {w.otherPupilId, CaseActionKind::FollowUpBooked, QDate(2026, 10, 20), {}, 0});
        QVERIFY2(action.ok(), qPrintable(action.error()));
        const QString actionText = QString::number(*action);
        const auto rename = [&](Refusal r) {
            for (QString& arg : r.args)
                arg.replace(actionText, QStringLiteral("987654"));
            return r;
        };
        same(rename(cases.markFollowUpDone(w.nurse, *action).refusal),
             cases.markFollowUpDone(w.nurse, nowhere).refusal);
        CaseCorrections corrections(c(), w.clock);
        same(rename(corrections.removeAction(w.nurse, *action).refusal),
             corrections.removeAction(w.nurse, nowhere).refusal);

        CaseShares shares(c(), w.clock);
        const auto shared = shares.share(
            w.otherNurse,
            {w.otherPupilId, w.caseTeam.id, ConsentFrom::Pupil, QDate(2026, 9, 30), {}});
        QVERIFY2(shared.ok(), qPrintable(shared.error()));
        const QString shareText = QString::number(*shared);
        Refusal withdrawn = shares.withdrawShare(w.nurse, *shared).refusal;
        for (QString& arg : withdrawn.args)
            arg.replace(shareText, QStringLiteral("987654"));
        same(withdrawn, shares.withdrawShare(w.nurse, nowhere).refusal);
        QVERIFY(shares.withdrawShare(w.otherNurse, *shared).ok());

        // The role is decided before any lookup: a coordinator is told her role
        // may not, whether the record exists or not.
        same(cases.markFollowUpDone(w.coordinator, *action).refusal,
             cases.markFollowUpDone(w.coordinator, nowhere).refusal);
        QCOMPARE(int(cases.markFollowUpDone(w.coordinator, nowhere).refusal.code),
                 int(Refusal::Code::RoleMayNot));

        // A class list naming a pupil of Toinen koulu reads, in a dry run, as
        // one naming a pupil nobody has heard of.
        const auto dryRun = [&](const QString& lastName, const QDate& born) {
            Roster roster;
            RosterPupil p;
            p.line = 2;
            p.lastName = lastName;
            p.firstName = QStringLiteral("Olli");
            p.dateOfBirth = born;
            p.className = QStringLiteral("8A");
            roster.pupils << p;
            return importRosterAs(c(), w.nurse, roster, QStringLiteral("Testikoulu"), true,
                                  w.clock);
        };
        const int logRows = w.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        const auto existing = dryRun(QStringLiteral("Muualla"), QDate(2012, 5, 5));
        const auto invented = dryRun(QStringLiteral("Eiole"), QDate(2012, 6, 6));
        QVERIFY(existing.ok() && invented.ok());
        QCOMPARE(existing->rows.size(), 1);
        QCOMPARE(int(existing->rows[0].outcome), int(invented->rows[0].outcome));
        QCOMPARE(existing->rows[0].detail, invented->rows[0].detail);
        QVERIFY(existing->rows[0].pupilUuid != w.pupilUuid(w.otherPupilId));
        QVERIFY(!existing->committed);
        // The real import refuses the row and tells the pupil's own school.
        Roster real;
        RosterPupil p;
        p.line = 2;
        p.lastName = QStringLiteral("Muualla");
        p.firstName = QStringLiteral("Olli");
        p.dateOfBirth = QDate(2012, 5, 5);
        p.className = QStringLiteral("8A");
        real.pupils << p;
        const auto imported =
            importRosterAs(c(), w.nurse, real, QStringLiteral("Testikoulu"), false, w.clock);
        QVERIFY(imported.ok());
        QCOMPARE(int(imported->rows[0].outcome), int(ImportRow::Outcome::Rejected));
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM pupil WHERE last_name = 'Muualla'")),
                 1);
        QVERIFY(w.count(QStringLiteral("SELECT count(*) FROM audit_log")) > logRows);
        QCOMPARE(w.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'view.roster_named_elsewhere' AND pupil_uuid = '%1'")
                             .arg(w.pupilUuid(w.otherPupilId))),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestExistenceOracles)
#include "tst_existenceoracles.moc"
