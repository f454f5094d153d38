#pragma once

#include "TestDb.h"
#include "core/Secret.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/KioskStore.h"
#include "kiosk/CheckInPage.h"
#include "kiosk/KioskFlow.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/QuestionPage.h"

#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

// A kiosk for class 8A (pupils born 1.1., 2.1., 3.1. 2012) with signaali-youth,
// PIN 1234 and a clock the test moves.
struct KioskFixture
{
    TestDb t;
    signaali::ManualClock clock{QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<signaali::ui::KioskFlow> flow;
    std::unique_ptr<signaali::ui::KioskWindow> window;
    QString pinAnswer = QStringLiteral("1234");
    int pinPrompts = 0; // how many times the PIN was asked
    signaali::db::SignedInUser nurse;

    // The nurse's views in the kiosk speak this language.
    QString nurseLanguage = QStringLiteral("fi");

    bool start(const char* instrument = "signaali-youth")
    {
        if (!t.db && !t.seed(3))
            return false;
        signaali::ui::KioskConfig config;
        config.database = t.db.get();
        config.roundId = t.roundId;
        config.roundName = QStringLiteral("Autumn 2026");
        config.schoolId = signaali::db::OrganisationStore(t.db->connection())
                              .school(QStringLiteral("Testikoulu"))
                              ->id;
        if (!nurse.id)
            nurse = t.account(signaali::db::Role::Nurse, {config.schoolId});
        config.nurse = nurse;
        config.nurseLanguage = nurseLanguage;
        const auto groups = signaali::db::KioskStore(t.db->connection()).groups(config.schoolId);
        config.groupId = groups.first().id;
        config.groupName = groups.first().name;
        config.instruments << TestDb::instrument(instrument);
        static const QString hash = *signaali::Secret::hash(QStringLiteral("1234"));
        config.exitSecretHash = hash;
        config.clock = &clock;
        window.reset();
        flow = std::make_unique<signaali::ui::KioskFlow>(config);
        window = std::make_unique<signaali::ui::KioskWindow>(flow.get());
        window->setPinPrompt([this](QWidget*, const QString&) {
            ++pinPrompts;
            return pinAnswer;
        });
        window->resize(1280, 720);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    template <typename T> T* find(const char* name) const
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }
    signaali::ui::QuestionPage* questionPage() const
    {
        return find<signaali::ui::QuestionPage>("questionPage");
    }
    bool onPage(const char* name) const
    {
        return window->currentPage()->objectName() == QLatin1String(name);
    }

    // Picks pupil `row` on the check-in screen and types the birthday.
    void checkIn(int row, int day, int month)
    {
        auto* list = find<QListWidget>("pupilList");
        list->setCurrentRow(row);
        find<QSpinBox>("birthDay")->setValue(day);
        find<QSpinBox>("birthMonth")->setValue(month);
        QTest::mouseClick(find<QPushButton>("start"), Qt::LeftButton);
    }

    // Checks pupil `row` in (born day row+1 of January) and clicks past the instructions.
    bool checkInAndBegin(int row)
    {
        checkIn(row, row + 1, 1);
        if (!onPage("messagePage") && !onPage("questionPage"))
            return false;
        if (onPage("messagePage"))
            QTest::mouseClick(find<QPushButton>("messageButton"), Qt::LeftButton);
        return onPage("questionPage");
    }

    signaali::QuestionnaireSession* session() const { return flow->session(); }
    // The pupil of `row` answers in `language` by default (their school language).
    bool setPupilLanguage(int row, const QString& language)
    {
        QSqlQuery query(t.db->connection());
        query.prepare(QStringLiteral("UPDATE pupil SET language = ? WHERE id = ?"));
        query.addBindValue(language);
        query.addBindValue(flow->pupils()[row].id);
        return query.exec();
    }
    // Answers saved for the pupil of `row`, over all their responses.
    int answersOf(int row) const
    {
        return signaali::db::scalar(
                   t.db->connection(),
                   QStringLiteral("SELECT count(*) FROM response_answers a JOIN response r ON "
                                  "r.id = a.response_id, json_each(a.answers) "
                                  "WHERE r.pupil_id = ?"),
                   {flow->pupils()[row].id})
            .value_or(0)
            .toInt();
    }
    qint64 responseId() const
    {
        return signaali::db::scalar(t.db->connection(),
                                    QStringLiteral("SELECT max(id) FROM response"))
            .value_or(0)
            .toLongLong();
    }
};

// Answers the current item with the first option (or 8 in a number field) by keyboard.
inline void answerByKeyboard(signaali::ui::QuestionPage* page,
                             const signaali::QuestionnaireSession* session)
{
    const signaali::Scale* scale = session->instrument().scale(session->current()->scaleId);
    if (scale->isNumber()) {
        auto* number = page->findChild<QDoubleSpinBox*>(QStringLiteral("number"));
        QTest::keyClicks(number, QStringLiteral("8"));
        QTest::keyClick(number, Qt::Key_Return);
        return;
    }
    QTest::keyClick(page, Qt::Key_1);
    QTest::keyClick(page, Qt::Key_Return);
}

inline QString responseStatus(KioskFixture& k, qint64 responseId)
{
    return signaali::db::scalar(k.t.db->connection(),
                                QStringLiteral("SELECT status FROM response WHERE id = ?"),
                                {responseId})
        .value_or(QString())
        .toString();
}
