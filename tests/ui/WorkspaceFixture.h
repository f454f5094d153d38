#pragma once

#include "TestDb.h"
#include "core/RandomAnswers.h"
#include "core/Scorer.h"
#include "db/admin/UserAdmin.h"
#include "db/admin/UserStore.h"
#include "db/store/ResponseStore.h"
#include "workspace/SignInPage.h"
#include "workspace/WorkspaceWindow.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <functional>

// Class 8A of Testikoulu with four pupils, set up with an administrator
// ("admin") and a nurse ("hoitaja") of the school, and results in two rounds:
// Oppilas0 answered critically in autumn and again in spring, Oppilas1 is at
// concern level, Oppilas2 is well, Oppilas3 has not answered.
struct WorkspaceFixture
{
    static constexpr const char* adminPassword = "admin-salasana-1";
    static constexpr const char* nursePassword = "hoitaja-salasana-1";
    static constexpr const char* memberPassword = "kuraattori-salasana-1";

    TestDb t;
    signaali::ManualClock clock{QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC)};
    qint64 springRoundId = 0;
    std::unique_ptr<signaali::ui::WorkspaceWindow> window;
    bool encrypts = false; // an administrator's sign-in encrypts the plaintext file

    bool seed()
    {
        using namespace signaali;
        if (!t.seed(4))
            return false;
        db::UserStore users(t.db->connection(), clock);
        if (!users.runFirstSetup({QStringLiteral("Testikunta"), QStringLiteral("Testikoulu"),
                                  QStringLiteral("admin"), QStringLiteral("Aila Ylläpitäjä"),
                                  QString::fromLatin1(adminPassword), QStringLiteral("hoitaja"),
                                  QStringLiteral("Hanna Hoitaja"),
                                  QString::fromLatin1(nursePassword)}))
            return false;
        const auto spring = db::OrganisationStore(t.db->connection())
                                .createRound(QStringLiteral("kevät 2027"), QDate(2027, 3, 1));
        if (!spring)
            return false;
        springRoundId = spring->id;
        return record(0, t.roundId, [](const ScoreResult& r) { return r.hasCritical(); }) &&
               record(1, t.roundId,
                      [](const ScoreResult& r) {
                          return !r.hasCritical() && r.level == Level::Concern;
                      }) &&
               record(2, t.roundId, [](const ScoreResult& r) { return r.level == Level::Ok; }) &&
               record(0, springRoundId, [](const ScoreResult& r) { return r.hasCritical(); });
    }

    // Records answers of pupil `index` for which `wanted` holds for the score
    // (answers drawn with the given burden, by default 1, or 0.05 for Oppilas2).
    bool record(int index, qint64 roundId,
                const std::function<bool(const signaali::ScoreResult&)>& wanted, double burden = -1)
    {
        using namespace signaali;
        const Instrument& youth = TestDb::instrument("signaali-youth");
        if (burden < 0)
            burden = index == 2 ? 0.05 : 1.0;
        for (quint32 seed = 1; seed < 5000; ++seed) {
            QRandomGenerator rng(seed);
            const Answers answers = randomAnswers(youth, rng, burden);
            const ScoreResult result = Scorer::score(youth, answers, QStringLiteral("fi"));
            if (!result.valid || !wanted(result))
                continue;
            return db::ResponseStore(t.db->connection(), clock)
                .recordCompleted(t.pupilIds[index], roundId, youth, answers, QStringLiteral("fi"))
                .ok();
        }
        return false;
    }

    // An account made by the administrator; its id, 0 when refused.
    qint64 addUser(const QString& username, const QString& name, signaali::db::Role role,
                   const char* password, const QList<qint64>& schools = {})
    {
        using namespace signaali::db;
        UserStore users(t.db->connection(), clock);
        UserAdmin accounts(t.db->connection(), clock);
        const auto admin =
            users.signIn(QStringLiteral("admin"), QString::fromLatin1(adminPassword));
        const auto id = accounts.createUser(
            *admin.user, NewUser{username, name, role, QString::fromLatin1(password), schools});
        return id ? *id : 0;
    }

    qint64 createMember()
    {
        return addUser(QStringLiteral("kuraattori"), QStringLiteral("Kalle Kuraattori"),
                       signaali::db::Role::CaseTeam, memberPassword);
    }

    bool open()
    {
        window = std::make_unique<signaali::ui::WorkspaceWindow>(t.db.get(), catalog(), &clock);
        window->setEncryptsPlaintext(encrypts);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // QTest::keyClicks takes Latin-1 letters only; Finnish passwords have ä and ö.
    static void typeText(QWidget* widget, const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClick(widget, c.toLatin1());
                continue;
            }
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }

    bool signIn(const char* username, const char* password)
    {
        auto* page = window->signInPage();
        auto* user = page->findChild<QLineEdit*>(QStringLiteral("username"));
        auto* secret = page->findChild<QLineEdit*>(QStringLiteral("password"));
        if (user->isEnabled()) {
            user->clear();
            typeText(user, QString::fromUtf8(username));
        }
        secret->clear();
        typeText(secret, QString::fromUtf8(password));
        QTest::keyClick(secret, Qt::Key_Return);
        return window->isSignedIn() && !window->isLocked();
    }

    QString signInProblem() const
    {
        return window->signInPage()->findChild<QLabel*>(QStringLiteral("signInProblem"))->text();
    }

    static const signaali::InstrumentCatalog& catalog()
    {
        static const signaali::InstrumentCatalog c = signaali::InstrumentCatalog::builtIn();
        return c;
    }
};

// The first count a query returns on the fixture's database, -1 when it fails.
inline int countRows(WorkspaceFixture& w, const QString& sql)
{
    QSqlQuery query(w.t.db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// A widget of the page by its object name.
template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}
