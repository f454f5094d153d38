// The screening kiosk through its real widgets: check-in (nothing preselected,
// "Not you?"), a whole questionnaire by keyboard and by mouse, display
// conditions, number items, lead-ins, resume, critical answers, idle timeout
// (also after another pupil finished), languages and leaving with the PIN.
#include "KioskFixture.h"
#include "db/store/ResponseStore.h"
#include "kiosk/LiveViewDialog.h"

#include <QAbstractButton>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSet>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace signaali;
using namespace signaali::ui;

namespace {
// A lead-in page before sensitive items has no title.
bool onLeadIn(KioskFixture& k)
{
    return k.onPage("messagePage") && k.find<QLabel>("messageTitle")->isHidden();
}

// Clicks past the calm message a critical answer brings up, and past a lead-in.
void continuePastCriticalMessage(KioskFixture& k)
{
    if (onLeadIn(k) || (k.onPage("messagePage") && k.find<QLabel>("messageTitle")->text() ==
                                                       QStringLiteral("Kiitos, että kerroit")))
        QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
}

} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void checkInNeedsTheRightBirthday()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.onPage("checkInPage"));
        QCOMPARE(k.find<QListWidget>("pupilList")->count(), 3);
        k.checkIn(0, 2, 1);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.find<QLabel>("problem")->text().isEmpty());
        QVERIFY(!k.flow->isActive());
        k.checkIn(0, 1, 1);
        QVERIFY(k.onPage("messagePage")); // the instructions first
        QVERIFY(k.find<QLabel>("messageBody")
                    ->text()
                    .contains(QStringLiteral("vastaa"), Qt::CaseInsensitive));
        QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
        QVERIFY(k.onPage("questionPage"));
        QCOMPARE(k.find<QLabel>("question")->text(),
                 TestDb::instrument("signaali-youth").items[0].text.text(QStringLiteral("fi")));
    }

    void checkInWithAPrintedCode()
    {
        KioskFixture k;
        QVERIFY(k.start());
        const auto codes = k.flow->checkInCodes();
        QCOMPARE(codes.size(), 3);
        QCOMPARE(k.flow->checkInCodes(), codes); // made once, then kept
        QSet<QString> distinct;
        for (const auto& [name, code] : codes) {
            QCOMPARE(code.size(), 6);
            distinct.insert(code);
        }
        QCOMPARE(distinct.size(), 3);

        auto* codeField = k.find<QLineEdit>("code");
        QTest::keyClicks(codeField, QStringLiteral("XXXXXX"));
        QTest::keyClick(codeField, Qt::Key_Return);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.find<QLabel>("problem")->text().isEmpty());
        QVERIFY(!k.flow->isActive());

        // Typed in lower case with a space, as pupils do.
        QString typed = codes[1].second.toLower();
        typed.insert(3, QLatin1Char(' '));
        QTest::keyClicks(codeField, typed);
        QTest::keyClick(codeField, Qt::Key_Return);
        QVERIFY(k.onPage("messagePage"));
        QVERIFY(k.flow->isActive());
        QCOMPARE(k.flow->pupilId(), k.flow->pupils()[1].id);

        // Once the pupil has completed the round, the code no longer starts anything.
        QSqlQuery done(k.t.db->connection());
        QVERIFY(done.exec(QStringLiteral("UPDATE response SET status = 'completed', completed_at "
                                         "= started_at WHERE pupil_id = %1")
                              .arg(k.flow->pupilId())));
        QCOMPARE(k.flow->checkInWithCode(codes[1].second), KioskFlow::CheckIn::AlreadyCompleted);
        QVERIFY(!k.flow->isActive());
    }

    void codeSheetIsAPrintablePdf()
    {
        KioskFixture k;
        QVERIFY(k.start());
        LiveViewDialog live(k.flow.get(), k.window.get());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("codes.pdf"));
        QString error;
        QVERIFY2(live.saveCodeSheet(path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r"), 1);
        QVERIFY(!live.saveCodeSheet(dir.filePath(QStringLiteral("missing/dir/codes.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/dir/codes.pdf")));
    }

    void wholeQuestionnaireByKeyboard()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        const qint64 response = k.responseId();
        int pages = 0;
        while (k.onPage("questionPage") && pages < 100) {
            answerByKeyboard(k.questionPage(), k.session());
            continuePastCriticalMessage(k);
            ++pages;
        }
        QVERIFY(k.onPage("messagePage")); // thank you
        QVERIFY(pages >= 40);
        QCOMPARE(responseStatus(k, response), QStringLiteral("completed"));
        QCOMPARE(db::scalar(k.t.db->connection(),
                            QStringLiteral("SELECT count(*) FROM response_answers, "
                                           "json_each(answers) WHERE response_id = ?"),
                            {response})
                     ->toInt(),
                 pages);
        QVERIFY(db::scalar(k.t.db->connection(),
                           QStringLiteral("SELECT level FROM result WHERE response_id = ?"),
                           {response}));
        // Done pupils cannot start again.
        QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!(k.find<QListWidget>("pupilList")->item(0)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(k.flow->checkIn(k.flow->pupils()[0].id, 1, 1),
                 KioskFlow::CheckIn::AlreadyCompleted);
    }

    void wholeQuestionnaireByMouseWithBackAndSkip()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(1));
        auto* next = k.find<QPushButton>("next");
        auto* back = k.find<QPushButton>("back");
        QVERIFY(!back->isEnabled());
        QVERIFY(!next->isEnabled()); // the first item is required
        int guard = 0;
        while (k.onPage("questionPage") && ++guard < 120) {
            const Item* item = k.session()->current();
            const Scale* scale = k.session()->instrument().scale(item->scaleId);
            if (!item->required && k.session()->position() % 5 == 0) {
                QCOMPARE(next->text(), QStringLiteral("Ohita")); // optional: Skip
            } else if (scale->isNumber()) {
                auto* number = k.find<QDoubleSpinBox>("number");
                QTest::keyClicks(number, QStringLiteral("7"));
                QCOMPARE(number->value(), 7.0);
            } else {
                auto* option = k.find<QPushButton>(
                    qPrintable(QStringLiteral("option_%1").arg(scale->options.last().code)));
                QVERIFY(option);
                QTest::mouseClick(option, Qt::LeftButton);
                QVERIFY(option->isChecked());
            }
            if (k.session()->position() == 3 && guard == 3) { // go back once and come again
                QTest::mouseClick(back, Qt::LeftButton);
                QCOMPARE(k.session()->position(), 2);
                QTest::mouseClick(next, Qt::LeftButton);
                continue;
            }
            QTest::mouseClick(next, Qt::LeftButton);
            if (k.onPage("messagePage") &&
                k.find<QLabel>("messageTitle")->text() != QStringLiteral("Kiitos!"))
                QTest::mouseClick(k.find<QPushButton>("messageButton"),
                                  Qt::LeftButton); // the critical message
        }
        QVERIFY(k.onPage("messagePage"));
        QCOMPARE(k.find<QLabel>("messageTitle")->text(), QStringLiteral("Kiitos!"));
        QCOMPARE(responseStatus(k, k.responseId()), QStringLiteral("completed"));
    }

    void changingAnAnswerHidesLaterItems()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        const Instrument& youth = TestDb::instrument("signaali-youth");
        // The first follow-up in the survey and the item its condition reads.
        QSet<QString> critical;
        for (const CriticalRule& rule : youth.critical)
            critical.insert(rule.item);
        const Item* followUp = nullptr;
        for (const Item& item : youth.items)
            if (item.showIf && item.showIf->kind == Condition::Kind::Compare &&
                !critical.contains(item.showIf->item)) {
                followUp = &item;
                break;
            }
        QVERIFY(followUp);
        const QString parent = followUp->showIf->item;
        while (k.session()->current()->id != parent) {
            answerByKeyboard(k.questionPage(), k.session());
            continuePastCriticalMessage(k);
        }
        // Find the answer that shows the follow-up, and one that hides it.
        const Scale* scale = youth.scale(youth.item(parent)->scaleId);
        int showing = -1, hiding = -1;
        for (const ScaleOption& option : scale->options)
            (followUp->showIf->matches(option.code) ? showing : hiding) = option.code;
        QVERIFY(showing >= 0 && hiding >= 0);
        QTest::mouseClick(k.find<QPushButton>(qPrintable(QStringLiteral("option_%1").arg(showing))),
                          Qt::LeftButton);
        QTest::keyClick(k.questionPage(), Qt::Key_Return);
        QCOMPARE(k.session()->current()->id, followUp->id);
        QTest::keyClick(k.questionPage(), Qt::Key_2);
        QCOMPARE(
            db::ResponseStore(k.t.db->connection()).answers(k.responseId()).contains(followUp->id),
            true);
        QTest::keyClick(k.questionPage(), Qt::Key_Backspace);
        QCOMPARE(k.session()->current()->id, parent);
        QTest::mouseClick(k.find<QPushButton>(qPrintable(QStringLiteral("option_%1").arg(hiding))),
                          Qt::LeftButton);
        QVERIFY(k.session()->lastDiscarded().contains(followUp->id));
        QCOMPARE(
            db::ResponseStore(k.t.db->connection()).answers(k.responseId()).contains(followUp->id),
            false);
        QTest::keyClick(k.questionPage(), Qt::Key_Return);
        QVERIFY(k.session()->current()->id != followUp->id);
    }

    void resumesAfterTheWindowIsDestroyed()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(2));
        for (int i = 0; i < 5; ++i)
            answerByKeyboard(k.questionPage(), k.session());
        const qint64 response = k.responseId();
        const Answers before = k.session()->answers();
        QVERIFY(k.start()); // window and flow destroyed and made anew
        QVERIFY(k.onPage("checkInPage"));
        k.checkIn(2, 3, 1);
        QVERIFY(k.onPage("questionPage")); // no instructions when resuming
        QCOMPARE(k.responseId(), response);
        QCOMPARE(k.session()->answers(), before);
        QCOMPARE(k.session()->position(), 6);
        QCOMPARE(responseStatus(k, response), QStringLiteral("in_progress"));
    }

    void criticalAnswerAlertsTheNurse()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        const Instrument& youth = TestDb::instrument("signaali-youth");
        const CriticalRule& rule = youth.critical.first();
        while (k.session()->current()->id != rule.item) {
            answerByKeyboard(k.questionPage(), k.session());
            continuePastCriticalMessage(k);
        }
        const Scale* scale = youth.scale(youth.item(rule.item)->scaleId);
        int critical = -1;
        for (const ScaleOption& option : scale->options)
            if (rule.when.matches(option.code))
                critical = option.code;
        QTest::mouseClick(
            k.find<QPushButton>(qPrintable(QStringLiteral("option_%1").arg(critical))),
            Qt::LeftButton);
        QVERIFY(k.onPage("messagePage"));
        QCOMPARE(k.find<QLabel>("messageTitle")->text(), QStringLiteral("Kiitos, että kerroit"));
        QVERIFY(k.find<QLabel>("messageBody")->text().contains(QStringLiteral("112")));
        QCOMPARE(k.flow->criticalAlerts().size(), 1);
        QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
        QVERIFY(k.onPage("questionPage"));
        // Back at check-in (here after an idle timeout) the nurse notice is up, without a name on
        // it.
        k.clock.advanceMs(200'000);
        k.window->checkIdle();
        QVERIFY(k.onPage("checkInPage"));
        auto* notice = k.find<QLabel>("nurseNotice");
        QVERIFY(notice->isVisibleTo(k.window.get()));
        QVERIFY(!notice->text().contains(QStringLiteral("Oppilas0")));
        LiveViewDialog live(k.flow.get(), k.window.get());
        QVERIFY(live.alerts()->isVisibleTo(&live));
        QVERIFY(live.alerts()->text().contains(QStringLiteral("Oppilas0 Testinen")));
        QVERIFY(live.table()->item(0, 1)->text().contains(QStringLiteral("KRIITTINEN")));
    }

    void idlePupilIsAskedThenReturnedToCheckIn()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        answerByKeyboard(k.questionPage(), k.session());
        const qint64 response = k.responseId();
        k.clock.advanceMs(60'000);
        k.window->checkIdle();
        QVERIFY(k.onPage("questionPage"));
        k.clock.advanceMs(31'000);
        k.window->checkIdle();
        QVERIFY(k.onPage("messagePage"));
        QCOMPARE(k.find<QLabel>("messageTitle")->text(), QStringLiteral("Oletko vielä siellä?"));
        k.clock.advanceMs(31'000);
        k.window->checkIdle();
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.flow->isActive());
        QCOMPARE(responseStatus(k, response), QStringLiteral("in_progress"));
    }

    void languageCanChangeWithoutLosingAnswers()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        answerByKeyboard(k.questionPage(), k.session());
        answerByKeyboard(k.questionPage(), k.session());
        const Item* item = k.session()->current();
        QTest::mouseClick(k.find<QPushButton>("language_sv"), Qt::LeftButton);
        QCOMPARE(k.find<QLabel>("question")->text(), item->text.text(QStringLiteral("sv")));
        QCOMPARE(k.find<QPushButton>("back")->text(), QStringLiteral("Tillbaka"));
        QCOMPARE(k.session()->answers().size(), 2);
        QTest::mouseClick(k.find<QPushButton>("language_en"), Qt::LeftButton);
        QCOMPARE(k.find<QLabel>("question")->text(), item->text.text(QStringLiteral("en")));
        QCOMPARE(k.find<QPushButton>("back")->text(), QStringLiteral("Back"));
        QCOMPARE(db::scalar(k.t.db->connection(), QStringLiteral("SELECT language FROM response"))
                     ->toString(),
                 QStringLiteral("en"));
    }

    void readAloudSaysWhyOncePerPupil()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        QVERIFY(!k.questionPage()->spokenText().isEmpty());
        QTest::keyClick(k.questionPage(), Qt::Key_R);
        QLabel* status = k.window->readAloudStatus();
        if (status->text().isEmpty())
            QSKIP("this machine has a voice: nothing to report");
        answerByKeyboard(k.questionPage(), k.session());
        QVERIFY(status->text().isEmpty()); // gone with the next question
        QTest::keyClick(k.questionPage(), Qt::Key_R);
        QVERIFY(status->text().isEmpty()); // and not said again to the same pupil
        // The next pupil hears it once too.
        k.clock.advanceMs(200'000);
        k.window->checkIdle();
        QVERIFY(k.checkInAndBegin(1));
        QTest::keyClick(k.questionPage(), Qt::Key_R);
        QVERIFY(!status->text().isEmpty());
    }

    // Two pupils: the first finishes, the second (answering in Swedish) walks away.
    // The question page used to keep the finished session and read it after it was
    // gone when the language went back to Finnish at check-in.
    void secondPupilTimingOutInSwedishReturnsToCheckIn()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.setPupilLanguage(1, QStringLiteral("sv")));
        QVERIFY(k.checkInAndBegin(0));
        int guard = 0;
        while (k.onPage("questionPage") && ++guard < 100) {
            answerByKeyboard(k.questionPage(), k.session());
            continuePastCriticalMessage(k);
        }
        QVERIFY(k.onPage("messagePage"));      // thank you
        QVERIFY(!k.questionPage()->session()); // let go of with the finished response
        QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
        QVERIFY(k.onPage("checkInPage"));

        QVERIFY(k.checkInAndBegin(1));
        QCOMPARE(k.flow->language(), QStringLiteral("sv"));
        QCOMPARE(k.questionPage()->session(), k.session());
        answerByKeyboard(k.questionPage(), k.session());
        answerByKeyboard(k.questionPage(), k.session());
        const qint64 response = k.responseId();
        k.clock.advanceMs(
            1000LL * (k.flow->config().idleWarningSeconds + k.flow->config().idleReturnSeconds));
        k.window->checkIdle();
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.flow->isActive());
        QVERIFY(!k.questionPage()->session());
        QCOMPARE(responseStatus(k, response), QStringLiteral("in_progress"));
        QCOMPARE(k.answersOf(1), 2);
        // The kiosk goes on: the second pupil resumes where they stopped.
        k.checkIn(1, 2, 1);
        QVERIFY(k.onPage("questionPage"));
        QCOMPARE(k.session()->position(), 3);
    }

    void checkInChoosesNoOneUntilThePupilDoes()
    {
        KioskFixture k;
        QVERIFY(k.start());
        auto* list = k.find<QListWidget>("pupilList");
        auto* day = k.find<QSpinBox>("birthDay");
        auto* month = k.find<QSpinBox>("birthMonth");
        auto* start = k.find<QPushButton>("start");
        QVERIFY(list->hasFocus());
        QVERIFY(list->selectedItems().isEmpty());
        QCOMPARE(day->value(), day->minimum()); // shown as a dash, not 1.1.
        QCOMPARE(month->value(), month->minimum());
        QCOMPARE(day->text(), day->specialValueText());

        QTest::mouseClick(start, Qt::LeftButton); // nobody chosen
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.find<QLabel>("problem")->text().isEmpty());
        QVERIFY(!k.flow->isActive());

        // Choosing a name is not enough: the birthday is not guessed either.
        QTest::keyClick(list, Qt::Key_Right);
        QCOMPARE(list->selectedItems().size(), 1);
        k.find<QLabel>("problem")->clear();
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.find<QLabel>("problem")->text().isEmpty());
        QVERIFY(!k.flow->isActive());
        const int row = list->row(list->selectedItems().first());
        day->setValue(row + 1); // born on day row + 1 of January
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!k.flow->isActive());
        QCOMPARE(db::scalar(k.t.db->connection(), QStringLiteral("SELECT count(*) FROM response"))
                     ->toInt(),
                 0);
        month->setValue(1);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(k.flow->isActive());
        QCOMPARE(k.flow->pupilId(), k.flow->pupils()[row].id);
    }

    void notYouGoesBackWithoutSavingAnything()
    {
        KioskFixture k;
        QVERIFY(k.start());
        k.checkIn(0, 1, 1);
        QVERIFY(k.onPage("messagePage")); // the instructions
        auto* greeting = k.find<QWidget>("greeting");
        QVERIFY(greeting->isVisible());
        const QString firstName = k.flow->pupils()[0].displayName.section(QLatin1Char(' '), 0, 0);
        QVERIFY(k.find<QLabel>("greetingText")->text().contains(firstName));
        QVERIFY(!k.find<QLabel>("greetingText")->text().contains(QStringLiteral("Testinen")));
        QTest::mouseClick(k.find<QPushButton>("notYou"), Qt::LeftButton);
        QVERIFY(k.onPage("checkInPage"));
        QVERIFY(!k.flow->isActive());
        QVERIFY(!greeting->isVisible());
        QCOMPARE(k.answersOf(0), 0);
        // Not even the response the check-in started is kept.
        QCOMPARE(db::scalar(k.t.db->connection(), QStringLiteral("SELECT count(*) FROM response"))
                     ->toInt(),
                 0);

        // Also from the first question, before answering; once answering it goes away.
        QVERIFY(k.checkInAndBegin(0));
        QVERIFY(greeting->isVisible());
        QTest::mouseClick(k.find<QPushButton>("notYou"), Qt::LeftButton);
        QVERIFY(k.onPage("checkInPage"));
        QCOMPARE(k.answersOf(0), 0);
        QCOMPARE(db::scalar(k.t.db->connection(), QStringLiteral("SELECT count(*) FROM response"))
                     ->toInt(),
                 0);
        QVERIFY(k.checkInAndBegin(0));
        answerByKeyboard(k.questionPage(), k.session());
        QVERIFY(!greeting->isVisible());
        QCOMPARE(k.answersOf(0), 1);
    }

    void enterPressesTheFocusedButton()
    {
        KioskFixture k;
        QVERIFY(k.start());
        k.find<QListWidget>("pupilList")->setCurrentRow(0);
        k.find<QSpinBox>("birthDay")->setValue(1);
        k.find<QSpinBox>("birthMonth")->setValue(1);
        auto* start = k.find<QPushButton>("start");
        start->setFocus();
        QTest::keyClick(start, Qt::Key_Return);
        QVERIFY(k.onPage("messagePage")); // Aloita
        auto* button = k.find<QPushButton>("messageButton");
        QVERIFY(button->hasFocus());
        QTest::keyClick(button, Qt::Key_Enter);
        QVERIFY(k.onPage("questionPage")); // Aloita on the instructions
        answerByKeyboard(k.questionPage(), k.session());
        k.clock.advanceMs(1000LL * k.flow->config().idleWarningSeconds);
        k.window->checkIdle();
        QVERIFY(k.onPage("messagePage"));
        QVERIFY(button->hasFocus());
        QTest::keyClick(button, Qt::Key_Return);
        QVERIFY(k.onPage("questionPage")); // Jatka
        auto* back = k.find<QPushButton>("back");
        back->setFocus();
        QTest::keyClick(back, Qt::Key_Return);
        QCOMPARE(k.session()->position(), 1);
    }

    void numberItemStartsEmptyAndIsNotAnsweredByEnter()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        auto isNumber = [&] {
            return k.session()->instrument().scale(k.session()->current()->scaleId)->isNumber();
        };
        while (!isNumber()) {
            answerByKeyboard(k.questionPage(), k.session());
            continuePastCriticalMessage(k);
        }
        const QString itemId = k.session()->current()->id;
        QVERIFY(k.session()->current()->required);
        auto* number = k.find<QDoubleSpinBox>("number");
        auto* next = k.find<QPushButton>("next");
        QVERIFY(number->hasFocus());
        QCOMPARE(number->text(), number->specialValueText()); // empty, not "0,0 tuntia"
        QVERIFY(!next->isEnabled());
        QTest::keyClick(number, Qt::Key_Return);
        QTest::keyClick(k.questionPage(), Qt::Key_Enter);
        QCOMPARE(k.session()->current()->id, itemId);
        QVERIFY(!db::ResponseStore(k.t.db->connection()).answers(k.responseId()).contains(itemId));

        // Zero hours can be given, on purpose.
        QTest::keyClick(number, Qt::Key_Up);
        QCOMPARE(number->value(), 0.0);
        QVERIFY(next->isEnabled());
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(k.session()->current()->id != itemId);
        QCOMPARE(db::ResponseStore(k.t.db->connection()).answers(k.responseId()).value(itemId),
                 0.0);
        // Coming back shows the answer, and typing changes it.
        QTest::keyClick(k.questionPage(), Qt::Key_Backspace);
        number = k.find<QDoubleSpinBox>("number");
        QCOMPARE(number->value(), 0.0);
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("9"));
        QTest::keyClick(number, Qt::Key_Return);
        QCOMPARE(db::ResponseStore(k.t.db->connection()).answers(k.responseId()).value(itemId),
                 9.0);
    }

    void optionalEmptyNumberIsSkipped()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        // A copy of the sleep-hours item that may be skipped.
        Instrument optional = k.session()->instrument();
        Item sleep = *optional.item(QStringLiteral("sleep1"));
        sleep.required = false;
        optional.items = {sleep, optional.items.first()};
        QuestionnaireSession session(optional, {});
        k.questionPage()->setSession(&session, QStringLiteral("fi"));
        auto* next = k.find<QPushButton>("next");
        QVERIFY(next->isEnabled());
        const QString skip = next->text();
        QTest::keyClicks(k.find<QDoubleSpinBox>("number"), QStringLiteral("7"));
        QVERIFY(next->text() != skip); // Next, not Skip, once a number is there
        k.find<QDoubleSpinBox>("number")->setValue(k.find<QDoubleSpinBox>("number")->minimum());
        QCOMPARE(next->text(), skip);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(session.position(), 2);
        QVERIFY(session.answers().isEmpty());
        k.questionPage()->clearSession();
    }

    void progressHasWordsAndSensitiveItemsALeadIn()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        auto* progress = k.find<QProgressBar>("progress");
        QVERIFY(progress->isTextVisible());
        QCOMPARE(progress->text(), QStringLiteral("1 / %1").arg(k.session()->count()));
        for (int i = 0; i < 11; ++i)
            answerByKeyboard(k.questionPage(), k.session());
        QCOMPARE(k.session()->position(), 12);
        QCOMPARE(progress->text(), QStringLiteral("12 / %1").arg(k.session()->count()));

        const Instrument& youth = k.session()->instrument();
        const Item* first = nullptr;
        for (const Item& item : youth.items)
            if (!item.leadIn.isEmpty()) {
                first = &item;
                break;
            }
        QVERIFY(first);
        while (k.onPage("questionPage") && k.session()->current()->id != first->id)
            answerByKeyboard(k.questionPage(), k.session());
        QVERIFY(onLeadIn(k)); // before the item, on a page of its own
        QCOMPARE(k.find<QLabel>("messageBody")->text(), first->leadIn.text(QStringLiteral("fi")));
        QTest::keyClick(k.find<QPushButton>("messageButton"), Qt::Key_Return);
        QVERIFY(k.onPage("questionPage"));
        QCOMPARE(k.session()->current()->id, first->id);
        // Once: back and forward again goes straight to the item.
        QTest::keyClick(k.questionPage(), Qt::Key_Backspace);
        QTest::keyClick(k.questionPage(), Qt::Key_Return);
        QVERIFY(k.onPage("questionPage"));
        QCOMPARE(k.session()->current()->id, first->id);
    }

    void leavingNeedsThePin()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QTest::keyClick(k.window.get(), Qt::Key_Escape);
        QVERIFY(k.window->isVisible());
        k.pinAnswer = QString(); // cancelled
        k.window->close();
        QTest::qWait(50);
        QVERIFY(k.window->isVisible());
        k.pinAnswer = QStringLiteral("0000");
        QVERIFY(!k.window->requestExit());
        QVERIFY(k.window->isVisible());
        QVERIFY(!k.window->requestLiveView());
        k.pinAnswer = QStringLiteral("1234");
        QVERIFY(k.window->requestExit());
        QVERIFY(!k.window->isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        KioskFixture k;
        QVERIFY(k.start());
        QVERIFY(k.checkInAndBegin(0));
        for (QWidget* widget : k.window->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(k.window.get()))
                continue;
            if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
                qobject_cast<QListWidget*>(widget)) {
                const QString name = widget->accessibleName();
                const auto* button = qobject_cast<QAbstractButton*>(widget);
                QVERIFY2(!name.isEmpty() || (button && !button->text().isEmpty()),
                         qPrintable(widget->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
