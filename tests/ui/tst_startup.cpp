// The `signaali` binary started where there is no display (a terminal over
// ssh, a service): --help and --version answer, and a plain start says why it
// cannot open a window instead of aborting.
#include <QDir>
#include <QProcess>
#include <QTest>

class TestStartup : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Run runWithoutDisplay(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("SIGNAALI_DATA_DIR"), QDir::tempPath());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SIGNAALI_GUI), arguments);
        Run run;
        if (!process.waitForStarted() || !process.waitForFinished(60000)) {
            process.kill();
            return run;
        }
        run.status = process.exitStatus();
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void helpNeedsNoDisplay()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--help")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--db")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("--language")));
    }

    void versionNeedsNoDisplay()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--version")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("signaali ")), qPrintable(run.out + run.err));
    }

    void aStartWithoutDisplaySaysWhy()
    {
        const Run run = runWithoutDisplay({});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no display")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
