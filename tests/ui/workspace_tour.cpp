// Drives the real workspace window under Xvfb, in Finnish as a nurse first sees
// it, and takes a screenshot of the screen at each page with ImageMagick's
// `import -window root`. Run by scripts/screenshots.sh; writes
// docs/screenshots/workspace*.png and kiosk-setup.png into the folder given.
#include "Screenshot.h"
#include "TestDb.h"
#include "WorkspaceFixture.h"
#include "common/UiLanguage.h"
#include "core/DeviceIdentity.h"
#include "core/RecoveryKey.h"
#include "db/admin/UserAdmin.h"
#include "db/admin/UserStore.h"
#include "db/exchange/Devices.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/DemoGenerator.h"
#include "db/store/ResponseStore.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/CaseCorrections.h"
#include "db/workspace/CaseShares.h"
#include "db/workspace/CaseStore.h"
#include "kiosk/KioskSetupDialog.h"
#include "workspace/AccessLogPage.h"
#include "workspace/CasePanel.h"
#include "workspace/ClassOverviewPage.h"
#include "workspace/DeviceText.h"
#include "workspace/DevicesPage.h"
#include "workspace/ProfilePage.h"
#include "workspace/RecoverySheetDialog.h"
#include "workspace/SetupWizard.h"
#include "workspace/SharedCasesPage.h"
#include "workspace/SignInPage.h"
#include "workspace/StartPage.h"
#include "workspace/TransferPage.h"
#include "workspace/TrustDeviceDialog.h"
#include "workspace/UsersPage.h"
#include "workspace/WorkspaceWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTableWidget>

using namespace signaali;
using namespace signaali::ui;

namespace {
QString g_folder;
const QString kPassword = QStringLiteral("kuvakierros-salasana");

bool shoot(const char* name)
{
    return shootScreen(g_folder, name);
}

bool signIn(WorkspaceWindow& window, const char* username)
{
    auto* page = window.signInPage();
    auto* user = page->findChild<QLineEdit*>(QStringLiteral("username"));
    auto* secret = page->findChild<QLineEdit*>(QStringLiteral("password"));
    if (user->isEnabled()) {
        user->clear();
        WorkspaceFixture::typeText(user, QString::fromLatin1(username));
    }
    secret->clear();
    WorkspaceFixture::typeText(secret, kPassword);
    QTest::keyClick(secret, Qt::Key_Return);
    return window.isSignedIn() && !window.isLocked();
}

// One school of a demo municipality over three rounds, set up with a nurse, a
// school social worker and an administrator, and some follow-up work done.
struct Tour
{
    TestDb t;
    db::SignedInUser admin, nurse;
    qint64 pupilId = 0;
    QString school;

