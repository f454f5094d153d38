// The workspace on an encrypted database: nothing is read before a password
// opens a key slot, locking and signing out close the file and wipe the key,
// the same password opens it again with the pages as they were, a running
// screening keeps it open, and the recovery sheet is written as a PDF.
#include "WorkspaceFixture.h"
#include "db/storage/CryptVfs.h"
#include "db/storage/DatabaseKeys.h"
#include "db/storage/Encryption.h"
#include "db/storage/KeySlots.h"
#include "kiosk/KioskWindow.h"
#include "workspace/ProfilePage.h"
#include "workspace/RecoverySheetDialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

using namespace signaali;

class TestEncryptedWorkspace : public QObject
{
    Q_OBJECT

    // The fixture's database, encrypted by its administrator, open but locked.
    static bool encrypt(WorkspaceFixture& w, QString* recoveryKey = nullptr)
    {
        if (!w.seed())
            return false;
        w.t.db.reset();
        const auto done = db::Encryption::encrypt(
            {w.t.path(),
             QStringLiteral("admin"),
             QString::fromLatin1(w.adminPassword),
             {{QStringLiteral("hoitaja"), QString::fromLatin1(w.nursePassword)}}});
        if (!done)
            return false;
        if (recoveryKey)
            *recoveryKey = done->recoveryKey;
        db::OpenError error;
        w.t.db = db::Database::openLocked(w.t.path(), &error);
        return w.t.db && !w.t.db->isOpen();
    }

private slots:
    void initTestCase() { db::keyslots::setCostForTests(KdfCost::cheapestForTests()); }

    void signInOpensAndLockClosesTheDatabase()
    {
        WorkspaceFixture w;
        QVERIFY(encrypt(w));
        QVERIFY(w.open());
        QVERIFY(!w.t.db->isOpen());

        QVERIFY(!w.signIn("hoitaja", "väärä-salasana"));
        QVERIFY(!w.t.db->isOpen());

        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QVERIFY(w.t.db->isOpen());
        QVERIFY(w.t.db->isEncrypted());
        QCOMPARE(db::CryptVfs::attachedKeys(), 1);
        const int tabs = w.window->tabs()->count();
        QVERIFY(tabs >= 3);

        w.window->lock();
        QVERIFY(w.window->isLocked());
        QVERIFY(!w.t.db->isOpen()); // the key went with the connection
        QVERIFY(!w.t.db->isEncrypted());
        QCOMPARE(db::CryptVfs::attachedKeys(), 0);
        QCOMPARE(db::keyslots::attachedCount(), 0);
        QVERIFY(!w.signIn("hoitaja", "väärä-salasana"));
        QVERIFY(!w.t.db->isOpen());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QVERIFY(w.t.db->isOpen());
        QCOMPARE(w.window->tabs()->count(), tabs);
        // The pages read again after the unlock.
        QVERIFY(w.window->openProfile(w.t.pupilIds[0])->isLoaded());

        w.window->signOut();
        QVERIFY(!w.t.db->isOpen());
        QVERIFY(w.signIn("admin", WorkspaceFixture::adminPassword));
        QVERIFY(w.t.db->isOpen());
    }

    void anAdministratorsFirstSignInEncryptsAPlaintextDatabase()
    {
        WorkspaceFixture w;
        QVERIFY(w.seed());
        QVERIFY(w.createMember() != 0);
        w.encrypts = true;
        QVERIFY(w.open());
        // The set-up of an older database: the recovery sheet, then the one-time passwords.
        QStringList seen;
        const QString pdf = w.t.dir.filePath(QStringLiteral("sheet.pdf"));
        QTimer answer;
        connect(&answer, &QTimer::timeout, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (!widget->isVisible())
                    continue;
                if (auto* sheet = qobject_cast<ui::RecoverySheetDialog*>(widget)) {
                    QString error;
                    sheet->writePdf(pdf, &error);
                    seen << QStringLiteral("sheet");
                    sheet->accept();
                } else if (auto* box = qobject_cast<QMessageBox*>(widget);
                           box && box->objectName() == QLatin1String("oneTimePasswords")) {
                    seen << box->detailedText();
                    box->accept();
                }
            }
        });
        answer.start(50);
        QVERIFY(w.signIn("admin", WorkspaceFixture::adminPassword));
        answer.stop();
        QVERIFY(db::DatabaseKeys::isEncrypted(w.t.path()));
        QVERIFY(w.t.db->isOpen());
        QVERIFY(w.t.db->isEncrypted());
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen.value(1).contains(QStringLiteral("kuraattori")),
                 qPrintable(seen.join(QLatin1Char('|'))));
        QVERIFY(QFileInfo::exists(pdf));
        // The nurse's password was not known: she has a one-time one now.
        w.window->signOut();
        QVERIFY(!w.signIn("hoitaja", WorkspaceFixture::nursePassword));
    }

    void aScreeningKeepsTheDatabaseOpenUntilTheKioskCloses()
    {
        WorkspaceFixture w;
        QVERIFY(encrypt(w));
        QVERIFY(w.open());
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QTimer::singleShot(0, w.window.get(), [] {
            auto* setup = QApplication::activeModalWidget();
            if (!setup)
                return;
            for (const char* name : {"pin", "pinAgain"})
                setup->findChild<QLineEdit*>(QString::fromLatin1(name))
                    ->setText(QStringLiteral("2468"));
            setup->findChild<QPushButton*>(QStringLiteral("startKiosk"))->click();
        });
        w.window->screeningAction()->trigger();
        auto* kiosk = qobject_cast<ui::KioskWindow*>([] {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (qobject_cast<ui::KioskWindow*>(widget) && widget->isVisible())
                    return widget;
            return static_cast<QWidget*>(nullptr);
        }());
        QVERIFY(kiosk);
        QVERIFY(w.window->isLocked());
        QVERIFY(w.t.db->isOpen()); // the kiosk works under the nurse's key
        QCOMPARE(db::CryptVfs::attachedKeys(), 1);
        emit kiosk->exited();
        QTRY_VERIFY(!w.t.db->isOpen()); // and the key goes when it closes
        QCOMPARE(db::CryptVfs::attachedKeys(), 0);
        QVERIFY(w.signIn("hoitaja", WorkspaceFixture::nursePassword));
        QVERIFY(w.t.db->isOpen());
    }

    void recoverySheetIsAPdfWithTheKey()
    {
        WorkspaceFixture w;
        QString key;
        QVERIFY(encrypt(w, &key));
        QVERIFY(db::DatabaseKeys::unlockWithRecoveryKey(w.t.path(), key));
        ui::RecoverySheetDialog sheet(QStringLiteral("Testikunta"), w.t.path(), key);
        QVERIFY(sheet.html().contains(key));
        const QString pdf = w.t.dir.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY2(sheet.writePdf(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (text.waitForStarted() && text.waitForFinished()) {
            const QString words = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(words.contains(key.left(9)), qPrintable(words));
        }
    }
};

QTEST_MAIN(TestEncryptedWorkspace)
#include "tst_encryptedworkspace.moc"
