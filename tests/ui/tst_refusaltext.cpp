// A refusal of db/ as the window shows it: in the window's language, through
// RefusalText, not in db/'s English. Provoked through the real widgets.
#include "WorkspaceFixture.h"
#include "common/UiLanguage.h"
#include "workspace/CasePanel.h"
#include "workspace/ProfilePage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

using namespace signaali;
using namespace signaali::ui;

namespace {
// The language of the window for one test; English (the source) again after it.
struct Language
{
    explicit Language(const QString& id) { UiLanguage::set(id); }
    ~Language() { UiLanguage::set(QStringLiteral("en")); }
};
} // namespace

class TestRefusalText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aTooLongNoteIsRefusedInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fi") << QStringLiteral("fi")
                            << QStringLiteral("Muistiinpano: enintään 4000 merkkiä.");
        QTest::newRow("sv") << QStringLiteral("sv")
                            << QStringLiteral("Anteckning: högst 4000 tecken.");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("note: at most 4000 characters");
    }

    void aTooLongNoteIsRefusedInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        const Language speaking(language);
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[1]);
        QVERIFY(profile);
        CasePanel* panel = profile->casePanel();
        auto* kind = child<QComboBox>(panel, "actionKind");
        kind->setCurrentIndex(kind->findData(static_cast<int>(db::CaseActionKind::FollowUpBooked)));
        child<QDateEdit>(panel, "followUpOn")->setDate(w.clock.nowUtc().date().addDays(3));
        // Typing 4001 characters key by key would take long; the text is the same.
        child<QLineEdit>(panel, "actionNote")->setText(QString(4001, QLatin1Char('x')));
        QTest::mouseClick(child<QPushButton>(panel, "recordAction"), Qt::LeftButton);

        QCOMPARE(child<QLabel>(panel, "caseProblem")->text(), expected);
        QVERIFY(panel->actions().isEmpty());
    }
};

QTEST_MAIN(TestRefusalText)
#include "tst_refusaltext.moc"