    bool seed()
    {
        if (!t.open())
            return false;
        db::DemoOptions options;
        options.pupils = 450;
        options.rounds = 3;
        options.seed = 11;
        if (!db::DemoGenerator(t.db->connection(), TestDb::instrument("signaali-youth"))
                 .generate(options))
            return false;
        QSqlDatabase& c = t.db->connection();
        school = db::OrganisationStore(c).schools().first().name;
        if (!db::Devices(c).ensureIdentity(QStringLiteral("Demola / hoitajan kannettava 1")))
            return false;
        db::UserStore users(c);
        db::UserAdmin accounts(c);
        if (!users.runFirstSetup({QStringLiteral("Demola"), school, QStringLiteral("admin"),
                                  QStringLiteral("Aila Ylläpitäjä"), kPassword,
                                  QStringLiteral("hoitaja"), QStringLiteral("Hilkka Hoitaja"),
                                  kPassword}))
            return false;
        admin = *users.signIn(QStringLiteral("admin"), kPassword).user;
        nurse = *users.signIn(QStringLiteral("hoitaja"), kPassword).user;
        db::NewUser member{QStringLiteral("kuraattori"),
                           QStringLiteral("Kaisa Kuraattori"),
                           db::Role::CaseTeam,
                           kPassword,
                           {}};
        const auto memberId = accounts.createUser(admin, member);
        if (!memberId)
            return false;

        // The first pupil with a critical answer: talked with, a follow-up booked,
        // her earlier flags handled, the case shared with the school social worker.
        const auto attention = db::attentionList(c, nurse);
        if (!attention || attention->isEmpty())
            return false;
        const db::AttentionItem& first = attention->first();
        pupilId = first.pupilId;
        db::CaseStore cases(c);
        db::CaseShares shares(c);
        db::NewCaseAction talked{pupilId,
                                 db::CaseActionKind::TalkedWithPupil,
                                 {},
                                 QStringLiteral("Keskusteltu vastaanotolla."),
                                 first.responseId};
        db::NewCaseAction booked{pupilId,
                                 db::CaseActionKind::FollowUpBooked,
                                 QDate::currentDate().addDays(2),
                                 {},
                                 first.responseId};
        if (!cases.recordAction(nurse, talked) || !cases.recordAction(nurse, booked))
            return false;
        const auto earlier = db::scalar(
            c,
            QStringLiteral("SELECT r.id FROM response r JOIN round d ON d.id = r.round_id "
                           "WHERE r.pupil_id = ? AND r.id <> ? AND r.status = 'completed' "
                           "ORDER BY d.starts_on DESC LIMIT 1"),
            {pupilId, first.responseId});
        if (earlier)
            db::markFlagsHandled(c, nurse, earlier->toLongLong());
        db::NewCaseShare share{
            pupilId, *memberId, db::ConsentFrom::Guardian, QDate::currentDate().addDays(-1), {}};
        return shares.share(nurse, share).ok() && leaveAfterACriticalAnswer();
    }

    // A pupil of the latest round gives a critical answer in the kiosk and
    // walks away before the end: listed at once, in the profile in red.
    qint64 unfinishedPupilId = 0;
    bool leaveAfterACriticalAnswer()
    {
        QSqlDatabase& c = t.db->connection();
        const Instrument& youth = TestDb::instrument("signaali-youth");
        const auto round = db::scalar(
            c, QStringLiteral("SELECT id FROM round ORDER BY starts_on DESC, id DESC LIMIT 1"));
        QSqlQuery pupils(c);
        if (!round || !pupils.exec(QStringLiteral("SELECT id FROM pupil ORDER BY id")))
            return false;
        db::ResponseStore responses(c);
        const CriticalRule& rule = youth.critical.first();
        while (pupils.next()) {
            const qint64 id = pupils.value(0).toLongLong();
            const auto started =
                responses.startOrResume(id, round->toLongLong(), youth, QStringLiteral("fi"));
            if (!started)
                continue;
            unfinishedPupilId = id;
            return responses.saveAnswer(started->id, rule.item, 2, &youth).ok();
        }
        return false;
    }
};

// The school's second laptop, set up the same way and trusted both ways, with
// nobody's answers yet: it receives the first laptop's bundle.
struct OtherLaptop
{
    TestDb t;

    bool seed(Tour& tour)
    {
        if (!t.open() || !db::Devices(t.db->connection())
                              .ensureIdentity(QStringLiteral("Demola / hoitajan kannettava 2")))
            return false;
        db::UserStore users(t.db->connection());
        if (!users.runFirstSetup({QStringLiteral("Demola"), tour.school, QStringLiteral("admin"),
                                  QStringLiteral("Aila Ylläpitäjä"), kPassword,
                                  QStringLiteral("hoitaja"), QStringLiteral("Hilkka Hoitaja"),
                                  kPassword}))
            return false;
        const auto admin = users.signIn(QStringLiteral("admin"), kPassword).user;
        db::Devices here(t.db->connection());
        db::Devices there(tour.t.db->connection());
        const auto mine = here.own(*admin);
        const auto theirs = there.own(tour.admin);
        return mine && theirs &&
               here.trust(*admin, QStringLiteral("kannettava-1.device"), theirs->toText(),
                          QStringLiteral("Hoitajan kannettava 1"))
                   .ok() &&
               there
                   .trust(tour.admin, QStringLiteral("kannettava-2.device"), mine->toText(),
                          QStringLiteral("Hoitajan kannettava 2"))
                   .ok();
    }

