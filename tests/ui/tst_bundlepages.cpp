// The bundle pages through their real widgets: the Devices page and its
// fingerprint, trusting a device file only with the fingerprint the other
// installation shows typed in, who sees Trust and Revoke, a nurse sending her
// results to a second installation that receives them once, the conflicts
// they leave, what the coordinator may send, and the progress of a long
// transfer, which holds the lock back until it ends.
#include "WorkspaceFixture.h"
#include "common/UiLanguage.h"
#include "db/exchange/Devices.h"
#include "workspace/ConflictsPanel.h"
#include "workspace/DeviceText.h"
#include "workspace/DevicesPage.h"
#include "workspace/ProfilePage.h"
#include "workspace/TransferPage.h"
#include "workspace/TransferProgress.h"
#include "workspace/TrustDeviceDialog.h"
#include "workspace/WorkspaceEvents.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>

using namespace signaali;
using namespace signaali::ui;

namespace {

// Answers the next modal question box with `button` once it is open.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

// A second installation of the same school: the same class list, rounds and
// accounts as WorkspaceFixture::seed(), and nobody has answered there yet.
bool seedWithoutAnswers(WorkspaceFixture& w)
{
    if (!w.t.seed(4))
        return false;
    db::UserStore users(w.t.db->connection(), w.clock);
    if (!users.runFirstSetup({QStringLiteral("Testikunta"), QStringLiteral("Testikoulu"),
                              QStringLiteral("admin"), QStringLiteral("Aila Ylläpitäjä"),
                              QString::fromLatin1(WorkspaceFixture::adminPassword),
                              QStringLiteral("hoitaja"), QStringLiteral("Hanna Hoitaja"),
                              QString::fromLatin1(WorkspaceFixture::nursePassword)}))
        return false;
    const auto spring = db::OrganisationStore(w.t.db->connection())
                            .createRound(QStringLiteral("kevät 2027"), QDate(2027, 3, 1));
    w.springRoundId = spring ? spring->id : 0;
    return spring.ok();
}

template <typename Page> Page* showPage(WorkspaceFixture& w)
{
    auto* page = w.window->page<Page>();
    if (page)
        w.window->tabs()->setCurrentWidget(page);
    return page;
}

QString tabTitle(WorkspaceFixture& w, QWidget* page)
{
    return w.window->tabs()->tabText(w.window->tabs()->indexOf(page));
}

// The installation's own device line, as db/ gives it to its administrator.
DeviceLine lineOf(WorkspaceFixture& w)
{
    const auto admin =
        db::UserStore(w.t.db->connection(), w.clock)
            .signIn(QStringLiteral("admin"), QString::fromLatin1(WorkspaceFixture::adminPassword));
    return *db::Devices(w.t.db->connection(), w.clock).own(*admin.user);
}

// Its device file, saved through its Devices page by whoever is signed in there.
QString saveDeviceFile(WorkspaceFixture& w, const QString& name)
{
    const QString path = w.t.dir.filePath(name);
    auto* page = showPage<DevicesPage>(w);
    return page && page->saveDeviceLine(path) ? path : QString();
}

// The administrator signed in at `w` types `typed` and `name` into the trust
// dialog of the file at `path` and presses Trust.
TrustDeviceDialog* typeAndTrust(DevicesPage* page, const QString& path, const QString& typed,
                                const QString& name)
{
    TrustDeviceDialog* dialog = page->startTrust(path);
    if (!dialog)
        return nullptr;
    dialog->typedFingerprint()->clear();
    WorkspaceFixture::typeText(dialog->typedFingerprint(), typed);
    dialog->nameEdit()->clear();
    WorkspaceFixture::typeText(dialog->nameEdit(), name);
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    return dialog;
}

// The administrator of `at` trusts `other` as `name` through the Devices page,
// then signs out.
bool trustThroughWindow(WorkspaceFixture& at, WorkspaceFixture& other, const QString& name)
{
    const QString path = other.t.dir.filePath(name + QStringLiteral(".device"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(DeviceText::deviceFile(lineOf(other))) < 0)
        return false;
    file.close();
    if (!at.signIn("admin", WorkspaceFixture::adminPassword))
        return false;
    auto* page = showPage<DevicesPage>(at);
    QPointer<TrustDeviceDialog> dialog =
        typeAndTrust(page, path, lineOf(other).fingerprint(), name);
    const bool trusted = dialog && dialog->trusted().has_value();
    at.window->signOut();
    return trusted;
}

int rows(WorkspaceFixture& w, const char* sql)
{
    return countRows(w, QString::fromLatin1(sql));
}
} // namespace

class TestBundlePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English from its translation file: its plural forms ("4 conflicts").
        UiLanguage::set(QStringLiteral("en"));
    }

    void devicesPageShowsTheFingerprintLarge()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* page = showPage<DevicesPage>(w);
        QVERIFY(page);
        QCOMPARE(tabTitle(w, page), QStringLiteral("Devices"));
        const DeviceLine line = lineOf(w);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$"))
                    .match(line.fingerprint())
                    .hasMatch());
        QCOMPARE(page->fingerprintLabel()->text(), line.fingerprint());
        QVERIFY(page->fingerprintLabel()->isVisible());
        // Readable across a room: at least twice the size of the page's text.
        QVERIFY(page->fingerprintLabel()->font().pointSizeF() >= 2 * page->font().pointSizeF());
        QVERIFY(child<QLabel>(page, "ownName")->text().contains(line.name));

        QTest::mouseClick(child<QPushButton>(page, "copyDeviceLine"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), line.toText());

        const QString path = saveDeviceFile(w, QStringLiteral("this.device"));
        QVERIFY2(!path.isEmpty(), qPrintable(page->problem()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), line.toText());
        QCOMPARE(lines.value(1), QStringLiteral("# fingerprint ") + line.fingerprint());
        QVERIFY(page->message().contains(line.fingerprint()));

        // A nurse sees the trusted installations but may not change them.
        QVERIFY(!child<QPushButton>(page, "trustDevice"));
        QVERIFY(!child<QPushButton>(page, "revokeDevice"));
        QVERIFY(page->deviceTable());
        // Her way to the other installation is the Send and receive page.
        auto* transfer = w.window->page<TransferPage>();
        QVERIFY(transfer);
        QCOMPARE(tabTitle(w, transfer), QStringLiteral("Send and receive"));
    }

    void trustingNeedsTheFingerprintTheOtherInstallationShows()
    {
        WorkspaceFixture a, b;
        QVERIFY(a.seed());
        QVERIFY(seedWithoutAnswers(b));
        QVERIFY(a.open());
        QVERIFY(b.open());
        // The nurse at B saves its device file; the administrator at A trusts it.
        QVERIFY(b.signIn("hoitaja", WorkspaceFixture::nursePassword));
        const QString path = saveDeviceFile(b, QStringLiteral("laptop-b.device"));
        QVERIFY(!path.isEmpty());
        const QString shown = lineOf(b).fingerprint();
        QVERIFY(a.signIn("admin", WorkspaceFixture::adminPassword));
        auto* page = showPage<DevicesPage>(a);
        QVERIFY(child<QPushButton>(page, "trustDevice"));

        // A fingerprint that is not the file's: refused in the dialog, nothing trusted.
        QString wrong = shown;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QPointer<TrustDeviceDialog> dialog =
            typeAndTrust(page, path, wrong, QStringLiteral("laptop-b"));
        QVERIFY(dialog);
        // The file's own fingerprint is nowhere in the dialog to copy from.
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(shown), qPrintable(label->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->trusted());
        QVERIFY2(dialog->problem().contains(QStringLiteral("not the fingerprint of this file")),
                 qPrintable(dialog->problem()));
        QCOMPARE(rows(a, "SELECT count(*) FROM trusted_device"), 0);
        // Nothing typed is not a match either.
        dialog->typedFingerprint()->clear();
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(rows(a, "SELECT count(*) FROM trusted_device"), 0);

        // As read aloud: small letters, spaces instead of dashes, O for zero.
        QString spoken = shown.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        spoken.replace(QLatin1Char('0'), QLatin1Char('o'));
        WorkspaceFixture::typeText(dialog->typedFingerprint(), spoken);
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QVERIFY2(dialog && dialog->trusted(), qPrintable(dialog ? dialog->problem() : QString()));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(rows(a, "SELECT count(*) FROM trusted_device"), 1);
        QCOMPARE(page->deviceTable()->rowCount(), 1);
        QCOMPARE(page->deviceTable()->item(0, 0)->text(), QStringLiteral("laptop-b"));
        QCOMPARE(page->deviceTable()->item(0, 1)->text(), shown);
        QCOMPARE(page->deviceTable()->item(0, 2)->text(), QStringLiteral("admin"));
        QVERIFY(page->message().contains(QStringLiteral("laptop-b")));

        // The same file again: db/ refuses, and says under which name it is trusted.
        dialog = typeAndTrust(page, path, shown, QStringLiteral("toinen"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->problem().contains(QStringLiteral("laptop-b")),
                 qPrintable(dialog->problem()));
        dialog->reject();
        QCOMPARE(rows(a, "SELECT count(*) FROM trusted_device"), 1);

        // Not a device file, and this installation's own: no dialog, the page says why.
        const QString notDevice = a.t.dir.filePath(QStringLiteral("notes.device"));
        QFile notes(notDevice);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("# only a comment\nhello\n");
        notes.close();
        QVERIFY(!page->startTrust(notDevice));
        QVERIFY2(page->problem().contains(QStringLiteral("not a Signaali device file")),
                 qPrintable(page->problem()));
        const QString own = saveDeviceFile(a, QStringLiteral("own.device"));
        QVERIFY(!own.isEmpty());
        QVERIFY(!page->startTrust(own));
        QVERIFY(page->problem().contains(QStringLiteral("own device file")));
        QCOMPARE(rows(a, "SELECT count(*) FROM trusted_device"), 1);
    }

    void revokingAsksFirst()
    {
        WorkspaceFixture a, b;
        QVERIFY(a.seed());
        QVERIFY(seedWithoutAnswers(b));
        QVERIFY(a.open());
        QVERIFY(trustThroughWindow(a, b, QStringLiteral("laptop-b")));
        QVERIFY(a.signIn("admin", WorkspaceFixture::adminPassword));
        auto* page = showPage<DevicesPage>(a);
        page->deviceTable()->selectRow(0);
        answerNextQuestion(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(page, "revokeDevice"), Qt::LeftButton);
        QCOMPARE(rows(a, "SELECT count(*) FROM trusted_device WHERE revoked_at IS NULL"), 1);
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(page, "revokeDevice"), Qt::LeftButton);
        QCOMPARE(rows(a, "SELECT count(*) FROM trusted_device WHERE revoked_at IS NOT NULL"), 1);
        QVERIFY2(page->deviceTable()->item(0, 4)->text().startsWith(QStringLiteral("revoked")),
                 qPrintable(page->deviceTable()->item(0, 4)->text()));
        QCOMPARE(rows(a, "SELECT count(*) FROM audit_log WHERE action = 'change.device_revoked'"),
                 1);
    }

    void aNurseSendsAndTheOtherInstallationReceivesOnce()
    {
        WorkspaceFixture a, b;
        QVERIFY(a.seed());
        QVERIFY(seedWithoutAnswers(b));
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(trustThroughWindow(a, b, QStringLiteral("laptop-b")));
        QVERIFY(trustThroughWindow(b, a, QStringLiteral("laptop-a")));

        QVERIFY(a.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* send = showPage<TransferPage>(a);
        QVERIFY(send);
        QCOMPARE(send->deviceBox()->count(), 1);
        QCOMPARE(send->deviceBox()->currentData().toString(), QStringLiteral("laptop-b"));
        // A nurse may send her pupils' results and the group figures of her schools.
        QCOMPARE(send->kindBox()->count(), 2);
        QCOMPARE(send->kindBox()->currentData().toInt(),
                 static_cast<int>(db::BundleKind::Identified));
        QCOMPARE(send->schoolList()->count(), 1);
        QCOMPARE(send->roundList()->count(), 2);
        QCOMPARE(send->suggestedFileName(),
                 QStringLiteral("signaali-testikoulu-2026-10-01.bundle"));
        // Nothing to send is refused before anything is written.
        send->roundList()->item(0)->setCheckState(Qt::Unchecked);
        send->roundList()->item(1)->setCheckState(Qt::Unchecked);
        const QString path = a.t.dir.filePath(send->suggestedFileName());
        QVERIFY(!send->send(path));
        QVERIFY(send->problem().contains(QStringLiteral("at least one round")));
        QVERIFY(!QFile::exists(path));
        send->roundList()->item(0)->setCheckState(Qt::Checked);
        send->roundList()->item(1)->setCheckState(Qt::Checked);

        QVERIFY2(send->send(path), qPrintable(send->problem()));
        QVERIFY(QFile::exists(path));
        // Pupils' data: readable by its owner only.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QVERIFY2(send->resultText().startsWith(QStringLiteral("Results for laptop-b written to "
                                                              "signaali-testikoulu-2026-10-01."
                                                              "bundle.")),
                 qPrintable(send->resultText()));
        QVERIFY(send->resultText().contains(QStringLiteral("Responses: 4")));
        QVERIFY(rows(a, "SELECT count(*) FROM audit_log WHERE action = 'export.bundle'") > 0);

        QVERIFY(b.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* receive = showPage<TransferPage>(b);
        QVERIFY2(receive->receive(path), qPrintable(receive->problem()));
        const QString result = receive->resultText();
        QVERIFY2(result.startsWith(QStringLiteral("Results received from laptop-a.")),
                 qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Responses: 4 new, 0 already here")),
                 qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Pupils: 0 new, 4 already here")) ||
                     result.contains(QStringLiteral("matched to the same pupil")),
                 qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("No conflicts.")));
        QCOMPARE(rows(b, "SELECT count(*) FROM response WHERE status = 'completed'"), 4);
        QCOMPARE(rows(b, "SELECT count(*) FROM pupil"), 4);

        // The same file again: refused with db/'s words, and nothing changes.
        QVERIFY(!receive->receive(path));
        QVERIFY2(receive->problem().contains(QStringLiteral("has already been imported")),
                 qPrintable(receive->problem()));
        QVERIFY(receive->problem().startsWith(QFileInfo(path).fileName()));
        QVERIFY(receive->resultText().isEmpty());
        QCOMPARE(rows(b, "SELECT count(*) FROM response WHERE status = 'completed'"), 4);
        QCOMPARE(rows(b, "SELECT count(*) FROM bundle_log WHERE direction = 'received'"), 1);
    }

    void conflictsAreListedAndOpenTheProfile()
    {
        // Both installations screened the same pupils: each completed response
        // received is a second one.
        WorkspaceFixture a, b;
        QVERIFY(a.seed());
        QVERIFY(b.seed());
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(trustThroughWindow(a, b, QStringLiteral("laptop-b")));
        QVERIFY(trustThroughWindow(b, a, QStringLiteral("laptop-a")));
        QVERIFY(a.signIn("hoitaja", WorkspaceFixture::nursePassword));
        const QString path = a.t.dir.filePath(QStringLiteral("a.bundle"));
        QVERIFY(showPage<TransferPage>(a)->send(path));

        QVERIFY(b.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* page = showPage<TransferPage>(b);
        ConflictsPanel* conflicts = page->conflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->conflicts().size(), 0);
        QVERIFY(page->receive(path));
        QVERIFY2(page->resultText().contains(QStringLiteral("4 conflicts")),
                 qPrintable(page->resultText()));
        QCOMPARE(conflicts->conflicts().size(), 4);
        QTableWidget* table = conflicts->table();
        QCOMPARE(table->rowCount(), 4);
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row) {
            names << table->item(row, 0)->text();
            QCOMPARE(table->item(row, 3)->text(), QStringLiteral("second completed response"));
            QVERIFY(!table->item(row, 2)->text().isEmpty());
            QVERIFY(!table->item(row, 2)->text().contains(QStringLiteral("signaali-")));
        }
        QVERIFY(names.contains(QStringLiteral("Testinen, Oppilas0")));
        QVERIFY(rows(b, "SELECT count(*) FROM audit_log WHERE action = 'view.bundle_conflicts'") >
                0);

        const int row = static_cast<int>(names.indexOf(QStringLiteral("Testinen, Oppilas1")));
        QVERIFY(row >= 0);
        table->selectRow(row);
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        // A double-click's first press selects, its second opens.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto* profile = qobject_cast<ProfilePage*>(b.window->tabs()->currentWidget());
        QVERIFY(profile);
        QCOMPARE(profile->pupilId(), b.t.pupilIds[1]);
    }

    void theCoordinatorSendsGroupFiguresOnly()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.addUser(QStringLiteral("koordinaattori"), QStringLiteral("Kaija Koordinaattori"),
                          db::Role::Coordinator, WorkspaceFixture::nursePassword));
        QVERIFY(w.open());
        QVERIFY(w.signIn("koordinaattori", WorkspaceFixture::nursePassword));
        auto* page = showPage<TransferPage>(w);
        QVERIFY(page);
        QCOMPARE(page->kindBox()->count(), 1);
        QCOMPARE(page->kindBox()->currentData().toInt(), static_cast<int>(db::BundleKind::Summary));
        QVERIFY(!page->conflicts());
        QVERIFY(page->suggestedFileName().contains(QStringLiteral("summary")));
        // Nobody trusted yet: the page says where that is done.
        QCOMPARE(page->deviceBox()->count(), 0);
        QVERIFY(!child<QPushButton>(page, "sendBundle")->isEnabled());
        QVERIFY(!page->send(w.t.dir.filePath(QStringLiteral("x.bundle"))));
        QVERIFY(page->problem().contains(QStringLiteral("Devices page")));
        w.window->signOut();

        // The administrator has neither page's sending part, only devices.
        QVERIFY(w.signIn("admin", WorkspaceFixture::adminPassword));
        QVERIFY(!w.window->page<TransferPage>());
        QVERIFY(w.window->page<DevicesPage>());
    }

    void aLongTransferShowsProgressAndHoldsTheLockBack()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        auto* page = showPage<TransferPage>(w);
        auto* events = w.window->findChild<WorkspaceEvents*>();
        QVERIFY(events);
        {
            TransferProgress progress(QStringLiteral("Writing"), events, page);
            const db::BundleProgress report = progress.callback();
            auto* dialog = page->findChild<QProgressDialog*>(QStringLiteral("transferProgress"));
            QVERIFY(dialog);
            report(0, 1000);
            QVERIFY(!dialog->isVisible()); // a short transfer shows nothing
            QTest::qWait(800);
            report(400, 1000);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->value(), 400);
            QVERIFY(dialog->labelText().contains(QStringLiteral("400")));
            // The automatic lock falls due meanwhile: it waits for the transfer.
            w.window->lock();
            QVERIFY(!w.window->isLocked());
            QVERIFY(events->isBusy());
            report(1000, 1000);
            progress.finish();
            QVERIFY(!dialog->isVisible());
            QVERIFY(!events->isBusy());
        }
        QVERIFY(w.window->isLocked());
        // Without a transfer the lock is at once.
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        w.window->lock();
        QVERIFY(w.window->isLocked());
    }

    // Last: it changes the language of the process (back to English at the end).
    void thePagesSpeakFinnishAndSwedish()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        for (const auto& [language, devices, transfer, send] :
             {std::tuple{"fi", "Laitteet", "Lähetä ja vastaanota", "Lähetä tulokset"},
              std::tuple{"sv", "Enheter", "Skicka och ta emot", "Skicka resultat"}}) {
            w.window->setLanguage(QString::fromLatin1(language));
            QCOMPARE(tabTitle(w, w.window->page<DevicesPage>()), QString::fromUtf8(devices));
            auto* page = w.window->page<TransferPage>();
            QCOMPARE(tabTitle(w, page), QString::fromUtf8(transfer));
            QCOMPARE(page->findChild<QGroupBox*>()->title(), QString::fromUtf8(send));
        }
        w.window->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestBundlePages)
#include "tst_bundlepages.moc"
