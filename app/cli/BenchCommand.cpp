#include "cli/BenchCommand.h"
#include "cli/BundleBench.h"
#include "cli/CliCommon.h"
#include "cli/DashboardBench.h"
#include "cli/EncryptionBench.h"
#include "cli/StorageBench.h"
#include "cli/WorkspaceBench.h"
#include "core/RandomAnswers.h"
#include "core/Scorer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <cmath>

namespace signaali::cli {

namespace {
// Scores `count` synthetic questionnaires; reports throughput and per-result latency.
QJsonObject benchScoring(const Instrument& instrument, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Answers> sets;
    sets.reserve(count);
    for (int i = 0; i < count; ++i)
        sets << randomAnswers(instrument, rng, typicalBurden(rng), 0.05);

    int flagged = 0;
    QElapsedTimer timer;
    timer.start();
    for (const Answers& answers : sets) {
        const ScoreResult result = Scorer::score(instrument, answers, QStringLiteral("fi"));
        flagged += result.flags.isEmpty() ? 0 : 1;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return {{QStringLiteral("benchmark"), QStringLiteral("scoring")},
            {QStringLiteral("instrument"), instrument.id},
            {QStringLiteral("items"), static_cast<int>(instrument.items.size())},
            {QStringLiteral("questionnaires"), count},
            {QStringLiteral("flagged"), flagged},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("perSecond"), count / seconds},
            {QStringLiteral("microsecondsEach"), seconds * 1e6 / count}};
}
} // namespace

int runBench(const QStringList& arguments)
{
    if (arguments.mid(1).contains(QStringLiteral("workspace")))
        return runWorkspaceBench(arguments);
    if (arguments.mid(1).contains(QStringLiteral("encryption")))
        return runEncryptionBench(arguments);
    if (arguments.mid(1).contains(QStringLiteral("kdf")))
        return runKdfBench(arguments);
    if (arguments.mid(1).contains(QStringLiteral("bundles")))
        return runBundleBench(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Signaali's speed and prints one JSON object.\n"
        "Benchmarks:\n"
        "  scoring   questionnaires scored per second (--count)\n"
        "  storage   answer commit latency, bulk import speed (--count questionnaires) and\n"
        "            the size of the --db database\n"
        "  dashboard each group-figure query's time on the --db database, and a plain scan\n"
        "            of the result tables for the same figures (--repeats runs each)\n"
        "  workspace the nurse's class overview, attention list and profile on --db\n"
        "            (bench workspace --help)\n"
        "  encryption the same work on a plaintext and an encrypted copy of --db, with\n"
        "            their ratios (bench encryption --help)\n"
        "  kdf       the time to derive a key slot's key from a password (Argon2id)\n"
        "  bundles   one school's identified bundle and the municipality's summary bundle,\n"
        "            exported from --db and imported elsewhere (bench bundles --help)"));
    parser.addPositionalArgument(QStringLiteral("benchmark"),
                                 QStringLiteral("scoring, storage, dashboard or workspace"));
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database whose size to report (storage)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("answers"),
                      QStringLiteral("Single answers to commit (storage, default 2000)."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("instrument"),
                      QStringLiteral("Instrument (default signaali-youth)."),
                      QStringLiteral("ID|FILE"), QStringLiteral("signaali-youth")});
    parser.addOption({QStringLiteral("count"),
                      QStringLiteral("Questionnaires to score (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("repeats"),
                      QStringLiteral("Runs of each query (dashboard, default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    addCatalogOptions(parser);
    parseOrFail(parser, arguments, QStringLiteral("bench"));
    const QStringList positional = parser.positionalArguments();
    const QString benchmark = positional.value(0);
    if (positional.size() != 1 ||
        (benchmark != QLatin1String("scoring") && benchmark != QLatin1String("storage") &&
         benchmark != QLatin1String("dashboard")))
        badInput(QStringLiteral("bench: expected a benchmark name: scoring, storage or dashboard"));
    bool ok = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count <= 0)
        badInput(QStringLiteral("bench: --count must be a positive whole number"));
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        badInput(QStringLiteral("bench: --seed must be a whole number"));
    if (benchmark == QLatin1String("dashboard")) {
        const int repeats = parser.value(QStringLiteral("repeats")).toInt(&ok);
        if (!ok || repeats <= 0 || repeats > 1000)
            badInput(QStringLiteral("bench: --repeats must be a whole number from 1 to 1000"));
        if (!parser.isSet(QStringLiteral("db")))
            badInput(QStringLiteral("bench dashboard: --db PATH is required"));
        printJson(benchDashboard(databasePath(parser), repeats));
        return Ok;
    }
    const Instrument instrument =
        resolveInstrument(parser.value(QStringLiteral("instrument")), parser);
    if (benchmark == QLatin1String("storage")) {
        const int answers = parser.value(QStringLiteral("answers")).toInt(&ok);
        if (!ok || answers <= 0)
            badInput(QStringLiteral("bench: --answers must be a positive whole number"));
        const int questionnaires = parser.isSet(QStringLiteral("count")) ? count : 5000;
        printJson(benchStorage(databasePath(parser), instrument, answers, questionnaires));
        return Ok;
    }
    printJson(benchScoring(instrument, count, seed));
    return Ok;
}

} // namespace signaali::cli
