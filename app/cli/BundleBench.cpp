#include "cli/BundleBench.h"

#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "db/exchange/Bundles.h"
#include "db/exchange/Devices.h"
#include "db/figures/GroupSummary.h"
#include "db/storage/BenchFixtures.h"
#include "db/storage/DatabaseKeys.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

namespace signaali::cli {

namespace {
double secondsOf(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

std::unique_ptr<db::Database> scratch(const QString& path)
{
    db::OpenError error;
    auto database = db::Database::open(path, &error);
    if (!database)
        throw CliFailure(Failure, QStringLiteral("bench: ") + error.toString());
    return database;
}

// `at` trusts `other` (both bench installations).
void trust(QSqlDatabase& at, QSqlDatabase& other, const QString& name)
{
    const auto admin = benchAccount(at, QStringLiteral("bench.admin"), db::Role::Admin, {});
    const auto otherAdmin = benchAccount(other, QStringLiteral("bench.admin"), db::Role::Admin, {});
    const auto line = take(db::Devices(other).own(otherAdmin), QStringLiteral("bench"));
    take(db::Devices(at).trust(admin, QStringLiteral("bench"), line.toText(), name),
         QStringLiteral("bench"));
}

QJsonObject timed(double exportSeconds, const db::BundleMade& made, double importSeconds,
                  const db::BundleImported& imported, QSqlDatabase& receiver)
{
    qint64 records = 0;
    for (qint64 n : made.records)
        records += n;
    const qint64 responses = made.records.value(QStringLiteral("response"));
    const QStringList differences = db::GroupSummary::differences(receiver);
    return {{QStringLiteral("records"), records},
            {QStringLiteral("responses"), responses},
            {QStringLiteral("summaryRows"), made.records.value(QStringLiteral("summary"))},
            {QStringLiteral("bytes"), made.bytes},
            {QStringLiteral("exportSeconds"), exportSeconds},
            {QStringLiteral("importSeconds"), importSeconds},
            {QStringLiteral("importQuestionnairesPerSecond"),
             responses > 0 ? responses / importSeconds : 0.0},
            {QStringLiteral("conflicts"), imported.conflicts},
            {QStringLiteral("summaryEqualsRecount"), differences.isEmpty()}};
}
} // namespace

int runBundleBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times bundles on --db (a demo database): one school's identified bundle (--school,\n"
        "default the first) exported and imported into a fresh installation with that school,\n"
        "and the whole municipality's summary bundle exported and imported into a fresh\n"
        "coordinator's installation. Prints times, sizes and whether each receiver's group\n"
        "summary equals a recount. The fresh installations are removed afterwards."));
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("bundles"));
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("school"), QStringLiteral("The school to send."), QStringLiteral("NAME")});
    parseOrFail(parser, arguments, QStringLiteral("bench bundles"));
    const QString path = databasePath(parser);
    if (!QFileInfo::exists(path))
        badInput(QStringLiteral("bench bundles: --db %1: no such file").arg(path));
    if (db::DatabaseKeys::isEncrypted(path))
        badInput(QStringLiteral("bench bundles: ") +
                 RefusalText::message(db::Refusal::of(db::Refusal::Code::BenchDemoOnly)));
    const QString command = QStringLiteral("bench bundles");
    auto source = scratch(path);
    QSqlDatabase& sender = source->connection();
    const auto schools = take(db::BenchFixtures(sender).schools(), command);
    if (schools.isEmpty())
        badInput(QStringLiteral("bench bundles: --db has no schools (signaali-cli generate-demo)"));
    db::SchoolInfo school = schools.first();
    if (parser.isSet(QStringLiteral("school"))) {
        const QString name = parser.value(QStringLiteral("school"));
        const auto found = std::find_if(schools.begin(), schools.end(),
                                        [&](const db::SchoolInfo& s) { return s.name == name; });
        if (found == schools.end())
            badInput(QStringLiteral("bench bundles: no school '%1'").arg(name));
        school = *found;
    }
    QTemporaryDir folder(QFileInfo(path).absolutePath() + QStringLiteral("/signaali-bench-XXXXXX"));
    if (!folder.isValid())
        throw CliFailure(Failure, QStringLiteral("bench bundles: no scratch folder"));
    auto receiverDb = scratch(folder.filePath(QStringLiteral("receiver.db")));
    auto townDb = scratch(folder.filePath(QStringLiteral("town.db")));
    QSqlDatabase& receiver = receiverDb->connection();
    QSqlDatabase& town = townDb->connection();
    const qint64 receivingSchool =
        take(db::BenchFixtures(receiver).ensureSchool(school.name), command);
    for (QSqlDatabase* db : {&sender, &receiver, &town})
        take(db::Devices(*db).ensureIdentity(QStringLiteral("bench")), command);
    // Names of this run's own: the fresh installations go with it, and the
    // demo file keeps what it trusted in earlier runs.
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString receiverName = QStringLiteral("bench.receiver-") + run;
    const QString townName = QStringLiteral("bench.town-") + run;
    trust(sender, receiver, receiverName);
    trust(receiver, sender, QStringLiteral("bench.sender"));
    trust(sender, town, townName);
    trust(town, sender, QStringLiteral("bench.sender"));

    const auto nurse =
        benchAccount(sender, QStringLiteral("bench.nurse"), db::Role::Nurse, {school.id});
    const auto receivingNurse =
        benchAccount(receiver, QStringLiteral("bench.nurse"), db::Role::Nurse, {receivingSchool});
    const auto coordinator =
        benchAccount(sender, QStringLiteral("bench.coordinator"), db::Role::Coordinator, {});
    const auto townCoordinator =
        benchAccount(town, QStringLiteral("bench.coordinator"), db::Role::Coordinator, {});

    QJsonObject figures{{QStringLiteral("benchmark"), QStringLiteral("bundles")},
                        {QStringLiteral("school"), school.name}};
    {
        db::BundleRequest request{receiverName,
                                  db::BundleKind::Identified,
                                  {school.name},
                                  {},
                                  {},
                                  folder.filePath(QStringLiteral("school.bundle")),
                                  true};
        QElapsedTimer timer;
        timer.start();
        const auto made = take(db::exportBundle(sender, nurse, request), command);
        const double exportSeconds = secondsOf(timer);
        timer.restart();
        const auto imported = take(db::importBundle(receiver, receivingNurse, made.path), command);
        figures.insert(QStringLiteral("schoolIdentified"),
                       timed(exportSeconds, made, secondsOf(timer), imported, receiver));
    }
    {
        db::BundleRequest request{townName, db::BundleKind::Summary,
                                  {},       {},
                                  {},       folder.filePath(QStringLiteral("town.bundle")),
                                  true};
        QElapsedTimer timer;
        timer.start();
        const auto made = take(db::exportBundle(sender, coordinator, request), command);
        const double exportSeconds = secondsOf(timer);
        timer.restart();
        const auto imported = take(db::importBundle(town, townCoordinator, made.path), command);
        figures.insert(QStringLiteral("municipalSummary"),
                       timed(exportSeconds, made, secondsOf(timer), imported, town));
    }
    printJson(figures);
    return Ok;
}

} // namespace signaali::cli
