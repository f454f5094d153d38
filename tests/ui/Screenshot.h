#pragma once

// For the screenshot tours run by scripts/screenshots.sh under Xvfb.

#include <QApplication>
#include <QProcess>
#include <QTest>

// The whole screen as `folder`/`name`.png with ImageMagick's `import -window
// root`, after the window has painted.
inline bool shootScreen(const QString& folder, const char* name, int settleMs = 400)
{
    QApplication::processEvents();
    QTest::qWait(settleMs);
    const QString file =
        folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png");
    const int rc = QProcess::execute(QStringLiteral("import"),
                                     {QStringLiteral("-window"), QStringLiteral("root"), file});
    qInfo("%s: %s", qPrintable(file), rc == 0 ? "ok" : "FAILED");
    return rc == 0;
}
