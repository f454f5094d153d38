#pragma once

#include "TestDb.h"
#include "analytics/DashboardWidget.h"
#include "analytics/DistributionChart.h"
#include "analytics/FunnelChart.h"
#include "analytics/GroupSignalTable.h"
#include "analytics/HeatMapWidget.h"
#include "analytics/TrendChart.h"
#include "db/storage/DemoGenerator.h"
#include "db/store/OrganisationStore.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

// A demo municipality (two schools of grades 7-9, three rounds) shared by the
// dashboard tests and the screenshot tour; dashboards over it for any user.
struct DashboardFixture
{
    TestDb t;
    std::unique_ptr<signaali::ui::DashboardWidget> dashboard;

    bool seed(int pupils = 600, int rounds = 3)
    {
        if (!t.open())
            return false;
        signaali::db::DemoOptions options;
        options.pupils = pupils;
        options.rounds = rounds;
        options.seed = 7;
        signaali::db::DemoGenerator generator(t.db->connection(),
                                              TestDb::instrument("signaali-youth"));
        if (const auto generated = generator.generate(options); !generated) {
            qWarning("%s", qPrintable(generated.error()));
            return false;
        }
        return true;
    }

    QList<signaali::db::SchoolInfo> schools()
    {
        return signaali::db::OrganisationStore(t.db->connection()).schools();
    }

    signaali::db::SignedInUser user(signaali::db::Role role, const QList<qint64>& schools = {})
    {
        return t.account(role, schools);
    }

    bool show(const signaali::db::SignedInUser& user)
    {
        dashboard.reset();
        dashboard = std::make_unique<signaali::ui::DashboardWidget>(t.db.get(), user);
        dashboard->resize(1280, 720);
        dashboard->show();
        return QTest::qWaitForWindowExposed(dashboard.get());
    }

    template <typename T> T* find(const char* name) const
    {
        return dashboard->findChild<T*>(QString::fromLatin1(name));
    }
    QComboBox* combo(const char* name) const { return find<QComboBox>(name); }
    // Chooses the entry whose text is `text`; false when there is none.
    bool choose(const char* comboName, const QString& text) const
    {
        QComboBox* c = combo(comboName);
        const int index = c->findText(text);
        if (index < 0)
            return false;
        c->setCurrentIndex(index);
        return true;
    }
    void openTab(int index) const { find<QTabWidget>("dashboardTabs")->setCurrentIndex(index); }
    signaali::ui::ChartPanel* panel(const char* name) const
    {
        return find<signaali::ui::ChartPanel>(name);
    }
};
