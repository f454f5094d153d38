// The nurse workspace as she sees it, on a demo municipality: the time to open
// (query, audit row, fill and paint) the class overview of the school's largest
// class, the start page with its attention list, and pupils' profiles with
// their history charts, through the real window. Prints one JSON object.
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_workspace demo.db [runs]
// Runs as the nurse bench.gui of the first school, made on first use; refuses a
// database with accounts of real people, like signaali-cli bench.
#include "common/UiLanguage.h"
#include "core/InstrumentCatalog.h"
#include "core/Percentiles.h"
#include "core/Secret.h"
#include "db/admin/UserValidation.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/Database.h"
#include "db/store/OrganisationStore.h"
#include "workspace/ClassOverviewPage.h"
#include "workspace/ProfilePage.h"
#include "workspace/SignInPage.h"
#include "workspace/StartPage.h"
#include "workspace/WorkspaceWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace signaali;
using namespace signaali::ui;

namespace {
const QString kUser = QStringLiteral("bench.gui");
const QString kPassword = QStringLiteral("bench-gui-password");

double timed(const std::function<void()>& work, QWidget* paint)
{
    QElapsedTimer timer;
    timer.start();
    work();
    paint->repaint();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

int fail(const char* message)
{
    std::fprintf(stderr, "bench_workspace: %s\n", message);
    return 2;
}

// The benchmark's nurse, assigned to `schoolId` only, with a password it knows.
bool prepareNurse(QSqlDatabase& db, qint64 schoolId)
{
    if (db::scalar(db, QStringLiteral("SELECT count(*) FROM app_user WHERE username NOT LIKE "
                                      "'bench.%'"))
            .value_or(0)
            .toInt() > 0)
        return false;
    const auto hash = Secret::hash(kPassword);
    auto id = db::scalar(db, QStringLiteral("SELECT id FROM app_user WHERE username = ?"), {kUser});
    if (!id) {
        const auto made =
            db::users::insertUser(db, kUser, QStringLiteral("Benchmark nurse"), db::Role::Nurse,
                                  kPassword, *hash, isoUtc(QDateTime::currentDateTimeUtc()));
        if (!made)
            return false;
        id = *made;
    }
    QSqlQuery update(db);
    return db::execBound(update,
                         QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"),
                         {*hash, *id}) &&
           !db::users::replaceSchools(db, id->toLongLong(), {schoolId});
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    UiLanguage::set(QStringLiteral("fi")); // as the nurse sees it
    if (argc < 2)
        return fail("usage: bench_workspace DEMO.db [runs]");
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 10;
    db::OpenError error;
    auto database = db::Database::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!database)
        return fail(qPrintable(error.toString()));
    const QList<db::SchoolInfo> schools = db::OrganisationStore(database->connection()).schools();
    if (schools.isEmpty() || !prepareNurse(database->connection(), schools.first().id))
        return fail("needs a demo database (signaali-cli generate-demo) without people's "
                    "accounts");

    const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
    WorkspaceWindow window(database.get(), catalog);
    window.setEncryptsPlaintext(false); // a demo database, and a nurse signs in
    window.resize(1280, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("the window did not show");
    auto* signIn = window.signInPage();
    signIn->findChild<QLineEdit*>(QStringLiteral("username"))->setText(kUser);
    auto* password = signIn->findChild<QLineEdit*>(QStringLiteral("password"));
    password->setText(kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    if (!window.isSignedIn())
        return fail("sign-in failed");

    // The class overview of the school's largest class in the latest round.
    auto* overview = window.page<ClassOverviewPage>();
    window.tabs()->setCurrentWidget(overview);
    QComboBox* classes = overview->classBox();
    int largest = 0;
    for (int i = 1; i < classes->count(); ++i)
        if (classes->itemText(i).section(QLatin1Char('('), 1).toInt() >
            classes->itemText(largest).section(QLatin1Char('('), 1).toInt())
            largest = i;
    classes->setCurrentIndex(largest);
    QList<double> overviewMs;
    for (int i = 0; i < runs; ++i)
        overviewMs << timed([&] { overview->load(); }, &window);

    auto* start = window.page<StartPage>();
    window.tabs()->setCurrentWidget(start);
    QList<double> startMs;
    for (int i = 0; i < runs; ++i)
        startMs << timed([&] { start->refresh(); }, &window);

    QList<qint64> pupils;
    for (int row = 0; row < overview->table()->rowCount(); ++row)
        pupils << overview->table()->item(row, 0)->data(Qt::UserRole).toLongLong();
    QList<double> profileMs;
    for (int i = 0; i < runs && !pupils.isEmpty(); ++i) {
        ProfilePage* profile = nullptr;
        profileMs << timed([&] { profile = window.openProfile(pupils[i % pupils.size()]); },
                           &window);
        delete profile; // closes its tab
    }

    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("workspace window")},
        {QStringLiteral("school"), schools.first().name},
        {QStringLiteral("class"), classes->currentText()},
        {QStringLiteral("round"), overview->roundBox()->currentText()},
        {QStringLiteral("attentionItems"), start->attentionTable()->rowCount()},
        {QStringLiteral("classOverviewMs"), timingSummary(overviewMs)},
        {QStringLiteral("startPageMs"), timingSummary(startMs)},
        {QStringLiteral("profileMs"), timingSummary(profileMs)},
        {QStringLiteral("note"),
         QStringLiteral("each: the db query with its audit rows, filling the widgets and one "
                        "paint of the window")}};
    std::printf("%s\n", QJsonDocument(result).toJson().constData());
    return 0;
}