    // A device file of the coordinator's computer, for the trust dialog.
    QString coordinatorDeviceFile()
    {
        auto keys = DeviceKeys::generate();
        if (!keys)
            return {};
        const DeviceLine line{QStringLiteral("Demola / koordinaattori"), keys->signPublic,
                              keys->sealPublic};
        keys->wipe();
        m_coordinatorFingerprint = line.fingerprint();
        const QString path = t.dir.filePath(QStringLiteral("koordinaattori.device"));
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(DeviceText::deviceFile(line)) > 0
                   ? path
                   : QString();
    }
    // What the coordinator's computer shows on its Devices page.
    QString coordinatorFingerprint() const { return m_coordinatorFingerprint; }
    QString m_coordinatorFingerprint;
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    g_folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    UiLanguage::set(QStringLiteral("fi"));
    Tour tour;
    OtherLaptop other;
    if (!tour.seed() || !other.seed(tour))
        return 1;
    const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
    WorkspaceWindow window(tour.t.db.get(), catalog);
    window.setEncryptsPlaintext(false);
    window.resize(1366, 768);
    window.move(0, 0);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    bool ok = shoot("workspace-sign-in");

    if (!signIn(window, "hoitaja"))
        return 1;
    ok &= shoot("workspace-start");

    QTabWidget* tabs = window.tabs();
    auto* overview = window.page<ClassOverviewPage>();
    tabs->setCurrentWidget(overview);
    overview->load();
    ok &= shoot("workspace-class-overview");

    window.openProfile(tour.unfinishedPupilId);
    ok &= shoot("workspace-profile-unfinished-critical");

    ProfilePage* profile = window.openProfile(tour.pupilId);
    auto* profileTabs = profile->findChild<QTabWidget*>();
    ok &= shoot("workspace-profile");
    profileTabs->setCurrentIndex(1);
    ok &= shoot("workspace-profile-answers");
    profileTabs->setCurrentIndex(2);
    ok &= shoot("workspace-profile-history");
    profileTabs->setCurrentIndex(3);
    ok &= shoot("workspace-profile-follow-up");
    // The visit summary, as printed: its first page as a picture (poppler's pdftoppm).
    QString error;
    const QString pdf = tour.t.dir.filePath(QStringLiteral("summary.pdf"));
    if (profile->writeSummaryPdf(pdf, &error))
        ok &= QProcess::execute(QStringLiteral("pdftoppm"),
                                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"),
                                 QStringLiteral("-singlefile"), pdf,
                                 g_folder + QStringLiteral("/workspace-summary-pdf")}) == 0;
    else
        ok = false;

    {
        KioskSetupDialog setup(tour.t.db.get(), catalog, tour.nurse, &window);
        setup.show();
        if (!QTest::qWaitForWindowExposed(&setup))
            return 1;
        ok &= shoot("kiosk-setup");
    }

    auto* viewed = window.page<AccessLogPage>();
    tabs->setCurrentWidget(viewed);
    viewed->refresh();
    ok &= shoot("workspace-who-has-viewed");

    // After the screening the results go to the school's other laptop.
    auto* transfer = window.page<TransferPage>();
    tabs->setCurrentWidget(transfer);
    const QString bundle = other.t.dir.filePath(transfer->suggestedFileName());
    ok &= transfer->send(bundle);
    ok &= shoot("workspace-send-results");

    window.lock();
    ok &= shoot("workspace-locked");
    window.signOut();

