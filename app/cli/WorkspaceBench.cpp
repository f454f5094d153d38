// bench workspace: how fast the nurse's class overview, attention list and
// pupil profile open on a given database.
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "cli/WorkspaceCommands.h"
#include "core/Percentiles.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/OrganisationStore.h"
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
    QSqlDatabase& connection = database->connection();
    db::OrganisationStore organisation(connection);
    const QList<db::SchoolInfo> schools = organisation.schools();
    const QList<db::RoundInfo> rounds = organisation.rounds();
    if (schools.isEmpty() || rounds.isEmpty())
        badInput(QStringLiteral("bench workspace: %1 has no schools or rounds (make one with "
                                "generate-demo)")
                     .arg(database->path()));
    std::optional<db::SchoolInfo> school = schools.first();
    if (parser.isSet(QStringLiteral("school")))
        school = organisation.school(parser.value(QStringLiteral("school")));
    if (!school)
        badInput(QStringLiteral("bench workspace: --school: no school '%1'")
                     .arg(parser.value(QStringLiteral("school"))));
    const db::RoundInfo round = rounds.last();
    const db::SignedInUser nurse =
        benchAccount(connection, QStringLiteral("bench.nurse"), db::Role::Nurse, {school->id});

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
    const auto count = [&](const char* sql) {
        return db::scalar(connection, QString::fromLatin1(sql)).value_or(0).toLongLong();
    };
    QJsonObject overviewJson = timingSummary(overviewMs);
    overviewJson.insert(QStringLiteral("pupils"), static_cast<int>(overview->rows.size()));
    overviewJson.insert(QStringLiteral("completed"), overview->completed);
    QJsonObject attentionJson = timingSummary(attentionMs);
    attentionJson.insert(QStringLiteral("items"), attentionItems);
    QJsonObject profileJson = timingSummary(profileMs);
    profileJson.insert(QStringLiteral("answersOfLast"), answers);
    profileJson.insert(QStringLiteral("historyPointsOfLast"), historyPoints);
    printJson(
        {{QStringLiteral("benchmark"), QStringLiteral("workspace")},
         {QStringLiteral("database"), database->path()},
         {QStringLiteral("pupils"), count("SELECT count(*) FROM pupil")},
         {QStringLiteral("questionnaires"),
          count("SELECT count(*) FROM response WHERE status = 'completed'")},
         {QStringLiteral("rounds"), static_cast<int>(rounds.size())},
         {QStringLiteral("school"), school->name},
         {QStringLiteral("schoolPupils"),
          db::scalar(connection, QStringLiteral("SELECT count(*) FROM pupil WHERE school_id = ?"),
                     {school->id})
              .value_or(0)
              .toLongLong()},
         {QStringLiteral("class"), largest.name},
         {QStringLiteral("round"), round.name},
         {QStringLiteral("openMs"), openMs},
         {QStringLiteral("classOverviewMs"), overviewJson},
         {QStringLiteral("attentionListMs"), attentionJson},
         {QStringLiteral("profileMs"), profileJson}});
    return Ok;
}

} // namespace signaali::cli
