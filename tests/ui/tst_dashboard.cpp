// The group and trend dashboard through its real widgets over a demo
// municipality: what each role sees, filters, small-group suppression marks,
// trends, funnel plots and the chart and table exports.
#include "DashboardFixture.h"
#include "analytics/RespondentCount.h"
#include "common/UiLanguage.h"
#include "core/GroupSignals.h"
#include "db/figures/GroupTrends.h"

#include <QAreaSeries>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QSvgRenderer>
#include <QTemporaryDir>

using namespace signaali;
using namespace signaali::ui;

namespace {
enum { SignalsTab, DistributionTab, HeatMapTab, TrendTab, FunnelTab };

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Page objects of a PDF: "/Type /Page", not the "/Type /Pages" tree node.
int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    DashboardFixture f;
    QList<db::SchoolInfo> schools;

    db::FigureQuery latestRound() const
    {
        db::FigureQuery query;
        query.roundIds = {db::OrganisationStore(f.t.db->connection()).rounds().last().id};
        return query;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.seed());
        schools = f.schools();
        QCOMPARE(schools.size(), 2);
    }

    void coordinatorSeesEverySchool()
    {
        QVERIFY(f.show(f.user(db::Role::Coordinator)));
        QVERIFY(!f.dashboard->isRefused());
        QCOMPARE(f.combo("schoolFilter")->count(), schools.size() + 1);
        QCOMPARE(f.combo("schoolFilter")->currentText(), QStringLiteral("All schools"));
        QCOMPARE(f.combo("roundFilter")->count(), 3);
        QCOMPARE(f.combo("roundFilter")->currentIndex(), 2); // the latest round

        // The same figures as GroupFigures gives this user, school by school.
        db::SignedInUser coordinator = f.user(db::Role::Coordinator);
        db::GroupFigures figures(f.t.db->connection(), coordinator);
        const auto rows = figures.figures(latestRound());
        QVERIFY2(rows, qPrintable(rows.error()));
        const QString domain = f.combo("domainFilter")->currentData().toString();
        qint64 respondents = 0;
        QSet<QString> domains;
        for (const db::FigureRow& row : *rows) {
            domains.insert(row.group.domainId);
            if (row.group.domainId == domain)
                respondents += row.respondents.count.value_or(0);
        }
        QCOMPARE(f.combo("domainFilter")->count(), domains.size());

        f.openTab(DistributionTab);
        auto* distribution = f.find<DistributionChart>("distributionChart");
        QCOMPARE(distribution->groups().size(), schools.size());
        QCOMPARE(distribution->respondents(), respondents);
        QVERIFY(f.panel("distributionPanel")->caption().contains(QString::number(respondents)));

        f.openTab(HeatMapTab);
        auto* heatMap = f.find<HeatMapWidget>("heatMap");
        QCOMPARE(heatMap->rowCount(), schools.size());
        QCOMPARE(heatMap->columnCount(), domains.size());
        for (const db::SchoolInfo& school : schools)
            QVERIFY(heatMap->rowLabels().join(QLatin1Char('|')).contains(school.name));

        f.openTab(TrendTab);
        QCOMPARE(f.combo("trendGroup")->itemText(0), QStringLiteral("The municipality"));
    }

    void welfareGroupSeesOnlyItsSchool()
    {
        const db::SchoolInfo own = schools.first(), other = schools.last();
        QVERIFY(f.show(f.user(db::Role::WelfareGroup, {own.id})));
        QVERIFY(!f.dashboard->isRefused());
        QCOMPARE(f.combo("schoolFilter")->count(), 1);
        QCOMPARE(f.combo("schoolFilter")->currentText(), own.name);

        // Its classes, as GroupFigures breaks them down.
        db::SignedInUser welfare = f.user(db::Role::WelfareGroup, {own.id});
        db::GroupFigures figures(f.t.db->connection(), welfare);
        db::FigureQuery query = latestRound();
        query.breakdown = db::Breakdown::Class;
        query.domainIds = {f.combo("domainFilter")->currentData().toString()};
        const auto classes = figures.figures(query);
        QVERIFY2(classes, qPrintable(classes.error()));
        f.openTab(HeatMapTab);
        auto* heatMap = f.find<HeatMapWidget>("heatMap");
        QCOMPARE(heatMap->rowCount(), classes->size());
        QVERIFY(!heatMap->rowLabels().join(QLatin1Char('|')).contains(other.name));

        f.openTab(SignalsTab);
        auto* table = f.find<GroupSignalTable>("signalTable");
        for (int r = 0; r < table->rowCount(); ++r) {
            QVERIFY(table->item(r, GroupSignalTable::GroupColumn)->text().startsWith(own.name));
            QVERIFY(!table->item(r, GroupSignalTable::ReasonColumn)->text().isEmpty());
        }

        f.openTab(TrendTab);
        QComboBox* trendGroup = f.combo("trendGroup");
        QCOMPARE(trendGroup->itemText(0), own.name); // no municipal trend, no other school
        for (int i = 0; i < trendGroup->count(); ++i)
            QVERIFY(!trendGroup->itemText(i).contains(other.name));
    }

    void refusedRolesSeeTheReason()
    {
        for (db::Role role : {db::Role::Admin, db::Role::CaseTeam}) {
            QVERIFY(f.show(f.user(role)));
            QVERIFY(f.dashboard->isRefused());
            auto* message = f.find<QLabel>("dashboardMessage");
            QVERIFY(message->isVisible());
            QVERIFY(message->text().startsWith(QStringLiteral("Group figures are not available")));
            QVERIFY(message->text().contains(QStringLiteral("not allowed:")));
            QVERIFY(!f.find<QTabWidget>("dashboardTabs")->isVisible());
        }
    }

    void filtersChangeTheFigures()
    {
        QVERIFY(f.show(f.user(db::Role::Coordinator)));
        f.openTab(DistributionTab);
        auto* distribution = f.find<DistributionChart>("distributionChart");
        ChartPanel* panel = f.panel("distributionPanel");
        const qint64 everyone = distribution->respondents();
        QVERIFY(everyone > 0);

        QVERIFY(f.choose("genderFilter", QStringLiteral("Girls")));
        QVERIFY(distribution->respondents() > 0);
        QVERIFY(distribution->respondents() < everyone);
        QVERIFY(panel->caption().contains(QStringLiteral("Gender: Girls")));
        QVERIFY(f.choose("genderFilter", QStringLiteral("All genders")));
        QCOMPARE(distribution->respondents(), everyone);

        const QString firstRound = f.combo("roundFilter")->itemText(0);
        f.combo("roundFilter")->setCurrentIndex(0);
        QVERIFY(panel->caption().contains(firstRound));
        QCOMPARE(panel->table().rows.first().first().toString(), firstRound);

        // One school: a bar per class; one grade: only that grade's classes.
        QVERIFY(f.choose("schoolFilter", schools.first().name));
        const QStringList classes = distribution->groups();
        QVERIFY(classes.size() > 3);
        QVERIFY(f.choose("gradeFilter", QStringLiteral("Grade 8")));
        QVERIFY(!distribution->groups().isEmpty());
        QVERIFY(distribution->groups().size() < classes.size());
        for (const QString& group : distribution->groups())
            QVERIFY2(group.startsWith(QLatin1Char('8')), qPrintable(group));

        const QString domain = f.combo("domainFilter")->itemText(3);
        f.combo("domainFilter")->setCurrentIndex(3);
        QVERIFY(distribution->chart()->title().contains(domain));
        QCOMPARE(panel->table().rows.first()[6].toString(),
                 f.combo("domainFilter")->currentData().toString());

        // The heat map follows the same filters when it is opened.
        f.openTab(HeatMapTab);
        auto* heatMap = f.find<HeatMapWidget>("heatMap");
        QCOMPARE(heatMap->rowCount(), distribution->groups().size());
        QVERIFY(f.panel("heatmapPanel")->caption().contains(firstRound));
    }

    void suppressedCellsAreMarked()
    {
        QVERIFY(f.show(f.user(db::Role::Coordinator)));
        QVERIFY(f.choose("schoolFilter", schools.first().name));
        QVERIFY(f.choose("genderFilter", QStringLiteral("Other or not recorded")));
        f.openTab(HeatMapTab);
        auto* heatMap = f.find<HeatMapWidget>("heatMap");
        QVERIFY(heatMap->suppressedCells() > 0);

        // Exactly the cells GroupFigures hides are marked, and they show no count.
        db::SignedInUser coordinator = f.user(db::Role::Coordinator);
        db::GroupFigures figures(f.t.db->connection(), coordinator);
        db::FigureQuery query = latestRound();
        query.schoolIds = {schools.first().id};
        query.breakdown = db::Breakdown::Class;
        query.genders = {QStringLiteral("other")};
        const auto rows = figures.figures(query);
        QVERIFY2(rows, qPrintable(rows.error()));
        int hidden = 0;
        for (const db::FigureRow& row : *rows)
            hidden += row.level(Level::Concern).share ? 0 : 1;
        QCOMPARE(heatMap->suppressedCells(), hidden);
        for (int r = 0; r < heatMap->rowCount(); ++r)
            for (int c = 0; c < heatMap->columnCount(); ++c) {
                const QString text = heatMap->cellText(r, c);
                // A hidden share shows the published count ("1–4", "–", or a count of
                // respondents that are themselves hidden), never a percentage.
                if (heatMap->isSuppressed(r, c))
                    QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
                else
                    QVERIFY2(text.endsWith(QStringLiteral(" %")), qPrintable(text));
            }
        QVERIFY(f.panel("heatmapPanel")->caption().contains(QStringLiteral("suppressed")));

        f.openTab(DistributionTab);
        auto* distribution = f.find<DistributionChart>("distributionChart");
        QVERIFY(distribution->suppressedGroups() > 0);
        bool marked = false;
        for (const QVariantList& row : f.panel("distributionPanel")->table().rows)
            marked |= row.last().toString() == QStringLiteral("yes");
        QVERIFY(marked);
    }

    void captionsCountRespondentsAsTheBarsDo()
    {
        QVERIFY(f.show(f.user(db::Role::Coordinator)));
        QVERIFY(f.choose("schoolFilter", schools.first().name));
        QVERIFY(f.choose("genderFilter", QStringLiteral("Other or not recorded")));
        f.openTab(DistributionTab);
        auto* distribution = f.find<DistributionChart>("distributionChart");
        const RespondentCount& count = distribution->respondentCount();
        // Some classes have only 1-4 such pupils: their bars say "n 1–4".
        QVERIFY(count.smallGroups() > 0);
        QVERIFY(distribution->groups().join(QLatin1Char('|')).contains(QStringLiteral("n 1–4")));
        QCOMPARE(count.shown(), distribution->respondents());
        QCOMPARE(count.groups(), int(distribution->groups().size()));
        const QString caption = f.panel("distributionPanel")->caption();
        QVERIFY2(caption.contains(count.basedOn()), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("fewer than 5")), qPrintable(caption));
        QVERIFY2(!caption.contains(QStringLiteral("Based on 0 ")), qPrintable(caption));
        f.openTab(HeatMapTab);
        const QString heatCaption = f.panel("heatmapPanel")->caption();
        QVERIFY2(heatCaption.contains(QStringLiteral("fewer than 5")), qPrintable(heatCaption));
        QVERIFY2(!heatCaption.contains(QStringLiteral("Based on 0 ")), qPrintable(heatCaption));
        // One mark for every hidden share, explained in the legend.
        auto* heatMap = f.find<HeatMapWidget>("heatMap");
        QVERIFY(heatMap->suppressedCells() > 0);
        for (int r = 0; r < heatMap->rowCount(); ++r)
            for (int c = 0; c < heatMap->columnCount(); ++c)
                if (heatMap->isSuppressed(r, c))
                    QCOMPARE(heatMap->cellText(r, c), QStringLiteral("–"));
        QVERIFY(HeatMapWidget::legendNote().contains(QStringLiteral("fewer than 5")));
        f.openTab(TrendTab);
        const QString trendCaption = f.panel("trendPanel")->caption();
        QVERIFY2(!trendCaption.contains(QStringLiteral("Based on 0 ")), qPrintable(trendCaption));
    }

    void trendsAndFunnelPlots()
    {
        QVERIFY(f.show(f.user(db::Role::Coordinator)));
        QVERIFY(f.choose("measureFilter", QStringLiteral("Flagged (watch or concern)")));
        f.openTab(TrendTab);
        auto* trend = f.find<TrendChart>("trendChart");
        // The municipal trend: a point for each round whose share GroupFigures shows.
        db::SignedInUser coordinator = f.user(db::Role::Coordinator);
        db::GroupTrends figures(f.t.db->connection(), coordinator);
        db::FigureQuery trendQuery;
        for (const db::RoundInfo& round : db::OrganisationStore(f.t.db->connection()).rounds())
            trendQuery.roundIds << round.id;
        trendQuery.breakdown = db::Breakdown::Municipality;
        trendQuery.domainIds = {f.combo("domainFilter")->currentData().toString()};
        trendQuery.measure = Measure::WatchOrConcern;
        const auto series = figures.trends(trendQuery);
        QVERIFY2(series && series->size() == 1, qPrintable(series.error()));
        int shown = 0;
        for (const db::FigureRow& row : series->first().rounds)
            shown += row.measure(Measure::WatchOrConcern).share ? 1 : 0;
        QVERIFY(shown >= 2);
        QCOMPARE(trend->pointCount(), shown);
        QCOMPARE(trend->pointCount() + trend->omittedRounds().size(), 3);
        int bands = 0;
        for (QAbstractSeries* series : trend->chart()->series())
            bands += qobject_cast<QAreaSeries*>(series) ? 1 : 0;
        QCOMPARE(bands, 1);
        QVERIFY(
            f.panel("trendPanel")->caption().contains(QStringLiteral("over %1 rounds").arg(shown)));
        // The test's words name the direction the test found, not always "a rise".
        const QString trendCaption = f.panel("trendPanel")->caption();
        QVERIFY(!trendCaption.contains(QStringLiteral("(a rise)")));
        if (series->first().test)
            QVERIFY2(trendCaption.contains(GroupSignalRules::trendTestText(*series->first().test)),
                     qPrintable(trendCaption));
        QCOMPARE(f.panel("trendPanel")->table().rows.size(), 3);
        // A school's trend, and one round earlier: no more than two rounds.
        QVERIFY(f.choose("trendGroup", schools.last().name));
        QVERIFY(trend->chart()->title().startsWith(schools.last().name));
        f.combo("roundFilter")->setCurrentIndex(1);
        QCOMPARE(trend->pointCount() + trend->omittedRounds().size(), 2);
        f.combo("roundFilter")->setCurrentIndex(2);

        QVERIFY(f.choose("schoolFilter", schools.first().name));
        f.openTab(FunnelTab);
        auto* funnel = f.find<FunnelChart>("funnelChart");
        db::FigureQuery query = latestRound();
        query.schoolIds = {schools.first().id};
        query.breakdown = db::Breakdown::Class;
        query.domainIds = {f.combo("domainFilter")->currentData().toString()};
        query.measure = Measure::WatchOrConcern;
        const auto plots = figures.funnels(query);
        QVERIFY2(plots && plots->size() == 1, qPrintable(plots.error()));
        int outside = 0;
        for (const db::FunnelPoint& point : plots->first().points)
            outside += point.position && *point.position != stats::FunnelPosition::Within ? 1 : 0;
        QCOMPARE(funnel->placedPoints() + funnel->hiddenPoints(), plots->first().points.size());
        QVERIFY(funnel->placedPoints() > 3);
        QCOMPARE(funnel->outsideLabels().size(), outside);
        QCOMPARE(f.panel("funnelPanel")->table().rows.size(), plots->first().points.size());
    }

    void chartsAndTablesExport()
    {
        QVERIFY(f.show(f.user(db::Role::Coordinator)));
        QVERIFY(f.choose("schoolFilter", schools.first().name));
        QTemporaryDir dir;
        QString next, suggestedPath;
        f.dashboard->setSavePrompt(
            [&](QWidget*, const QString&, const QString& suggested, const QString&) {
                suggestedPath = suggested;
                return next;
            });
        const QList<std::pair<int, const char*>> panels{{DistributionTab, "distributionPanel"},
                                                        {HeatMapTab, "heatmapPanel"},
                                                        {TrendTab, "trendPanel"},
                                                        {FunnelTab, "funnelPanel"}};
        for (const auto& [tab, name] : panels) {
            f.openTab(tab);
            ChartPanel* panel = f.panel(name);
            auto click = [&](const char* button, const char* suffix) {
                next = dir.filePath(QString::fromLatin1(name) + QLatin1Char('.') +
                                    QString::fromLatin1(suffix));
                QTest::mouseClick(panel->findChild<QPushButton*>(QString::fromLatin1(button)),
                                  Qt::LeftButton);
                return next;
            };
            const QString png = click("exportPng", "png");
            QVERIFY2(suggestedPath.endsWith(QStringLiteral(".png")), qPrintable(suggestedPath));
            const QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(png));
            QCOMPARE(image.size(), panel->figure()->size() * ChartPanel::kPngScale);
            QVERIFY(panel->findChild<QLabel*>(QStringLiteral("exportStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Saved")));

            const QString svg = click("exportSvg", "svg");
            QVERIFY2(QSvgRenderer(svg).isValid(), qPrintable(svg));

            const QByteArray pdf = readAll(click("exportPdf", "pdf"));
            QVERIFY(pdf.startsWith("%PDF"));
            QCOMPARE(pdfPages(pdf), 1);

            QByteArray csv = readAll(click("exportCsv", "csv"));
            if (csv.startsWith("\xEF\xBB\xBF")) // the byte order mark Excel needs for UTF-8
                csv.remove(0, 3);
            QVERIFY2(csv.startsWith("round,"), csv.left(80).constData());
            QVERIFY(csv.count('\n') > 2);

            QVERIFY(readAll(click("exportXlsx", "xlsx")).startsWith("PK"));
        }
        // Every export is in the audit log, as the user who made it.
        QSqlQuery logged(f.t.db->connection());
        QVERIFY(logged.exec(QStringLiteral("SELECT count(*), count(DISTINCT user_id) FROM "
                                           "audit_log WHERE action = 'export.figures'")));
        QVERIFY(logged.next());
        QCOMPARE(logged.value(0).toInt(), int(panels.size()) * 5);
        QCOMPARE(logged.value(1).toInt(), 1);
        // A refused path leaves nothing and says so.
        ChartPanel* panel = f.panel("funnelPanel");
        QString error;
        QVERIFY(!panel->exportTo(dir.filePath(QStringLiteral("no/such/folder/x.png")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!panel->exportTo(dir.filePath(QStringLiteral("x.doc")), &error));
    }

    // Last: it switches the language to Finnish, whose texts are the longest.
    void nothingIsCutOffOnALaptopScreen()
    {
        UiLanguage::set(QStringLiteral("fi"));
        for (const QSize size : {QSize(1280, 720), QSize(1366, 768)}) {
            QVERIFY(f.show(f.user(db::Role::Coordinator)));
            f.dashboard->resize(size);
            f.openTab(TrendTab);
            QTest::qWait(20);
            const QList<QComboBox*> combos = f.dashboard->findChildren<QComboBox*>();
            QVERIFY(combos.size() >= 7);
            for (QComboBox* combo : combos) {
                // Its longest entry chosen, the list still shows it whole.
                int longest = 0;
                for (int i = 0; i < combo->count(); ++i)
                    if (combo->fontMetrics().horizontalAdvance(combo->itemText(i)) >
                        combo->fontMetrics().horizontalAdvance(combo->itemText(longest)))
                        longest = i;
                combo->setCurrentIndex(longest);
                QTest::qWait(1);
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.currentText = combo->currentText();
                option.frame = combo->hasFrame();
                const QRect field = combo->style()->subControlRect(
                    QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                QVERIFY2(combo->fontMetrics().horizontalAdvance(combo->currentText()) <=
                             field.width(),
                         qPrintable(QStringLiteral("%1 at %2x%3: '%4' in %5 px")
                                        .arg(combo->objectName())
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(combo->currentText())
                                        .arg(field.width())));
            }
            f.openTab(HeatMapTab);
            QTest::qWait(20);
            auto* heatMap = f.find<HeatMapWidget>("heatMap");
            QVERIFY(heatMap->columnCount() > 3);
            const QFontMetricsF metrics(heatMap->font());
            for (int c = 0; c < heatMap->columnCount(); ++c) {
                const QRectF box = heatMap->columnHeaderRect(c);
                const QString label = heatMap->columnLabels()[c];
                const QSizeF needed =
                    heatMap->headersRotated()
                        ? QSizeF(metrics.lineSpacing(), metrics.horizontalAdvance(label))
                        : metrics
                              .boundingRect(QRectF(0, 0, box.width(), 1e6),
                                            Qt::AlignHCenter | Qt::TextWordWrap, label)
                              .size();
                QVERIFY2(needed.width() <= box.width() + 0.5 &&
                             needed.height() <= box.height() + 0.5,
                         qPrintable(QStringLiteral("'%1' needs %2x%3 in %4x%5")
                                        .arg(label)
                                        .arg(needed.width())
                                        .arg(needed.height())
                                        .arg(box.width())
                                        .arg(box.height())));
            }
            for (int r = 0; r < heatMap->rowCount(); ++r)
                QVERIFY(metrics.horizontalAdvance(heatMap->rowLabels()[r]) <=
                        heatMap->rowHeaderRect(r).width() + 0.5);
        }
        UiLanguage::set(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
