// Bundles between installations on real database files: two laptops screen
// parts of the same class and end up with the same picture; bad bundles are
// refused with their message and change nothing; erasures, conflicts, and
// summaries for the coordinator.
#include "BundleLaptops.h"
#include "core/BundleFile.h"
#include "db/exchange/OwnDevice.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/CaseStore.h"
#include "db/workspace/PupilDataChanges.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

class TestBundles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    QString file(const QString& name) { return m_files.filePath(name); }

private slots:
    void twoLaptopsScreeningOneClassConverge()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open());
        QVERIFY(b.open());
        pair(a, b);
        a.answer(0, 12, 0.6);
        b.answer(12, 20, 0.3);
        // The nurse on A handles a flag and records what she did.
        const qint64 flagged = a.count(QStringLiteral("SELECT min(response_id) FROM flag"));
        QVERIFY(flagged > 0);
        QVERIFY(markFlagsHandled(a.db(), a.nurse, flagged));
        const qint64 flaggedPupil =
            a.count(QStringLiteral("SELECT pupil_id FROM response WHERE id = %1").arg(flagged));
        NewCaseAction action;
        action.pupilId = flaggedPupil;
        action.kind = CaseActionKind::TalkedWithPupil;
        action.note = QStringLiteral("talked at the visit");
        QVERIFY(CaseStore(a.db()).recordAction(a.nurse, action));

        const auto ab = a.send(b, file(QStringLiteral("a-to-b.bundle")));
        QVERIFY2(ab, qPrintable(ab.error() + ab.refusal.detail));
        const auto ba = b.send(a, file(QStringLiteral("b-to-a.bundle")));
        QVERIFY2(ba, qPrintable(ba.error()));
        const auto atB = b.receive(ab->path);
        QVERIFY2(atB, qPrintable(atB.error() + atB.refusal.detail));
        const auto atA = a.receive(ba->path);
        QVERIFY2(atA, qPrintable(atA.error()));

        // The same class list gave each pupil two uuids: one pupil is kept and
        // the other uuid is remembered as an alias.
        QCOMPARE(atB->added.value(QStringLiteral("pupil")), 0);
        QCOMPARE(atB->added.value(QStringLiteral("response")), 12);
        QCOMPARE(atA->added.value(QStringLiteral("response")), 8);
        QVERIFY(atB->aliased >= 20);
        for (Laptop* l : {&a, &b}) {
            QCOMPARE(l->count(QStringLiteral("SELECT count(*) FROM pupil")), 20);
            QCOMPARE(l->count(QStringLiteral("SELECT count(*) FROM response WHERE status = "
                                             "'completed'")),
                     20);
            QCOMPARE(l->count(QStringLiteral("SELECT count(*) FROM result")), 20);
            QCOMPARE(GroupSummary::differences(l->db()), QStringList{});
            QCOMPARE(summed(l->db()), 20);
            QCOMPARE(l->count(QStringLiteral("SELECT count(*) FROM flag_handling")),
                     a.count(QStringLiteral("SELECT count(*) FROM flag WHERE response_id = %1")
                                 .arg(flagged)));
            QCOMPARE(l->count(QStringLiteral("SELECT count(*) FROM case_action")), 1);
        }
        QCOMPARE(a.picture(), b.picture());
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM flag")),
                 b.count(QStringLiteral("SELECT count(*) FROM flag")));
        QCOMPARE(GroupSummary::stored(a.db()).size(), GroupSummary::stored(b.db()).size());

        // The same bundle twice: refused, and nothing changes.
        const QByteArray before = b.dump();
        const auto again = b.receive(ab->path);
        QVERIFY(!again);
        QCOMPARE(again.refusal.code, Refusal::Code::BundleAlreadyImported);
        QCOMPARE(b.dump(), before);

        // A second round trip carries nothing new: every record merges to itself.
        const auto ab2 = a.send(b, file(QStringLiteral("a-to-b-2.bundle")));
        QVERIFY(ab2);
        const auto atB2 = b.receive(ab2->path);
        QVERIFY2(atB2, qPrintable(atB2.error()));
        QCOMPARE(atB2->added.value(QStringLiteral("response")), 0);
        QCOMPARE(atB2->conflicts, 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM pupil")), 20);
        QCOMPARE(b.picture(), a.picture());
    }

    void badBundlesAreRefusedAndChangeNothing()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b")),
            c(QStringLiteral("laptop-c"));
        QVERIFY(a.open(12));
        QVERIFY(b.open(12));
        QVERIFY(c.open(12));
        pair(a, b);
        QVERIFY(c.trust(a));
        a.answer(0, 12);
        const auto good = a.send(b, file(QStringLiteral("good.bundle")));
        QVERIFY(good);
        QFile goodFile(good->path);
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = goodFile.readAll();
        const QByteArray before = b.dump();

        const auto refusedWith = [&](const QByteArray& content, Refusal::Code expected,
                                     const char* what) {
            const QString path = file(QStringLiteral("bad.bundle"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(content);
            out.close();
            const auto imported = b.receive(path);
            QVERIFY2(!imported, what);
            QVERIFY2(
                imported.refusal.code == expected,
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), imported.error())));
            QVERIFY2(imported.error().contains(path), qPrintable(imported.error()));
            QCOMPARE(b.dump(), before);
        };

        // Truncated at random points: in the header, in the content, before the final tag.
        QRandomGenerator rng(11);
        const int headerEnd = 13 + static_cast<int>(bytes.indexOf("}}", 13));
        for (int i = 0; i < 12; ++i) {
            const int cut = i == 0   ? 5
                            : i == 1 ? bytes.size() - 1
                                     : 1 + rng.bounded(bytes.size() - 2);
            const auto imported = [&] {
                const QString path = file(QStringLiteral("cut.bundle"));
                QFile out(path);
                out.open(QIODevice::WriteOnly | QIODevice::Truncate);
                out.write(bytes.left(cut));
                out.close();
                return b.receive(path);
            }();
            QVERIFY(!imported);
            QVERIFY2(imported.refusal.code == Refusal::Code::BundleTruncated ||
                         imported.refusal.code == Refusal::Code::BundleUnreadable ||
                         imported.refusal.code == Refusal::Code::BundleDamaged,
                     qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(imported.error())));
            QCOMPARE(b.dump(), before);
        }
        // Cut exactly before the final chunk: the content is whole but not closed.
        {
            QByteArray cut = bytes;
            const int finalChunk = 8 + 64 + 4 + 17; // its length, tag, count and signature
            cut.chop(finalChunk);
            refusedWith(cut, Refusal::Code::BundleTruncated, "no final tag");
        }
        // A flipped byte in the header: its signature fails.
        {
            QByteArray flipped = bytes;
            const int at = static_cast<int>(bytes.indexOf("\"created_at\"")) + 16;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x01);
            refusedWith(flipped, Refusal::Code::BundleSignatureBad, "header byte");
        }
        // A flipped byte in the content: it fails authentication.
        {
            QByteArray flipped = bytes;
            const int at = bytes.size() - 200;
            QVERIFY(at > headerEnd + 200);
            flipped[at] = static_cast<char>(flipped[at] ^ 0x40);
            refusedWith(flipped, Refusal::Code::BundleDamaged, "content byte");
        }
        // A newer format.
        {
            QByteArray newer = bytes;
            newer[8] = 2;
            refusedWith(newer, Refusal::Code::BundleFormatTooNew, "format 2");
        }
        // Not a bundle at all.
        refusedWith(QByteArray("name,date\nx,y\n"), Refusal::Code::BundleUnreadable, "csv");
        // A replay is refused as imported once the real one is in.
        QVERIFY(b.receive(good->path));
        const QByteArray afterGood = b.dump();
        {
            const auto replay = b.receive(good->path);
            QVERIFY(!replay);
            QCOMPARE(replay.refusal.code, Refusal::Code::BundleAlreadyImported);
            QCOMPARE(b.dump(), afterGood);
        }
        // Addressed to another installation: C trusts A, but the bundle is B's.
        {
            const QByteArray cBefore = c.dump();
            const auto wrong = c.receive(good->path);
            QVERIFY(!wrong);
            QCOMPARE(wrong.refusal.code, Refusal::Code::BundleNotForThisDevice);
            QCOMPARE(c.dump(), cBefore);
        }
        // An unknown sender: C's bundle at B, which does not trust C.
        {
            QVERIFY(c.trust(b));
            const auto fromC = c.send(b, file(QStringLiteral("c.bundle")));
            QVERIFY2(fromC, qPrintable(fromC.error()));
            const auto unknown = b.receive(fromC->path);
            QVERIFY(!unknown);
            QCOMPARE(unknown.refusal.code, Refusal::Code::BundleSenderUnknown);
            QCOMPARE(b.dump(), afterGood);
        }
        // A revoked sender.
        {
            const auto another = a.send(b, file(QStringLiteral("later.bundle")));
            QVERIFY(another);
            QVERIFY(Devices(b.db()).revoke(b.admin, a.name));
            const QByteArray revokedBefore = b.dump();
            const auto revoked = b.receive(another->path);
            QVERIFY(!revoked);
            QCOMPARE(revoked.refusal.code, Refusal::Code::BundleSenderRevoked);
            QCOMPARE(b.dump(), revokedBefore);
        }
    }

    void aSummaryBundleThatSmugglesAPupilIsRefused()
    {
        Laptop a(QStringLiteral("laptop-a")), coordinator(QStringLiteral("municipality"));
        QVERIFY(a.open(4));
        QVERIFY(coordinator.w.open());
        coordinator.admin = coordinator.w.user(Role::Admin);
        const SignedInUser coord = coordinator.w.user(Role::Coordinator);
        QVERIFY(Devices(coordinator.db()).ensureIdentity(coordinator.name));
        pair(a, coordinator);
        const QList<QByteArray> records{
            QByteArrayLiteral(R"({"t":"school","uuid":"s1","name":"Keskuskoulu"})"),
            QByteArrayLiteral(R"({"t":"pupil","uuid":"p1","school":"s1","last_name":"X",)"
                              R"("first_name":"Y","date_of_birth":"2012-01-01"})")};
        const QString path = file(QStringLiteral("smuggle.bundle"));
        QVERIFY(a.handMade(coordinator, QStringLiteral("summary"),
                           QStringLiteral("b0000000-0000-4000-8000-000000000001"), records, path));
        const QByteArray before = coordinator.dump();
        const auto imported = coordinator.receive(path, &coord);
        QVERIFY(!imported);
        QCOMPARE(imported.refusal.code, Refusal::Code::BundleSummaryIdentified);
        QCOMPARE(imported.refusal.args.value(1), QStringLiteral("2"));
        QCOMPARE(coordinator.dump(), before);
    }

    void aChunkThatInflatesPastItsLimitIsRefused()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(1));
        QVERIFY(b.open(1));
        pair(a, b);
        // 20 MiB of one letter compresses to a few kilobytes.
        const QByteArray huge = QByteArrayLiteral("{\"t\":\"school\",\"uuid\":\"s\",\"name\":\"") +
                                QByteArray(20 * 1024 * 1024, 'a') + QByteArrayLiteral("\"}");
        const QString path = file(QStringLiteral("bomb.bundle"));
        QVERIFY(a.handMade(b, QStringLiteral("identified"),
                           QStringLiteral("b0000000-0000-4000-8000-000000000002"), {huge}, path));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
        const QByteArray before = b.dump();
        const auto imported = b.receive(path);
        QVERIFY(!imported);
        QCOMPARE(imported.refusal.code, Refusal::Code::BundleDamaged);
        QCOMPARE(b.dump(), before);
    }

    void summaryForTheCoordinatorCarriesCountsOnly()
    {
        Laptop a(QStringLiteral("laptop-a")), coordinator(QStringLiteral("municipality"));
        QVERIFY(a.open(16));
        QVERIFY(coordinator.w.open());
        coordinator.admin = coordinator.w.user(Role::Admin);
        const SignedInUser coord = coordinator.w.user(Role::Coordinator);
        QVERIFY(Devices(coordinator.db()).ensureIdentity(coordinator.name));
        pair(a, coordinator);
        a.answer(0, 10);
        // The nurse may address identified data to the coordinator's
        // installation, but the coordinator may not receive it.
        const auto identified = a.send(coordinator, file(QStringLiteral("id.bundle")));
        QVERIFY(identified);
        const auto notForCoordinator = coordinator.receive(identified->path, &coord);
        QVERIFY(!notForCoordinator);
        QVERIFY(notForCoordinator.refusedAccess());

        const auto sent =
            a.send(coordinator, file(QStringLiteral("summary.bundle")), BundleKind::Summary);
        QVERIFY2(sent, qPrintable(sent.error()));
        QVERIFY(!sent->records.contains(QStringLiteral("pupil")));
        const auto got = coordinator.receive(sent->path, &coord);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(coordinator.count(QStringLiteral("SELECT count(*) FROM pupil")), 0);
        QCOMPARE(summed(coordinator.db()), 10);
        QCOMPARE(GroupSummary::differences(coordinator.db()), QStringList{});
        QCOMPARE(GroupSummary::stored(coordinator.db()).size(),
                 GroupSummary::stored(a.db()).size());

        // A newer summary of the same school and round replaces the older one.
        a.answer(10, 16);
        const auto newer =
            a.send(coordinator, file(QStringLiteral("summary2.bundle")), BundleKind::Summary);
        QVERIFY(newer);
        QVERIFY(coordinator.receive(newer->path, &coord));
        QCOMPARE(summed(coordinator.db()), 16);
        QCOMPARE(GroupSummary::differences(coordinator.db()), QStringList{});
        QVERIFY(GroupSummary::rebuild(coordinator.db()));
        QCOMPARE(summed(coordinator.db()), 16);
    }

    void anErasedPupilNeverComesBack()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(6));
        QVERIFY(b.open(6));
        pair(a, b);
        a.answer(0, 6);
        const auto first = a.send(b, file(QStringLiteral("first.bundle")));
        QVERIFY(first);
        QVERIFY(b.receive(first->path));
        // B's bundle, made while the pupil still exists on B (under B's uuid,
        // with A's as the alias the merge left).
        const auto old = b.send(a, file(QStringLiteral("old.bundle")));
        QVERIFY(old);
        // Erased on A; the erasure travels to B.
        const QString erased =
            scalar(a.db(), QStringLiteral("SELECT uuid FROM pupil ORDER BY id LIMIT 1"))
                ->toString();
        QVERIFY(erasePupilAs(a.db(), a.nurse, erased));
        const auto erasure = a.send(b, file(QStringLiteral("erasure.bundle")));
        QVERIFY(erasure);
        QCOMPARE(erasure->records.value(QStringLiteral("tombstone")), 1);
        QVERIFY(
            scalar(b.db(), QStringLiteral("SELECT 1 FROM uuid_alias WHERE uuid = ?"), {erased}));
        const auto atB = b.receive(erasure->path);
        QVERIFY2(atB, qPrintable(atB.error() + atB.refusal.detail));
        QCOMPARE(atB->erased, 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM pupil")), 5);
        // The older bundle from B still names the pupil: A does not bring them back.
        const auto late = a.receive(old->path);
        QVERIFY2(late, qPrintable(late.error()));
        QVERIFY(late->skippedErased >= 1);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM pupil")), 5);
        QCOMPARE(GroupSummary::differences(a.db()), QStringList{});
        QCOMPARE(GroupSummary::differences(b.db()), QStringList{});
        QCOMPARE(summed(b.db()), 5);
    }

    void aTombstoneReachesOnlyThePupilsOfTheReceivingNursesSchools()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(2));
        QVERIFY(b.open(2));
        pair(a, b);
        QVERIFY(b.w.addClass(QStringLiteral("Rantakoulu"), QStringLiteral("9A"), 2));
        const QString other =
            scalar(b.db(), QStringLiteral("SELECT p.uuid FROM pupil p JOIN school s ON s.id = "
                                          "p.school_id WHERE s.name = 'Rantakoulu' LIMIT 1"))
                ->toString();
        const QString school =
            scalar(a.db(), QStringLiteral("SELECT uuid FROM school WHERE name = 'Keskuskoulu'"))
                ->toString();
        const auto send = [&](const QList<QByteArray>& records, const QString& id) {
            const QString path = file(id + QStringLiteral(".bundle"));
            if (!a.handMade(b, QStringLiteral("identified"), id, records, path))
                return Outcome<BundleImported>(Refusal::of(Refusal::Code::FileNotSaved));
            return b.receive(path);
        };
        const QByteArray schoolRecord =
            QStringLiteral(R"({"t":"school","uuid":"%1","name":"Keskuskoulu"})")
                .arg(school)
                .toUtf8();
        // Naming another school's pupil under the nurse's school: not applied, not kept.
        const auto got =
            send({schoolRecord, QStringLiteral(R"({"t":"tombstone","uuid":"%1","school":"%2",)"
                                               R"("erased_at":"2026-11-30T10:00:00.000Z"})")
                                    .arg(other, school)
                                    .toUtf8()},
                 QStringLiteral("c0000000-0000-4000-8000-000000000001"));
        QVERIFY2(got, qPrintable(got.error() + got.refusal.detail));
        QCOMPARE(got->erased, 0);
        QVERIFY(scalar(b.db(), QStringLiteral("SELECT 1 FROM pupil WHERE uuid = ?"), {other}));
        QVERIFY(!scalar(b.db(), QStringLiteral("SELECT 1 FROM tombstone WHERE uuid = ?"), {other}));
        // A tombstone of a school the bundle does not bring is refused.
        const QByteArray before = b.dump();
        const auto bare = send({QStringLiteral(R"({"t":"tombstone","uuid":"%1","school":"x",)"
                                               R"("erased_at":"2026-11-30T10:00:00.000Z"})")
                                    .arg(other)
                                    .toUtf8()},
                               QStringLiteral("c0000000-0000-4000-8000-000000000002"));
        QVERIFY(!bare);
        QCOMPARE(bare.refusal.code, Refusal::Code::BundleRecordInvalid);
        QCOMPARE(b.dump(), before);
    }

    void aPupilWhoMovedToAnotherSchoolHereIsPassedOver()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(3));
        QVERIFY(b.open(3));
        pair(a, b);
        a.answer(0, 3);
        const auto first = a.send(b, file(QStringLiteral("first.bundle")));
        QVERIFY(first);
        QVERIFY(b.receive(first->path));
        // On B the first pupil moves to Rantakoulu, whose nurse B's nurse is not.
        QVERIFY(b.w.addClass(QStringLiteral("Rantakoulu"), QStringLiteral("9A"), 1));
        QSqlQuery query(b.db());
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE pupil SET school_id = (SELECT id FROM school WHERE name = 'Rantakoulu') "
            "WHERE id = (SELECT min(id) FROM pupil)")));
        QVERIFY(markFlagsHandled(a.db(), a.nurse,
                                 a.count(QStringLiteral("SELECT min(id) FROM response"))));
        const auto later = a.send(b, file(QStringLiteral("later.bundle")));
        QVERIFY(later);
        const auto got = b.receive(later->path);
        QVERIFY2(got, qPrintable(got.error() + got.refusal.detail));
        QVERIFY(got->outOfReach >= 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM flag_handling")), 0);
        QCOMPARE(GroupSummary::differences(b.db()), QStringList{});
    }

    void conflictsAreListedAndNeverOverwrite()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(4));
        QVERIFY(b.open(4));
        pair(a, b);
        // Both laptops took pupil 0's questionnaire in the same round.
        a.answer(0, 2, 0.9);
        b.answer(0, 1, 0.1);
        const QStringList before = b.picture();
        const auto ab = a.send(b, file(QStringLiteral("ab.bundle")));
        QVERIFY(ab);
        const auto got = b.receive(ab->path);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->conflicts, 1);
        QCOMPARE(got->added.value(QStringLiteral("response")), 1);
        // Pupil 0 keeps B's result; pupil 1 gets A's.
        QCOMPARE(b.picture().first(), before.first());
        const auto listed = bundleConflicts(b.db(), b.nurse);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().kind, QStringLiteral("second_completed"));
        QCOMPARE(listed->first().round, QStringLiteral("syksy 2026"));
        QCOMPARE(GroupSummary::differences(b.db()), QStringList{});
        QCOMPARE(summed(b.db()), 2);
    }

    void aCompletedResponseSupersedesAnUnfinishedOne()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(3));
        QVERIFY(b.open(3));
        pair(a, b);
        // On B the pupil started and stopped; on A they completed the questionnaire.
        ResponseStore responses(b.db());
        const auto started =
            responses.startOrResume(b.pupils()[0], b.round, youth(), QStringLiteral("fi"));
        QVERIFY(started);
        QVERIFY(responses.saveAnswer(started->id, youth().items.first().id, 1));
        a.answer(0, 1);
        const auto ab = a.send(b, file(QStringLiteral("ab.bundle")));
        QVERIFY(ab);
        const auto got = b.receive(ab->path);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->superseded, 1);
        QCOMPARE(got->conflicts, 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM response WHERE status = "
                                        "'in_progress'")),
                 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM result")), 1);
        QCOMPARE(GroupSummary::differences(b.db()), QStringList{});
    }

    void aLaterBundleCarriesOnlyWhatChangedSinceTheLastOne()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(8));
        QVERIFY(b.open(8));
        pair(a, b);
        a.answer(0, 4);
        const auto first = a.send(b, file(QStringLiteral("first.bundle")));
        QVERIFY(first);
        QVERIFY(b.receive(first->path));
        a.answer(4, 6);
        BundleRequest request;
        request.to = b.name;
        request.since = first->bundleId;
        request.path = file(QStringLiteral("since.bundle"));
        const auto later = exportBundle(a.db(), a.nurse, request);
        QVERIFY2(later, qPrintable(later.error()));
        QCOMPARE(later->records.value(QStringLiteral("response")), 2);
        const auto got = b.receive(later->path);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->added.value(QStringLiteral("response")), 2);
        QCOMPARE(b.picture(), a.picture());
        QCOMPARE(GroupSummary::differences(b.db()), QStringList{});
        // --since names a bundle sent to that device; another id is refused.
        request.since = QStringLiteral("00000000-0000-4000-8000-00000000dead");
        request.path = file(QStringLiteral("none.bundle"));
        const auto unknown = exportBundle(a.db(), a.nurse, request);
        QVERIFY(!unknown);
        QCOMPARE(unknown.refusal.code, Refusal::Code::NoSuchId);
        QVERIFY(!QFile::exists(request.path));
    }

    void aQuestionnaireSentUnfinishedAndThenCompletedIsCompletedInPlace()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(3));
        QVERIFY(b.open(3));
        pair(a, b);
        ResponseStore responses(a.db());
        const auto started =
            responses.startOrResume(a.pupils()[0], a.round, youth(), QStringLiteral("fi"));
        QVERIFY(started);
        const Answers answers = randomAnswers(youth(), a.w.rng, 0.4);
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
            QVERIFY(responses.saveAnswer(started->id, it.key(), it.value()));
        const auto unfinished = a.send(b, file(QStringLiteral("unfinished.bundle")));
        QVERIFY(unfinished);
        const auto first = b.receive(unfinished->path);
        QVERIFY2(first, qPrintable(first.error() + first.refusal.detail));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM response WHERE status = "
                                        "'in_progress'")),
                 1);
        QVERIFY(responses.complete(started->id, youth()));
        const auto done = a.send(b, file(QStringLiteral("done.bundle")));
        QVERIFY(done);
        const auto second = b.receive(done->path);
        QVERIFY2(second, qPrintable(second.error() + second.refusal.detail));
        QCOMPARE(second->superseded, 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM response")), 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM result")), 1);
        QCOMPARE(b.picture(), a.picture());
        QCOMPARE(GroupSummary::differences(b.db()), QStringList{});
        QCOMPARE(summed(b.db()), 1);
    }

    void twoOfTheSendersPupilsMatchingOneHereMakeAConflictNotAFailure()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(2));
        QVERIFY(b.open(2));
        pair(a, b);
        // On A two children share a name and a birthday and have identity
        // codes; B has the name without a code, so both match B's pupil.
        QSqlQuery query(a.db());
        QVERIFY(query.exec(QStringLiteral("UPDATE pupil SET identity_code = '010112A123B' WHERE id "
                                          "= (SELECT min(id) FROM pupil)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO pupil (uuid, school_id, last_name, first_name, date_of_birth, "
            "identity_code, gender, language, created_at, updated_at) SELECT "
            "'a0000000-0000-4000-8000-000000000002', school_id, last_name, first_name, "
            "date_of_birth, '010112A456C', gender, language, created_at, updated_at FROM pupil "
            "WHERE id = (SELECT min(id) FROM pupil)")));
        const qint64 twin = query.lastInsertId().toLongLong();
        ResponseStore responses(a.db());
        QVERIFY(responses.recordCompleted(a.pupils()[0], a.round, youth(),
                                          randomAnswers(youth(), a.w.rng, 0.5),
                                          QStringLiteral("fi")));
        QVERIFY(responses.recordCompleted(
            twin, a.round, youth(), randomAnswers(youth(), a.w.rng, 0.5), QStringLiteral("fi")));
        const auto sent = a.send(b, file(QStringLiteral("twins.bundle")));
        QVERIFY(sent);
        const auto got = b.receive(sent->path);
        QVERIFY2(got, qPrintable(got.error() + got.refusal.detail));
        QCOMPARE(got->conflicts, 1);
        QCOMPARE(got->added.value(QStringLiteral("response")), 1);
        const auto listed = bundleConflicts(b.db(), b.nurse);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QVERIFY(listed->first().localResponseId > 0);
        QCOMPARE(GroupSummary::differences(b.db()), QStringList{});
    }

    void onlyANurseOfTheSchoolSendsAndReceivesIdentifiedData()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(3));
        QVERIFY(b.open(3));
        pair(a, b);
        a.answer(0, 3);
        const SignedInUser coordinator = a.w.user(Role::Coordinator);
        const auto byCoordinator =
            a.send(b, file(QStringLiteral("x.bundle")), BundleKind::Identified, &coordinator);
        QVERIFY(!byCoordinator);
        QVERIFY(byCoordinator.refusedAccess());
        QVERIFY(!QFile::exists(file(QStringLiteral("x.bundle"))));
        // A nurse of another school on B may not receive it.
        const auto sent = a.send(b, file(QStringLiteral("y.bundle")));
        QVERIFY(sent);
        QVERIFY(b.w.addClass(QStringLiteral("Rantakoulu"), QStringLiteral("9A"), 2));
        const SignedInUser other =
            b.w.user(Role::Nurse, {b.w.schoolId(QStringLiteral("Rantakoulu"))});
        const QByteArray before = b.dump();
        const auto got = b.receive(sent->path, &other);
        QVERIFY(!got);
        QVERIFY(got.refusedAccess());
        QCOMPARE(b.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestBundles)
#include "tst_bundles.moc"
