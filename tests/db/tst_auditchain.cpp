// The audit log as a hash chain: whoever edits the file (triggers dropped
// first) is found out by `check` and `audit verify`, which name the first row
// that does not hold; ids are never given twice; failed sign-ins are logged.
#include "WorkspaceDb.h"
#include "core/ChainHash.h"
#include "db/access/AuditLog.h"
#include "db/storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace signaali;
using namespace signaali::db;

namespace {
// Edits the file as someone with a shell and sqlite3 would, behind Signaali's back.
void tamper(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        for (const QString& statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

AuditChainCheck verified(WorkspaceDb& w)
{
    const auto check = AuditLog::verifyFile(w.db->connection());
    return check ? *check : AuditChainCheck{};
}
} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void anUntouchedLogHolds()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        const auto check = AuditLog(w.db->connection(), w.clock).verify(w.admin);
        QVERIFY(check);
        QVERIFY(check->ok());
        QVERIFY(check->rows >= 6); // set-up and the sign-ins of the fixture
        QCOMPARE(check->head.size(), 64);
        QVERIFY(AuditLog(w.db->connection(), w.clock).verify(w.nurse).refusedAccess());
        QVERIFY(!Database::inspect(w.path(), true));
    }

    void aChangedRowIsNamed()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        w.db.reset();
        tamper(w.path(), {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                          QStringLiteral("UPDATE audit_log SET detail = 'nothing' WHERE id = 3")});
        const auto problem = Database::inspect(w.path(), true);
        QVERIFY(problem);
        QCOMPARE(problem->kind, OpenError::Kind::AuditBroken);
        QCOMPARE(problem->refusal().code, Refusal::Code::AuditChainBroken);
        QCOMPARE(problem->args, (QStringList{QStringLiteral("3"), QStringLiteral("changed")}));
        QVERIFY(problem->refusal().kind == Refusal::Kind::BadInput);
    }

    void aRemovedRowIsNamed()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        w.db.reset();
        tamper(w.path(), {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                          QStringLiteral("DELETE FROM audit_log WHERE id = 4")});
        const auto problem = Database::inspect(w.path(), true);
        QVERIFY(problem);
        QCOMPARE(problem->args, (QStringList{QStringLiteral("5"), QStringLiteral("removed")}));
    }

    void rowsCutOffTheEndAreFound()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        const qint64 last =
            scalar(w.db->connection(), QStringLiteral("SELECT max(id) FROM audit_log"))
                ->toLongLong();
        w.db.reset();
        tamper(w.path(), {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                          QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(last)});
        const auto problem = Database::inspect(w.path(), true);
        QVERIFY(problem);
        QCOMPARE(problem->args, (QStringList{QString::number(last), QStringLiteral("removed")}));
    }

    void aForgedRowIsFound()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        w.db.reset();
        // A back-dated row made to look like the others, without its hash.
        tamper(w.path(),
               {QStringLiteral("INSERT INTO audit_log (at, user_id, username, role, action, "
                               "detail, prev_hash, hash) SELECT '2026-01-01T00:00:00.000Z', 2, "
                               "'hoitaja', 'nurse', 'sign_in', '', hash, hash FROM audit_log "
                               "ORDER BY id DESC LIMIT 1")});
        const auto problem = Database::inspect(w.path(), true);
        QVERIFY(problem);
        QCOMPARE(problem->kind, OpenError::Kind::AuditBroken);
        QCOMPARE(problem->args.value(1), QStringLiteral("changed"));
    }

    // Recomputing every hash after an edit makes the chain hold in itself; the
    // heads kept outside the file at each sign-in still tell.
    void aRebuiltChainIsFoundByTheHeadsOfEarlierSignIns()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        QVERIFY(UserStore(w.db->connection(), w.clock)
                    .signIn(QStringLiteral("hoitaja"), WorkspaceDb::kPassword)
                    .user);
        QSqlQuery rows(w.db->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT id, at, user_id, username, role, action, "
                                         "coalesce(pupil_uuid, ''), detail FROM audit_log "
                                         "ORDER BY id")));
        QStringList rebuild{QStringLiteral("DROP TRIGGER audit_log_no_update")};
        QByteArray previous;
        while (rows.next()) {
            QStringList fields;
            for (int c = 0; c < 8; ++c)
                fields << rows.value(c).toString();
            if (rows.value(0).toInt() == 2)
                fields[7] = QStringLiteral("edited");
            const QByteArray hash = ChainHash::link(previous, fields);
            rebuild << QStringLiteral("UPDATE audit_log SET detail = '%1', prev_hash = '%2', "
                                      "hash = '%3' WHERE id = %4")
                           .arg(fields[7], QString::fromLatin1(previous), QString::fromLatin1(hash),
                                fields[0]);
            previous = hash;
        }
        w.db.reset();
        tamper(w.path(), rebuild);
        const auto problem = Database::inspect(w.path(), true);
        QVERIFY(problem);
        QCOMPARE(problem->kind, OpenError::Kind::AuditBroken);
        QCOMPARE(problem->args.value(1), QStringLiteral("changed"));
    }

    void idsAreNeverGivenTwice()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        QCOMPARE(scalar(w.db->connection(),
                        QStringLiteral("SELECT sql LIKE '%AUTOINCREMENT%' FROM sqlite_schema "
                                       "WHERE name = 'audit_log'"))
                     ->toInt(),
                 1);
    }

    void failedSignInsAreLoggedWithoutThePassword()
    {
        WorkspaceDb w;
        QVERIFY(w.build(3));
        UserStore users(w.db->connection(), w.clock);
        QVERIFY(
            !users.signIn(QStringLiteral("Hoitaja"), QStringLiteral("wrong-password-123")).user);
        QVERIFY(!users.signIn(QStringLiteral("nobody"), QStringLiteral("secret-guess-456")).user);
        QSqlQuery query(w.db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT username, detail FROM audit_log WHERE action = "
                                          "'sign_in_failed' ORDER BY id")));
        QStringList seen;
        while (query.next())
            seen << query.value(0).toString() + QLatin1Char('/') + query.value(1).toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("Hoitaja/refused"),
                                    QStringLiteral("nobody/refused")}));
        QCOMPARE(scalar(w.db->connection(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                       "'%guess%' OR detail LIKE '%wrong-password%'"))
                     ->toInt(),
                 0);
        QVERIFY(verified(w).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
