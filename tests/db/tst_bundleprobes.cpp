// What a bundle can find out about pupils out of the receiving nurse's reach:
// a refused bundle still leaves its trace in the pupil's own log, as a class
// list does (tst_existenceoracles).
#include "BundleLaptops.h"
#include "db/access/AuditLog.h"

class TestBundleProbes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    QString file(const QString& name) { return m_files.filePath(name); }

private slots:
    void namingAPupilOfAnotherSchoolIsRefusedAndLoggedUnderThatPupil()
    {
        Laptop a(QStringLiteral("laptop-a")), b(QStringLiteral("laptop-b"));
        QVERIFY(a.open(3));
        QVERIFY(b.open(3));
        pair(a, b);
        // On B the identity code belongs to a pupil of a school out of the
        // receiving nurse's reach.
        QVERIFY(b.w.addClass(QStringLiteral("Muukoulu"), QStringLiteral("9A"), 1));
        const qint64 elsewhere = b.w.classes.value(QStringLiteral("Muukoulu/9A")).first();
        QSqlQuery set(b.db());
        QVERIFY(execBound(set, QStringLiteral("UPDATE pupil SET identity_code = ? WHERE id = ?"),
                          {QStringLiteral("120512A123B"), elsewhere}));
        QSqlQuery setA(a.db());
        QVERIFY(execBound(setA, QStringLiteral("UPDATE pupil SET identity_code = ? WHERE id = ?"),
                          {QStringLiteral("120512A123B"), a.pupils().first()}));
        const auto sent = a.send(b, file(QStringLiteral("probe.bundle")));
        QVERIFY2(sent, qPrintable(sent.error()));
        const qint64 pupilsBefore = b.count(QStringLiteral("SELECT count(*) FROM pupil"));
        const auto got = b.receive(sent->path);
        QVERIFY(!got);
        QCOMPARE(got.refusal.code, Refusal::Code::BundleRecordInvalid);
        QVERIFY(got.refusal.args.join(u' ').contains(QStringLiteral("another school")));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM pupil")), pupilsBefore);
        const QString uuid =
            scalar(b.db(), QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {elsewhere})
                ->toString();
        QCOMPARE(scalar(b.db(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND "
                                       "pupil_uuid = ? AND user_id = ?"),
                        {signaali::db::audit::BundleNamedElsewhere, uuid, b.nurse.id})
                     ->toInt(),
                 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM bundle_log WHERE direction = "
                                        "'received'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestBundleProbes)
#include "tst_bundleprobes.moc"
