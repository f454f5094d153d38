// bench workspace: how fast the nurse's class overview, attention list and
// pupil profile open on a given database.
#include "cli/WorkspaceBench.h"
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "core/Percentiles.h"
#include "db/admin/Organisation.h"
#include "db/storage/BenchFixtures.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/ClassOverview.h"
#include "db/workspace/PupilProfile.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>

namespace signaali::cli {

namespace {
template <typename F> double timed(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int runWorkspaceBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the nurse workspace on --db as a nurse (bench.nurse, made on first use)\n"
        "assigned to one school: the class overview of its largest class in the latest\n"
        "round, the attention list of the school, and pupil profiles. Prints one JSON object\n"
        "(milliseconds; every call includes its audit log write)."));
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("workspace"));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("school"),
                      QStringLiteral("School to work in (default: the first by name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each view (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parseOrFail(parser, arguments, QStringLiteral("bench workspace"));
    if (!parser.isSet(QStringLiteral("db")))
        badInput(QStringLiteral("bench workspace: --db PATH is required"));
    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs <= 0)
        badInput(QStringLiteral("bench workspace: --runs must be a positive whole number"));

    std::unique_ptr<db::Database> database;
    const double openMs = timed([&] { database = openDatabase(parser); });
    QJsonObject figures = benchWorkspace(*database, parser.value(QStringLiteral("school")), runs);
    figures.insert(QStringLiteral("openMs"), openMs);
    printJson(figures);
    return Ok;
}

QJsonObject benchWorkspace(db::Database& database, const QString& schoolName, int runs)
{
    QSqlDatabase& connection = database.connection();
    db::BenchFixtures fixtures(connection);
    const auto schools = fixtures.schools();
    if (!schools)
        badInput(QStringLiteral("bench workspace: ") + schools.error());
    const QString empty = QStringLiteral("bench workspace: %1 has no schools or rounds (make "
                                         "one with generate-demo)")
                              .arg(database.path());
    if (schools->isEmpty())
        badInput(empty);
    std::optional<db::SchoolInfo> school = schools->first();
    if (!schoolName.isEmpty()) {
        school.reset();
        for (const db::SchoolInfo& candidate : *schools)
            if (candidate.name == schoolName)
                school = candidate;
    }
    if (!school)
        badInput(QStringLiteral("bench workspace: --school: no school '%1'").arg(schoolName));
    const db::SignedInUser nurse =
        benchAccount(connection, QStringLiteral("bench.nurse"), db::Role::Nurse, {school->id});
    const QList<db::RoundInfo> rounds =
        take(db::roundsFor(connection, nurse), QStringLiteral("bench workspace"));
    if (rounds.isEmpty())
        badInput(empty);
    const db::RoundInfo round = rounds.last();

    const auto classes = db::classesOf(connection, nurse, school->id);
    if (!classes || classes->isEmpty())
        badInput(QStringLiteral("bench workspace: the school has no classes"));
    const db::ClassInfo largest = *std::max_element(
        classes->begin(), classes->end(),
        [](const db::ClassInfo& a, const db::ClassInfo& b) { return a.pupils < b.pupils; });

    db::OverviewRequest overviewRequest;
    overviewRequest.groupId = largest.id;
    overviewRequest.roundId = round.id;
    QList<double> overviewMs, attentionMs, profileMs;
    std::optional<db::ClassOverview> overview;
    int attentionItems = 0;
    for (int i = 0; i < runs; ++i) {
        overviewMs << timed([&] {
            auto result = db::classOverview(connection, nurse, overviewRequest);
            if (!result)
                throw CliFailure(Failure, QStringLiteral("bench: ") + result.error());
            overview = std::move(*result.value);
        });
        attentionMs << timed([&] {
            const auto result = db::attentionList(connection, nurse);
            if (!result)
                throw CliFailure(Failure, QStringLiteral("bench: ") + result.error());
            attentionItems = static_cast<int>(result->size());
        });
    }
    if (overview->rows.isEmpty())
        badInput(QStringLiteral("bench workspace: the class %1 has no pupils").arg(largest.name));
    int answers = 0, historyPoints = 0;
    for (int i = 0; i < runs; ++i) {
        const db::OverviewRow& row = overview->rows[i % overview->rows.size()];
        db::ProfileRequest request;
        request.pupil = row.pupilUuid;
        profileMs << timed([&] {
            const auto result = db::pupilProfile(connection, nurse, request);
            if (!result)
                throw CliFailure(Failure, QStringLiteral("bench: ") + result.error());
            answers = 0;
            historyPoints = 0;
            for (const db::ProfileInstrument& section : result->instruments) {
                answers += static_cast<int>(section.answers.size());
                historyPoints += static_cast<int>(section.history.size());
            }
        });
    }
    const db::BenchCounts counts = take(fixtures.counts(school->id), QStringLiteral("bench"));
    QJsonObject overviewJson = timingSummary(overviewMs);
    overviewJson.insert(QStringLiteral("pupils"), static_cast<int>(overview->rows.size()));
    overviewJson.insert(QStringLiteral("completed"), overview->completed);
    QJsonObject attentionJson = timingSummary(attentionMs);
    attentionJson.insert(QStringLiteral("items"), attentionItems);
    QJsonObject profileJson = timingSummary(profileMs);
    profileJson.insert(QStringLiteral("answersOfLast"), answers);
    profileJson.insert(QStringLiteral("historyPointsOfLast"), historyPoints);
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("workspace")},
                       {QStringLiteral("database"), database.path()},
                       {QStringLiteral("pupils"), counts.pupils},
                       {QStringLiteral("questionnaires"), counts.completedQuestionnaires},
                       {QStringLiteral("rounds"), static_cast<int>(rounds.size())},
                       {QStringLiteral("school"), school->name},
                       {QStringLiteral("schoolPupils"), counts.schoolPupils},
                       {QStringLiteral("class"), largest.name},
                       {QStringLiteral("round"), round.name},
                       {QStringLiteral("classOverviewMs"), overviewJson},
                       {QStringLiteral("attentionListMs"), attentionJson},
                       {QStringLiteral("profileMs"), profileJson}};
}

} // namespace signaali::cli
