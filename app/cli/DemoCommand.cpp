// generate-demo: a synthetic municipality for demos and benchmarks.
#include "cli/DemoCommand.h"
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "db/storage/BenchFixtures.h"
#include "db/storage/DemoGenerator.h"

#include <QTextStream>

namespace signaali::cli {

int runGenerateDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills an empty database with a synthetic municipality: schools, classes, pupils\n"
        "and one signaali-youth questionnaire per pupil and round, some pupils and classes "
        "drifting."));
    addDatabaseOption(parser);
    addCatalogOptions(parser);
    parser.addOption({QStringLiteral("pupils"), QStringLiteral("Number of pupils."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Number of screening rounds."),
                      QStringLiteral("R"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                      QStringLiteral("1")});
    parseOrFail(parser, arguments, QStringLiteral("generate-demo"));
    bool okPupils = false, okRounds = false, okSeed = false;
    db::DemoOptions options;
    options.pupils = parser.value(QStringLiteral("pupils")).toInt(&okPupils);
    options.rounds = parser.value(QStringLiteral("rounds")).toInt(&okRounds);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okPupils || options.pupils < 1 || options.pupils > 1000000)
        badInput(
            QStringLiteral("generate-demo: --pupils must be a whole number from 1 to 1000000"));
    if (!okRounds || options.rounds < 1 || options.rounds > 40)
        badInput(QStringLiteral("generate-demo: --rounds must be a whole number from 1 to 40"));
    if (!okSeed)
        badInput(QStringLiteral("generate-demo: --seed must be a whole number"));

    const Instrument instrument = resolveInstrument(QStringLiteral("signaali-youth"), parser);
    auto database = openDatabase(parser, Create::Yes);
    if (take(db::BenchFixtures(database->connection()).counts(), QStringLiteral("generate-demo"))
            .pupils > 0)
        badInput(QStringLiteral("generate-demo: %1 already has pupils; use a new database file")
                     .arg(database->path()));
    db::DemoGenerator generator(database->connection(), instrument);
    QTextStream err(stderr);
    const auto summary = generator.generate(options, [&](int stored) {
        err << "\r" << stored << " questionnaires stored" << Qt::flush;
    });
    err << '\n';
    if (!summary)
        throw CliFailure(Failure, QStringLiteral("generate-demo failed: %1")
                                      .arg(summary.error() + QStringLiteral(" (") +
                                           summary.refusal.detail + QStringLiteral(")")));
    printJson({{QStringLiteral("database"), database->path()},
               {QStringLiteral("schools"), summary->schools},
               {QStringLiteral("classes"), summary->classes},
               {QStringLiteral("pupils"), summary->pupils},
               {QStringLiteral("rounds"), summary->rounds},
               {QStringLiteral("questionnaires"), summary->questionnaires},
               {QStringLiteral("seconds"), summary->seconds}});
    return Ok;
}

} // namespace signaali::cli
