// The nurse's pages through their real widgets: a critical answer's domain in
// the profile and the summary, the class overview at once, correcting a
// follow-up, the pupil search, the answered list, printing, and the language.
#include "WorkspaceFixture.h"
#include "workspace/AnsweredList.h"
#include "workspace/CasePanel.h"
#include "workspace/ClassOverviewPage.h"
#include "workspace/LevelStyle.h"
#include "workspace/ProfilePage.h"
#include "workspace/PupilSearchBox.h"
#include "workspace/StartPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>

using namespace signaali;
using namespace signaali::ui;

namespace {

// The text of a PDF, laid out as on the page (poppler's pdftotext).
QString pdfText(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text.waitForFinished(20000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

// Answers the next modal question box with `button` once it is open.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

// Books a follow-up in the open profile's Follow-up tab, through its form.
void bookFollowUp(CasePanel* panel, const QDate& on, const QString& note)
{
    auto* kind = child<QComboBox>(panel, "actionKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(db::CaseActionKind::FollowUpBooked)));
    child<QDateEdit>(panel, "followUpOn")->setDate(on);
    WorkspaceFixture::typeText(child<QLineEdit>(panel, "actionNote"), note);
    QTest::mouseClick(child<QPushButton>(panel, "recordAction"), Qt::LeftButton);
}

int countOf(WorkspaceFixture& w, const char* sql)
{
    QSqlQuery query(w.t.db->connection());
    return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toInt() : -1;
}

// The domain of the instrument that holds `itemId`.
const Domain* domainOfItem(const QString& itemId)
{
    for (const Domain& domain : TestDb::instrument("signaali-youth").domains)
        if (domain.items.contains(itemId))
            return &domain;
    return nullptr;
}

// A critical answer in a domain whose score alone is below concern.
bool criticalInCalmDomain(const ScoreResult& result)
{
    for (const Flag& flag : result.flags) {
        if (!flag.critical)
            continue;
        const Domain* domain = domainOfItem(flag.code.section(QLatin1Char('.'), 1));
        const DomainResult* scored = domain ? result.domain(domain->id) : nullptr;
        if (scored && scored->level && *scored->level != Level::Concern)
            return true;
    }
    return false;
}
} // namespace

class TestNursePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void domainWithACriticalAnswerShowsAsConcern()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.record(3, w.t.roundId, criticalInCalmDomain, 0.3));
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[3]);
        QVERIFY(profile->isLoaded());
        const db::ProfileInstrument& result = profile->profile().instruments.first();
        const db::FlagView& critical = result.flags.first(); // the critical reason first
        QVERIFY(critical.critical);
        const Domain* domain = domainOfItem(critical.code.section(QLatin1Char('.'), 1));
        QVERIFY(domain);
        QTableWidget* table = profile->domainTable();
        int row = -1;
        for (int r = 0; r < result.domains.size(); ++r)
            if (result.domains[r].domainId == domain->id)
                row = r;
        const QString title = result.domains.value(row).title;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->background().color(),
                 LevelStyle::background(QStringLiteral("concern")));
        QVERIFY(
            table->item(row, 2)->text().startsWith(LevelStyle::name(QStringLiteral("concern"))));
        const QStringList reasons =
            child<QLabel>(profile, "reasons")->text().split(QLatin1Char('\n'));
        QVERIFY(reasons.size() >= 2);
        QCOMPARE(reasons[1], QStringLiteral("• ") + critical.reason);

        // The summary says the same.
        const QString path = w.t.dir.filePath(QStringLiteral("summary.pdf"));
        QString error;
        QVERIFY2(profile->writeSummaryPdf(path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
        QString line;
        for (const QString& l : text.split(QLatin1Char('\n')))
            if (l.trimmed().startsWith(title))
                line = l;
        QVERIFY2(line.contains(LevelStyle::name(QStringLiteral("concern"))), qPrintable(text));
        QVERIFY(!line.contains(LevelStyle::name(QStringLiteral("watch"))));
        // The first reason under "Why flagged" is the critical one.
        const QString start = critical.reason.left(20);
        const qsizetype first = text.indexOf(start);
        QVERIFY(first > 0);
        for (const db::FlagView& flag : result.flags)
            if (!flag.critical && flag.level != QLatin1String("ok"))
                QVERIFY(text.indexOf(flag.reason.left(20)) > first);
    }

    void classOverviewShowsTheOnlyClassAtOnce()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* page = w.window->page<ClassOverviewPage>();
        QCOMPARE(page->classBox()->count(), 1);
        // Not read (nor logged as viewed) before she looks.
        QCOMPARE(countOf(w, "SELECT count(*) FROM audit_log WHERE action = "
                            "'view.class_overview'"),
                 0);
        w.window->tabs()->setCurrentWidget(page);
        // Nothing chosen: the one class of the newest round is on screen.
        QCOMPARE(page->table()->rowCount(), 4);
        QCOMPARE(page->visibleRows(), 4);
        QVERIFY(!child<QLabel>(page, "summary")->text().isEmpty());
        QCOMPARE(countOf(w, "SELECT count(*) FROM audit_log WHERE action = "
                            "'view.class_overview'"),
                 4);
    }

    void followUpsCanBeCorrectedAndRemovedThatDay()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* start = w.window->page<StartPage>();
        QCOMPARE(start->followUpTable()->rowCount(), 0);
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[1]);
        CasePanel* panel = profile->casePanel();
        const QDate today = w.clock.nowUtc().date();
        bookFollowUp(panel, today.addDays(3), QStringLiteral("Vaara paiva"));
        QCOMPARE(panel->actions().size(), 1);

        // The start page shows it without a refresh by hand.
        w.window->tabs()->setCurrentWidget(start);
        QCOMPARE(start->followUpTable()->rowCount(), 1);
        QVERIFY(start->followUpTable()->item(0, 4)->text().contains(QStringLiteral("Vaara")));

        // Correct: the form takes the action, saving replaces it.
        w.window->tabs()->setCurrentWidget(profile);
        panel->actionTable()->selectRow(0);
        auto* correct = child<QPushButton>(panel, "correctAction");
        QVERIFY(correct->isEnabled());
        QTest::mouseClick(correct, Qt::LeftButton);
        QVERIFY(panel->isCorrecting());
        auto* note = child<QLineEdit>(panel, "actionNote");
        QCOMPARE(note->text(), QStringLiteral("Vaara paiva"));
        note->clear();
        WorkspaceFixture::typeText(note, QStringLiteral("Oikea paiva"));
        child<QDateEdit>(panel, "followUpOn")->setDate(today.addDays(5));
        QTest::mouseClick(child<QPushButton>(panel, "recordAction"), Qt::LeftButton);
        QVERIFY(!panel->isCorrecting());
        QCOMPARE(panel->actions().size(), 1);
        QCOMPARE(panel->actions().first().note, QStringLiteral("Oikea paiva"));
        QCOMPARE(panel->actions().first().followUpOn, today.addDays(5));
        QCOMPARE(countOf(w, "SELECT count(*) FROM case_action_revision"), 1);
        w.window->tabs()->setCurrentWidget(start);
        QCOMPARE(start->followUpTable()->rowCount(), 1);
        QVERIFY(start->followUpTable()->item(0, 4)->text().contains(QStringLiteral("Oikea")));

        // Remove, after a question; cancelling keeps it.
        w.window->tabs()->setCurrentWidget(profile);
        panel->actionTable()->selectRow(0);
        answerNextQuestion(QMessageBox::Cancel);
        QVERIFY(!panel->removeSelected());
        QCOMPARE(panel->actions().size(), 1);
        panel->actionTable()->selectRow(0);
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(panel, "removeAction"), Qt::LeftButton);
        QCOMPARE(panel->actions().size(), 0);
        QCOMPARE(countOf(w, "SELECT count(*) FROM case_action_revision WHERE change = 'removed'"),
                 1);
        w.window->tabs()->setCurrentWidget(start);
        QCOMPARE(start->followUpTable()->rowCount(), 0);

        // The next day the buttons are off and the database says why if asked.
        bookFollowUp(panel, today.addDays(3), QStringLiteral("Huominen"));
        w.clock.advanceMs(24 * 3600 * 1000);
        panel->refresh();
        panel->actionTable()->selectRow(0);
        QVERIFY(!child<QPushButton>(panel, "correctAction")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "removeAction")->isEnabled());
        QVERIFY(!panel->startCorrection());
        QVERIFY(!panel->problem().isEmpty());
    }

    void criticalNoticeRecordsAFollowUpDirectly()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* start = w.window->page<StartPage>();
        QCOMPARE(start->attentionItems().first().kind, db::AttentionKind::Critical);
        auto* button = qobject_cast<QPushButton*>(start->attentionTable()->cellWidget(0, 8));
        QVERIFY(button);
        QCOMPARE(button->objectName(), QStringLiteral("recordFollowUp"));
        QVERIFY(start->attentionTable()->cellWidget(1, 8) == nullptr ||
                start->attentionItems()[1].kind == db::AttentionKind::Critical);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* profile = qobject_cast<ProfilePage*>(w.window->tabs()->currentWidget());
        QVERIFY(profile);
        QCOMPARE(profile->pupilId(), start->attentionItems().first().pupilId);
        QCOMPARE(profile->sections()->currentWidget(), profile->casePanel());
        CasePanel* panel = profile->casePanel();
        auto* kind = child<QComboBox>(panel, "actionKind");
        kind->setCurrentIndex(
            kind->findData(static_cast<int>(db::CaseActionKind::TalkedWithPupil)));
        QTest::mouseClick(child<QPushButton>(panel, "recordAction"), Qt::LeftButton);
        QCOMPARE(panel->actions().size(), 1);
        // The action is about the critical result it was recorded from.
        QCOMPARE(panel->actions().first().responseId, start->attentionItems().first().responseId);
    }

    void searchFindsAPupilByName()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        PupilSearchBox* search = w.window->page<StartPage>()->searchBox();
        QVERIFY(search->isVisible());
        WorkspaceFixture::typeText(search->field(), QStringLiteral("testi"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        QCOMPARE(search->matches()->rowCount(), 4);
        QCOMPARE(w.window->tabs()->currentIndex(), 0); // several: she chooses
        const int logged = countOf(w, "SELECT count(*) FROM audit_log WHERE action = "
                                      "'view.pupil_list'");
        QCOMPARE(logged, 4); // each pupil shown, and not what was searched
        QCOMPARE(countOf(w, "SELECT count(*) FROM audit_log WHERE detail LIKE '%testi%'"), 0);

        // One match opens the profile at once.
        search->field()->clear();
        WorkspaceFixture::typeText(search->field(), QStringLiteral("oppilas2 TEST"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        auto* profile = qobject_cast<ProfilePage*>(w.window->tabs()->currentWidget());
        QVERIFY(profile);
        QCOMPARE(profile->pupilId(), w.t.pupilIds[2]);

        // Too short or nobody: a message, no matches.
        w.window->tabs()->setCurrentIndex(0);
        search->field()->clear();
        WorkspaceFixture::typeText(search->field(), QStringLiteral("x"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        QCOMPARE(search->matches()->rowCount(), 0);
        QVERIFY(!child<QLabel>(search, "searchMessage")->text().isEmpty());
        search->field()->clear();
        WorkspaceFixture::typeText(search->field(), QStringLiteral("Virtanen"));
        QCOMPARE(search->search(), 0);
        QVERIFY(!search->matches()->isVisible());
    }

    void answeredListAndSummaryPrint()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* page = w.window->page<ClassOverviewPage>();
        page->roundBox()->setCurrentIndex(page->roundBox()->findText(QStringLiteral("syksy 2026")));
        QVERIFY(page->load());
        QVERIFY(child<QPushButton>(page, "answeredPdf"));
        QVERIFY(child<QPushButton>(page, "answeredPrint"));
        const QString path = w.t.dir.filePath(QStringLiteral("answered.pdf"));
        QString error;
        QVERIFY2(page->writeAnsweredPdf(path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
        for (int i = 0; i < 4; ++i)
            QVERIFY(text.contains(QStringLiteral("Oppilas%1").arg(i)));
        QVERIFY(text.contains(screeningStatusName(db::ScreeningStatus::NotStarted)));
        QVERIFY(text.contains(screeningStatusName(db::ScreeningStatus::Completed)));
        QVERIFY(!text.contains(LevelStyle::name(QStringLiteral("concern")))); // no results
        QCOMPARE(countOf(w, "SELECT count(*) FROM audit_log WHERE action = "
                            "'export.answered_list'"),
                 4);

        // Printing goes through the same document; a PDF printer stands in for paper.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = w.t.dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY2(page->printAnswered(&printer, &error), qPrintable(error));
        QVERIFY(pdfText(printed).contains(QStringLiteral("Oppilas3")));

        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[0]);
        QVERIFY(child<QPushButton>(profile, "summaryPrint"));
        QPrinter paper(QPrinter::HighResolution);
        paper.setOutputFormat(QPrinter::PdfFormat);
        const QString summary = w.t.dir.filePath(QStringLiteral("summary-printed.pdf"));
        paper.setOutputFileName(summary);
        QVERIFY2(profile->printSummary(&paper, &error), qPrintable(error));
        QVERIFY(pdfText(summary).contains(QStringLiteral("Oppilas0")));
        QCOMPARE(countOf(w, "SELECT count(*) FROM audit_log WHERE action = 'export.summary'"), 1);
    }

    // Last: it changes the language of the process (back to Finnish at the end).
    void switchingLanguageKeepsTheProfileAndDatesFollowIt()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        w.window->openProfile(w.t.pupilIds[1]);
        ProfilePage* profile = w.window->openProfile(w.t.pupilIds[0]);
        profile->showFollowUp();
        const int tab = w.window->tabs()->currentIndex();
        const int section = profile->sections()->currentIndex();

        w.window->setLanguage(QStringLiteral("sv"));
        QCOMPARE(w.window->tabs()->currentIndex(), tab);
        profile = qobject_cast<ProfilePage*>(w.window->tabs()->currentWidget());
        QVERIFY(profile);
        QCOMPARE(profile->pupilId(), w.t.pupilIds[0]);
        QCOMPARE(profile->sections()->currentIndex(), section);
        QCOMPARE(w.window->tabs()->count(), tab + 1); // both profiles open again

        // In English every date is written the one English way.
        w.window->setLanguage(QStringLiteral("en"));
        profile = qobject_cast<ProfilePage*>(w.window->tabs()->currentWidget());
        QVERIFY(profile);
        const QDate on = w.clock.nowUtc().date().addDays(9);
        bookFollowUp(profile->casePanel(), on, QStringLiteral("Uni"));
        QTableWidget* actions = profile->casePanel()->actionTable();
        const QLocale english;
        QCOMPARE(english.language(), QLocale::English);
        QCOMPARE(actions->item(0, 2)->text(), english.toString(on, QLocale::ShortFormat));
        const QDate recorded = w.clock.nowUtc().toLocalTime().date();
        QVERIFY2(actions->item(0, 0)->text().startsWith(
                     english.toString(recorded, QLocale::ShortFormat) + QLatin1Char(' ')),
                 qPrintable(actions->item(0, 0)->text()));
        auto* start = w.window->page<StartPage>();
        w.window->tabs()->setCurrentWidget(start);
        QVERIFY(start->attentionTable()->rowCount() > 0);
        const QString listed = start->attentionTable()->item(0, 5)->text();
        QVERIFY2(listed.startsWith(english.toString(QDate(2026, 10, 1), QLocale::ShortFormat)),
                 qPrintable(listed));
        w.window->setLanguage(QStringLiteral("fi"));
    }
};

QTEST_MAIN(TestNursePages)
#include "tst_nursepages.moc"
