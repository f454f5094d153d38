// Flag codes as stored: each kind parsed and written back, and strings that are
// not flag codes refused rather than guessed at.
#include "core/FlagCode.h"

#include <QTest>

using namespace signaali;

Q_DECLARE_METATYPE(FlagCode::Kind)

class TestFlagCode : public QObject
{
    Q_OBJECT

private slots:
    void parsesEachKind_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<FlagCode::Kind>("kind");
        QTest::addColumn<QString>("subject");
        QTest::newRow("threshold") << "threshold.mood" << FlagCode::Kind::Threshold << "mood";
        QTest::newRow("change") << "change.sleep" << FlagCode::Kind::Change << "sleep";
        QTest::newRow("critical") << "critical.q12" << FlagCode::Kind::Critical << "q12";
        QTest::newRow("accumulation")
            << "accumulation" << FlagCode::Kind::Accumulation << QString();
        // Only the first dot separates: the rest belongs to the subject.
        QTest::newRow("dotted subject")
            << "change.mood.total" << FlagCode::Kind::Change << "mood.total";
    }
    void parsesEachKind()
    {
        QFETCH(QString, code);
        QFETCH(FlagCode::Kind, kind);
        QFETCH(QString, subject);
        const auto parsed = FlagCode::parse(code);
        QVERIFY(parsed);
        QCOMPARE(parsed->kind(), kind);
        QCOMPARE(parsed->subject(), subject);
        QCOMPARE(parsed->toString(), code);
        QCOMPARE(FlagCode::storedKind(code), FlagCode::kindId(kind));
    }

    void refusesMalformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown kind") << "warning.mood";
        QTest::newRow("no subject") << "change";
        QTest::newRow("empty subject") << "critical.";
        QTest::newRow("only a dot") << ".";
        QTest::newRow("subject without kind") << ".mood";
        QTest::newRow("accumulation with subject") << "accumulation.mood";
        QTest::newRow("case matters") << "Change.mood";
        QTest::newRow("leading space") << " change.mood";
        // The audit log's action ids look alike but are no flag codes.
        QTest::newRow("audit action") << "view.flag_outcomes";
    }
    void refusesMalformedCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!FlagCode::parse(code));
        QCOMPARE(FlagCode::storedKind(code), QString());
    }

    void buildsWhatItParses()
    {
        QCOMPARE(FlagCode::threshold(QStringLiteral("mood")).toString(),
                 QStringLiteral("threshold.mood"));
        QCOMPARE(FlagCode::change(QStringLiteral("mood")).toString(),
                 QStringLiteral("change.mood"));
        QCOMPARE(FlagCode::critical(QStringLiteral("q9")).toString(),
                 QStringLiteral("critical.q9"));
        QCOMPARE(FlagCode::accumulation().toString(), QStringLiteral("accumulation"));
        QVERIFY(FlagCode::parse(QStringLiteral("change.mood")) ==
                FlagCode::change(QStringLiteral("mood")));
        QVERIFY(!(FlagCode::threshold(QStringLiteral("mood")) ==
                  FlagCode::change(QStringLiteral("mood"))));
        QVERIFY(FlagCode::change(QStringLiteral("mood")).isDomainFlag());
        QVERIFY(FlagCode::threshold(QStringLiteral("mood")).isDomainFlag());
        QVERIFY(!FlagCode::critical(QStringLiteral("q9")).isDomainFlag());
        QVERIFY(!FlagCode::accumulation().isDomainFlag());
    }

    void kindIdsRoundTrip()
    {
        for (FlagCode::Kind kind : {FlagCode::Kind::Threshold, FlagCode::Kind::Change,
                                    FlagCode::Kind::Critical, FlagCode::Kind::Accumulation})
            QVERIFY(FlagCode::kindFromId(FlagCode::kindId(kind)) == kind);
        QVERIFY(!FlagCode::kindFromId(QStringLiteral("concern")));
    }
};

QTEST_GUILESS_MAIN(TestFlagCode)
#include "tst_flagcode.moc"
