// Refusal codes and their text: every code has its own stable id and a
// sentence; English is db/'s wording; the Finnish and Swedish catalogues
// translate the sentence and the field named in it, every one of them.
#include "core/Refusal.h"
#include "core/RefusalText.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace signaali;

namespace {
// Installs the compiled-in catalogue of one language for a test.
struct Catalogue
{
    explicit Catalogue(const QString& language)
    {
        if (translator.load(QStringLiteral(":/i18n/signaali_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&translator);
    }
    ~Catalogue() { QCoreApplication::removeTranslator(&translator); }
    QTranslator translator;
};

const Refusal tooLongNote =
    Refusal::of(Refusal::Code::TooLong, {QStringLiteral("note"), QString::number(4000)});
} // namespace

class TestRefusalCodes : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasItsOwnIdAndASentence()
    {
        QSet<QString> ids;
        for (int c = 0; c <= static_cast<int>(kLastRefusalCode); ++c) {
            const auto code = static_cast<RefusalCode>(c);
            const QString id = refusalCodeId(code);
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            const Refusal refusal = Refusal::of(code, {QStringLiteral("x"), QStringLiteral("2")});
            QCOMPARE(refusal.kind, refusalKindOf(code));
            QVERIFY2(!RefusalText::message(refusal).isEmpty(), qPrintable(id));
        }
        QCOMPARE(refusalCodeId(RefusalCode::TooLong), QStringLiteral("bad_input.too_long"));
    }

    void englishIsDbsWording()
    {
        QCOMPARE(RefusalText::message(tooLongNote),
                 QStringLiteral("note: at most 4000 characters"));
        QCOMPARE(RefusalText::message(
                     Refusal::of(Refusal::Code::RoleMayNot,
                                 {QStringLiteral("a nurse"), QStringLiteral("manage users")})),
                 QStringLiteral("not allowed: a nurse may not manage users"));
        QCOMPARE(RefusalText::message(Refusal::of(Refusal::Code::NoSuchId,
                                                  {QStringLiteral("action"), QStringLiteral("7")})),
                 QStringLiteral("action: no action with id 7"));
    }

    void theDatabasesWordsAreNotTheMessage()
    {
        const Refusal failed = Refusal::databaseFailed(QStringLiteral("disk I/O error"));
        QCOMPARE(failed.kind, Refusal::Kind::Failed);
        QCOMPARE(failed.detail, QStringLiteral("disk I/O error"));
        QVERIFY(!RefusalText::message(failed).contains(QStringLiteral("disk")));
    }

    void finnishAndSwedishTranslateSentenceAndField()
    {
        {
            const Catalogue finnish(QStringLiteral("fi"));
            QCOMPARE(RefusalText::message(tooLongNote),
                     QStringLiteral("Muistiinpano: enintään 4000 merkkiä."));
            QCOMPARE(RefusalText::message(
                         Refusal::of(Refusal::Code::RoleMayNot,
                                     {QStringLiteral("a nurse"), QStringLiteral("manage users")})),
                     QStringLiteral("Ei sallittu: terveydenhoitaja ei saa hallita käyttäjiä."));
        }
        const Catalogue swedish(QStringLiteral("sv"));
        QCOMPARE(RefusalText::message(tooLongNote),
                 QStringLiteral("Anteckning: högst 4000 tecken."));
    }

    // Every sentence has its Finnish and Swedish translation: none falls back
    // to English in the Finnish or Swedish window.
    void everyCodeIsTranslated()
    {
        QList<Refusal> refusals;
        QStringList english;
        for (int c = 0; c <= static_cast<int>(kLastRefusalCode); ++c) {
            refusals << Refusal::of(static_cast<RefusalCode>(c),
                                    {QStringLiteral("x"), QStringLiteral("2")});
            english << RefusalText::message(refusals.last());
        }
        for (const QString& language : {QStringLiteral("fi"), QStringLiteral("sv")}) {
            const Catalogue catalogue(language);
            for (int c = 0; c < refusals.size(); ++c)
                QVERIFY2(RefusalText::message(refusals[c]) != english[c],
                         qPrintable(language + QLatin1Char(' ') + refusalCodeId(refusals[c].code) +
                                    QLatin1String(": ") + english[c]));
        }
    }
};

QTEST_MAIN(TestRefusalCodes)
#include "tst_refusalcodes.moc"