    if (!signIn(window, "kuraattori"))
        return 1;
    ok &= shoot("workspace-shared-cases");
    window.signOut();

    if (!signIn(window, "admin"))
        return 1;
    ok &= shoot("workspace-users");
    tabs->setCurrentIndex(1);
    window.page<AccessLogPage>()->refresh();
    ok &= shoot("workspace-audit-log");
    auto* devices = window.page<DevicesPage>();
    tabs->setCurrentWidget(devices);
    ok &= shoot("workspace-devices");
    // Trusting the coordinator's computer: its fingerprint read out, half typed.
    if (TrustDeviceDialog* trust = devices->startTrust(other.coordinatorDeviceFile())) {
        const QString shown = other.coordinatorFingerprint();
        WorkspaceFixture::typeText(trust->typedFingerprint(), shown.left(10));
        ok &= shoot("workspace-trust-device");
        trust->reject();
    } else {
        ok = false;
    }
    // A new nurse for Testikoulu, and a reset of the case team member's password.
    {
        db::UserAdmin accounts(tour.t.db->connection());
        const db::SignedInUser admin = window.user();
        const qint64 school = tour.nurse.schoolIds.value(0);
        accounts.createUser(admin, {QStringLiteral("uusi"),
                                    QStringLiteral("Ulla Uusi"),
                                    db::Role::Nurse,
                                    kPassword,
                                    {school}});
        const auto member = accounts.user(admin, QStringLiteral("kuraattori"));
        if (member)
            accounts.setPassword(admin, member->id, QStringLiteral("kertakaytto-2026"));
    }
    window.signOut();

    if (!signIn(window, "hoitaja"))
        return 1;
    ok &= shoot("workspace-access-notices");
    window.signOut();
    {
        auto* page = window.signInPage();
        auto* user = page->findChild<QLineEdit*>(QStringLiteral("username"));
        auto* secret = page->findChild<QLineEdit*>(QStringLiteral("password"));
        user->clear();
        WorkspaceFixture::typeText(user, QStringLiteral("kuraattori"));
        secret->clear();
        WorkspaceFixture::typeText(secret, QStringLiteral("kertakaytto-2026"));
        QTest::keyClick(secret, Qt::Key_Return);
        ok &= shoot("workspace-password-change");
        window.signOut();
    }
    window.hide();

    // The other laptop receives the bundle.
    {
        WorkspaceWindow second(other.t.db.get(), catalog);
        second.setEncryptsPlaintext(false);
        second.resize(1366, 768);
        second.move(0, 0);
        second.show();
        if (!QTest::qWaitForWindowExposed(&second) || !signIn(second, "hoitaja"))
            return 1;
        auto* receive = second.page<TransferPage>();
        second.tabs()->setCurrentWidget(receive);
        ok &= receive->receive(bundle);
        ok &= shoot("workspace-receive-results");
        second.hide();
    }

    SetupWizard wizard([](const FirstSetupAnswers&) { return db::Outcome<db::Done>(db::Done{}); });
    wizard.suggestSchool(QStringLiteral("Esimerkkikoulu"));
    wizard.resize(1366, 768);
    wizard.move(0, 0);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    WorkspaceFixture::typeText(wizard.findChild<QLineEdit*>(QStringLiteral("municipality")),
                               QStringLiteral("Demola"));
    ok &= shoot("workspace-setup-wizard");
    wizard.hide();

    // The end of set-up: the database is encrypted and its recovery key shown once.
    const auto recovery = RecoveryKey::generate();
    RecoverySheetDialog sheet(QStringLiteral("Demola"), QStringLiteral("signaali.db"),
                              RecoveryKey::secretText(recovery->secretKey));
    sheet.move(340, 200);
    sheet.show();
    if (!QTest::qWaitForWindowExposed(&sheet))
        return 1;
    ok &= shoot("workspace-recovery-key");
    sheet.hide();
    return ok ? 0 : 1;
}
