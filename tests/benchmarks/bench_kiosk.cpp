// Kiosk responsiveness: the time from a pupil's key press to the next question
// painted, over a whole signaali-youth questionnaire, and the time to build and
// show the kiosk window. Prints one JSON object.
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_kiosk   (or under Xvfb with xcb)
#include "KioskFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <algorithm>
#include <cstdio>

using namespace signaali;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    KioskFixture k;
    if (!k.t.seed(3))
        return 1;
    QElapsedTimer timer;
    timer.start();
    if (!k.start())
        return 1;
    const double windowMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!k.checkInAndBegin(0))
        return 1;

    QList<double> latencies;
    while (k.onPage("questionPage")) {
        const Scale* scale = k.session()->instrument().scale(k.session()->current()->scaleId);
        if (!scale->isNumber())
            QTest::keyClick(k.questionPage(), Qt::Key_1);
        timer.restart();
        QTest::keyClick(k.questionPage(), Qt::Key_Return); // saved, moved, rebuilt
        k.window->repaint();                               // and painted
        latencies << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (k.onPage("messagePage") &&
            k.find<QLabel>("messageTitle")->text() != QStringLiteral("Kiitos!"))
            QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
    }
    std::sort(latencies.begin(), latencies.end());
    auto at = [&](double p) {
        return latencies[std::min<qsizetype>(static_cast<qsizetype>(p * latencies.size()),
                                             latencies.size() - 1)];
    };
    const QJsonObject figures{
        {QStringLiteral("benchmark"), QStringLiteral("kiosk")},
        {QStringLiteral("platform"), QApplication::platformName()},
        {QStringLiteral("windowShownMs"), windowMs},
        {QStringLiteral("keyToNextQuestionMs"),
         QJsonObject{{QStringLiteral("pages"), static_cast<int>(latencies.size())},
                     {QStringLiteral("median"), at(0.5)},
                     {QStringLiteral("p95"), at(0.95)},
                     {QStringLiteral("max"), latencies.last()}}}};
    std::puts(QJsonDocument(figures).toJson().constData());
    return 0;
}
