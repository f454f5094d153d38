// Shows the group and trend dashboard under Xvfb and takes a screenshot of the
// screen for each view with ImageMagick's `import -window root`. Run by
// scripts/screenshots.sh; writes docs/screenshots/dashboard*.png into the folder given.
#include "DashboardFixture.h"
#include "Screenshot.h"
#include "common/UiLanguage.h"

#include <QApplication>
#include <QProcess>

using namespace signaali;
using namespace signaali::ui;

namespace {
QString g_folder;

bool shoot(const char* name)
{
    return shootScreen(g_folder, name);
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    g_folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    // In English, as the README's captions are; plurals come from the English translation.
    UiLanguage::set(QStringLiteral("en"));
    DashboardFixture f;
    // Five schools and four rounds: enough groups for funnels and trends.
    if (!f.seed(2200, 4))
        return 1;
    if (!f.show(f.user(db::Role::Coordinator)))
        return 1;
    f.dashboard->setWindowTitle(QStringLiteral("Signaali"));
    f.dashboard->resize(1366, 768);
    f.dashboard->move(0, 0);
    bool ok = shoot("dashboard");

    const QString school = f.schools().first().name;
    f.choose("schoolFilter", school);
    f.openTab(1);
    ok &= shoot("dashboard-distribution");
    f.openTab(2);
    ok &= shoot("dashboard-heatmap");
    f.choose("genderFilter", QStringLiteral("Other or not recorded"));
    ok &= shoot("dashboard-heatmap-suppressed");
    f.choose("genderFilter", QStringLiteral("All genders"));
    f.openTab(3);
    f.choose("trendGroup", school);
    ok &= shoot("dashboard-trend");
    // Schools against the municipality: classes are mostly too small to be placed.
    f.choose("schoolFilter", QStringLiteral("All schools"));
    f.choose("measureFilter", QStringLiteral("Flagged (watch or concern)"));
    f.openTab(4);
    ok &= shoot("dashboard-funnel");
    f.choose("measureFilter", QStringLiteral("At concern level"));
    f.openTab(0);
    ok &= shoot("dashboard-signals");
    return ok ? 0 : 1;
}
