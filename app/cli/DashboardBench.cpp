// bench dashboard: the time of each dashboard query, and of the same figures
// counted straight from the result tables.
#include "cli/DashboardBench.h"
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "db/admin/Organisation.h"
#include "db/figures/GroupFigures.h"
#include "db/figures/GroupSummary.h"
#include "db/figures/GroupTrends.h"
#include "db/storage/BenchFixtures.h"
#include "db/storage/Database.h"
#include "db/storage/DatabaseKeys.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <algorithm>
#include <functional>

namespace signaali::cli {

namespace {
struct Timing
{
    double coldMs = 0; // median of runs that start with no protected round cached
    double warmMs = 0; // median of runs repeating a query the dashboard has just made
    int rows = 0;
};

double timed(const std::function<int()>& run, int* rows)
{
    QElapsedTimer timer;
    timer.start();
    *rows = run();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// `repeats` cold runs (the cache of protected rounds emptied before each) and
// as many warm ones.
Timing measure(int repeats, const std::function<int()>& run)
{
    QList<double> cold, warm;
    Timing timing;
    for (int i = 0; i < std::max(1, repeats); ++i) {
        db::GroupFigures::forgetProtectedRounds();
        cold << timed(run, &timing.rows);
    }
    for (int i = 0; i < std::max(1, repeats); ++i)
        warm << timed(run, &timing.rows);
    timing.coldMs = median(cold);
    timing.warmMs = median(warm);
    return timing;
}

QJsonObject toJson(const Timing& t)
{
    return {{QStringLiteral("coldMs"), t.coldMs},
            {QStringLiteral("warmMs"), t.warmMs},
            {QStringLiteral("rows"), t.rows}};
}

QJsonObject scanJson(const Timing& t)
{
    return {{QStringLiteral("ms"), t.coldMs}, {QStringLiteral("rows"), t.rows}};
}

// Summary counts summed over classes, for comparing with the scan.
QMap<QString, std::array<qint64, 3>> byGroup(const QList<db::SummaryCount>& counts,
                                             const QString& instrument, qint64 school)
{
    QMap<QString, std::array<qint64, 3>> sums;
    for (const db::SummaryCount& c : counts) {
        if (c.instrumentId != instrument || (school != 0 && c.schoolId != school))
            continue;
        auto& sum = sums[QStringLiteral("%1|%2|%3|%4")
                             .arg(c.domainId)
                             .arg(c.schoolId)
                             .arg(c.grade)
                             .arg(c.gender)];
        sum[0] += c.ok;
        sum[1] += c.watch;
        sum[2] += c.concern;
    }
    return sums;
}
} // namespace

QJsonObject benchDashboard(const QString& path, int repeats)
{
    if (!QFileInfo::exists(path))
        badInput(QStringLiteral("bench: --db %1: no such file").arg(path));
    if (db::DatabaseKeys::isEncrypted(path)) // real people's data: never a demo
        badInput(QStringLiteral("bench: ") +
                 RefusalText::message(db::Refusal::of(db::Refusal::Code::BenchDemoOnly)));
    db::OpenError error;
    auto database = db::Database::open(path, &error);
    if (!database)
        badInput(error.toString());
    return benchDashboard(*database, repeats);
}

QJsonObject benchDashboard(db::Database& database, int repeats)
{
    const QString path = database.path();
    QSqlDatabase& connection = database.connection();
    const QString instrument = QStringLiteral("signaali-youth");
    const db::SignedInUser coordinator =
        benchAccount(connection, QStringLiteral("bench.coordinator"), db::Role::Coordinator, {});
    const QList<db::RoundInfo> rounds =
        take(db::roundsFor(connection, coordinator), QStringLiteral("bench"));
    if (rounds.isEmpty())
        badInput(QStringLiteral("bench: %1 has no screening rounds; make one with "
                                "signaali-cli generate-demo")
                     .arg(path));
    db::GroupFigures figures(connection, coordinator);
    db::GroupTrends trends(connection, coordinator);
    QList<qint64> allRounds;
    for (const db::RoundInfo& r : rounds)
        allRounds << r.id;
    db::FigureQuery base;
    base.instrumentId = instrument;
    base.roundIds = allRounds;
    // The latest round with figures, as the dashboard opens on it, and its
    // school with the most questionnaires.
    const auto focus = db::BenchFixtures(connection).dashboardFocus(instrument);
    if (!focus && focus.refusal.kind == db::Refusal::Kind::NotFound)
        badInput(QStringLiteral("bench: %1 has no completed questionnaires of %2")
                     .arg(path, instrument));
    const auto [latest, latestName, schoolId, schoolName] = take(focus, QStringLiteral("bench"));

    auto query = [&](db::Breakdown breakdown, QList<qint64> schools, bool byGender,
                     QList<qint64> roundIds) {
        db::FigureQuery q = base;
        q.breakdown = breakdown;
        q.schoolIds = std::move(schools);
        q.byGender = byGender;
        q.roundIds = std::move(roundIds);
        return q;
    };
    auto rowsOf = [&](const db::FigureQuery& q) {
        const auto rows = figures.figures(q);
        if (!rows)
            throw CliFailure(Failure, QStringLiteral("bench: %1").arg(rows.error()));
        return static_cast<int>(rows->size());
    };
    QJsonObject queries;
    QMap<QString, Timing> timings;
    auto time = [&](const QString& name, const std::function<int()>& run) {
        timings.insert(name, measure(repeats, run));
        queries.insert(name, toJson(timings.value(name)));
    };
    time(QStringLiteral("municipality"),
         [&] { return rowsOf(query(db::Breakdown::Municipality, {}, false, {latest})); });
    time(QStringLiteral("school"),
         [&] { return rowsOf(query(db::Breakdown::School, {schoolId}, false, {latest})); });
    time(QStringLiteral("perSchool"),
         [&] { return rowsOf(query(db::Breakdown::School, {}, false, {latest})); });
    time(QStringLiteral("perGradeOfSchool"),
         [&] { return rowsOf(query(db::Breakdown::Grade, {schoolId}, false, {latest})); });
    time(QStringLiteral("perClassOfSchool"),
         [&] { return rowsOf(query(db::Breakdown::Class, {schoolId}, false, {latest})); });
    time(QStringLiteral("perMunicipalGrade"),
         [&] { return rowsOf(query(db::Breakdown::MunicipalGrade, {}, false, {latest})); });
    time(QStringLiteral("municipalityByGender"),
         [&] { return rowsOf(query(db::Breakdown::Municipality, {}, true, {latest})); });
    time(QStringLiteral("schoolByGender"),
         [&] { return rowsOf(query(db::Breakdown::School, {schoolId}, true, {latest})); });
    time(QStringLiteral("trendMunicipality"), [&] {
        const auto series = trends.trends(query(db::Breakdown::Municipality, {}, false, allRounds));
        return series ? static_cast<int>(series->size()) : 0;
    });
    time(QStringLiteral("trendSchool"), [&] {
        const auto series =
            trends.trends(query(db::Breakdown::School, {schoolId}, false, allRounds));
        return series ? static_cast<int>(series->size()) : 0;
    });
    time(QStringLiteral("groupSignalsSchools"), [&] {
        const auto found = trends.groupSignals(query(db::Breakdown::School, {}, false, allRounds));
        return found ? static_cast<int>(found->size()) : 0;
    });
    time(QStringLiteral("groupSignalsClassesOfSchool"), [&] {
        db::FigureQuery q = query(db::Breakdown::Class, {schoolId}, false, allRounds);
        q.reference = db::Reference::School;
        const auto found = trends.groupSignals(q);
        return found ? static_cast<int>(found->size()) : 0;
    });

    // The same counts straight from the result tables, without the summary.
    QList<db::SummaryCount> scanned;
    const Timing scanMunicipality = measure(repeats, [&] {
        scanned = db::GroupSummary::scanResults(connection, latest, instrument, 0, false);
        return static_cast<int>(scanned.size());
    });
    const bool sameMunicipality =
        byGroup(scanned, instrument, 0) ==
        byGroup(db::GroupSummary::stored(connection, latest), instrument, 0);
    const Timing scanSchool = measure(repeats, [&] {
        scanned = db::GroupSummary::scanResults(connection, latest, instrument, schoolId, true);
        return static_cast<int>(scanned.size());
    });
    const bool sameSchool =
        byGroup(scanned, instrument, schoolId) ==
        byGroup(db::GroupSummary::stored(connection, latest), instrument, schoolId);
    const Timing& municipality = timings[QStringLiteral("municipality")];
    const Timing& perClass = timings[QStringLiteral("perClassOfSchool")];
    const qint64 questionnaires =
        take(db::BenchFixtures(connection).counts(), QStringLiteral("bench"))
            .completedQuestionnaires;
    return {
        {QStringLiteral("benchmark"), QStringLiteral("dashboard")},
        {QStringLiteral("database"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("completedQuestionnaires"), questionnaires},
        {QStringLiteral("rounds"), static_cast<int>(rounds.size())},
        {QStringLiteral("round"), latestName},
        {QStringLiteral("school"), schoolName},
        {QStringLiteral("threshold"), db::smallGroupThreshold(connection)},
        {QStringLiteral("repeats"), repeats},
        {QStringLiteral("note"),
         QStringLiteral("coldMs: median of --repeats runs with no protected round cached; "
                        "warmMs: the same query again while the database is unchanged. Every "
                        "query is protected as for a coordinator, all domains and the overall "
                        "level. ratio: scan ms / cold query ms.")},
        {QStringLiteral("queries"), queries},
        {QStringLiteral("scan"),
         QJsonObject{
             {QStringLiteral("municipality"), scanJson(scanMunicipality)},
             {QStringLiteral("schoolWithClasses"), scanJson(scanSchool)},
             {QStringLiteral("sameCounts"), sameMunicipality && sameSchool},
             {QStringLiteral("what"),
              QStringLiteral("the per-school, grade, gender (and class) level counts of the "
                             "round counted from result and domain_result, unprotected")}}},
        {QStringLiteral("ratio"),
         QJsonObject{{QStringLiteral("municipality"),
                      scanMunicipality.coldMs / std::max(municipality.coldMs, 1e-3)},
                     {QStringLiteral("schoolWithClasses"),
                      scanSchool.coldMs / std::max(perClass.coldMs, 1e-3)}}},
    };
}

} // namespace signaali::cli
