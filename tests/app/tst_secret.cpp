// PIN and password hashing with Argon2id.
#include "core/Secret.h"

#include <QTest>

using namespace signaali;

class TestSecret : public QObject
{
    Q_OBJECT

private slots:
    void hashesVerifyOnlyTheirSecret()
    {
        const auto hash = Secret::hash(QStringLiteral("4711"));
        QVERIFY(hash);
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash->contains(QStringLiteral("4711")));
        QVERIFY(Secret::verify(QStringLiteral("4711"), *hash));
        QVERIFY(!Secret::verify(QStringLiteral("4712"), *hash));
        QVERIFY(!Secret::verify(QString(), *hash));
        QVERIFY(!Secret::verify(QStringLiteral("4711"), QString()));
        QVERIFY(!Secret::verify(QStringLiteral("4711"), QStringLiteral("$argon2id$garbage")));
        // Salted: the same secret never hashes the same way twice.
        QVERIFY(*Secret::hash(QStringLiteral("4711")) != *hash);
        const auto unicode = Secret::hash(QStringLiteral("sälli-ÅÄÖ"));
        QVERIFY(Secret::verify(QStringLiteral("sälli-ÅÄÖ"), *unicode));
        QVERIFY(!Secret::verify(QStringLiteral("salli-AAO"), *unicode));
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
