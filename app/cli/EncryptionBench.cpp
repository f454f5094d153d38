// bench encryption: answer commits, bulk import, the dashboard's cold queries,
// the class overview and the profile, each on a plaintext and an encrypted copy
// of the same database in one run, and encrypted / plaintext for each.
#include "cli/EncryptionBench.h"

#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DashboardBench.h"
#include "cli/WorkspaceBench.h"
#include "core/InstrumentCatalog.h"
#include "core/KeyHeader.h"
#include "core/Percentiles.h"
#include "db/storage/BenchFixtures.h"
#include "db/storage/Database.h"
#include "db/storage/DatabaseKeys.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

namespace signaali::cli {

namespace {
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-lock", "-open"})
        QFile::remove(path + QLatin1String(suffix));
}

std::unique_ptr<db::Database> openCopy(const QString& path, std::shared_ptr<SecureKey> key)
{
    db::OpenError error;
    db::Database::Options options;
    options.create = false;
    options.key = std::move(key);
    auto database = db::Database::open(path, options, &error);
    if (!database)
        throw CliFailure(Failure, QStringLiteral("bench: ") + error.toString());
    return database;
}

// Answer commits and a bulk import on a new database of the variant.
QJsonObject storage(const QString& folder, bool encrypted, const Instrument& instrument,
                    int answers, int questionnaires)
{
    const QString scratch = QDir(folder).filePath(
        QStringLiteral("signaali-bench-%1.db").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QJsonObject figures;
    {
        db::OpenError error;
        std::unique_ptr<db::Database> database;
        if (encrypted) {
            auto key = SecureKey::random();
            database =
                db::Database::createEncrypted(scratch, *KeyHeader::create(*key), key, &error);
        } else {
            database = db::Database::open(scratch, &error);
        }
        if (!database)
            throw CliFailure(Failure, QStringLiteral("bench: ") + error.toString());
        const auto timings = db::BenchFixtures(database->connection())
                                 .timeStorage(instrument, answers, questionnaires);
        if (!timings)
            throw CliFailure(
                Failure,
                QStringLiteral("bench: %1 (%2)").arg(timings.error(), timings.refusal.detail));
        const QList<double>& latencies = timings->answerCommitMs;
        figures.insert(QStringLiteral("answerCommitMs"),
                       QJsonObject{{QStringLiteral("count"), static_cast<int>(latencies.size())},
                                   {QStringLiteral("median"), percentile(latencies, 0.5)},
                                   {QStringLiteral("p99"), percentile(latencies, 0.99)}});
        figures.insert(QStringLiteral("bulkImportSeconds"), timings->bulkSeconds);
    }
    removeDatabaseFiles(scratch);
    return figures;
}

double at(const QJsonObject& o, const QStringList& path)
{
    QJsonValue v = o;
    for (const QString& key : path)
        v = v.toObject().value(key);
    return v.toDouble();
}
} // namespace

int runEncryptionBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies --db (a demo database) twice beside it, once plaintext and once encrypted,\n"
        "and runs the same work on each in this one run: answer commits (--answers), a bulk\n"
        "import (--count questionnaires), the dashboard's queries (--repeats, cold: no\n"
        "protected round cached), the class overview and the profile (--runs). Prints both\n"
        "and encrypted/plaintext for each figure; the copies are removed afterwards."));
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("encryption"));
    addDatabaseOption(parser);
    for (const auto& [name, text, value] :
         {std::tuple{"answers", "Single answers to commit (default 2000).", "2000"},
          std::tuple{"count", "Questionnaires to bulk-import (default 2000).", "2000"},
          std::tuple{"repeats", "Runs of each dashboard query (default 5).", "5"},
          std::tuple{"runs", "Runs of the class overview and profile (default 20).", "20"}})
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(text), QStringLiteral("N"),
                          QString::fromLatin1(value)});
    parseOrFail(parser, arguments, QStringLiteral("bench encryption"));
    if (!parser.isSet(QStringLiteral("db")))
        badInput(QStringLiteral("bench encryption: --db PATH (a demo database) is required"));
    auto number = [&](const char* name) {
        bool ok = false;
        const int n = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || n <= 0)
            badInput(QStringLiteral("bench encryption: --%1 must be a positive whole number")
                         .arg(QLatin1String(name)));
        return n;
    };
    const int answers = number("answers"), questionnaires = number("count"),
              repeats = number("repeats"), runs = number("runs");
    const QString path = databasePath(parser);
    if (!QFileInfo::exists(path))
        badInput(QStringLiteral("bench encryption: --db %1: no such file").arg(path));
    if (db::DatabaseKeys::isEncrypted(path)) // real people's data: never a demo
        badInput(QStringLiteral("bench encryption: ") +
                 RefusalText::message(db::Refusal::of(db::Refusal::Code::BenchDemoOnly)));
    const QString folder = QFileInfo(path).absolutePath();
    const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
    const Instrument* instrument = catalog.find(QStringLiteral("signaali-youth"));

    QJsonObject variants;
    for (const bool encrypted : {false, true}) {
        const QString name = encrypted ? QStringLiteral("encrypted") : QStringLiteral("plaintext");
        const QString copy =
            QDir(folder).filePath(QStringLiteral("signaali-bench-%1-%2.db")
                                      .arg(name, QUuid::createUuid().toString(QUuid::Id128)));
        std::shared_ptr<SecureKey> key;
        {
            db::OpenError error;
            auto source =
                db::Database::open(path, db::Database::Options{false, -1, nullptr, false}, &error);
            if (!source)
                badInput(error.toString());
            // The benchmark accounts exist before the copy, so neither pays for them.
            benchAccount(source->connection(), QStringLiteral("bench.coordinator"),
                         db::Role::Coordinator, {});
            key = take(db::BenchFixtures(source->connection()).copyTo(copy, encrypted),
                       QStringLiteral("bench encryption"));
        }
        QJsonObject figures = storage(folder, encrypted, *instrument, answers, questionnaires);
        {
            auto database = openCopy(copy, key);
            figures.insert(QStringLiteral("dashboard"),
                           benchDashboard(*database, repeats).value(QStringLiteral("queries")));
        }
        {
            auto database = openCopy(copy, key);
            const QJsonObject workspace = benchWorkspace(*database, {}, runs);
            figures.insert(QStringLiteral("classOverviewMs"),
                           workspace.value(QStringLiteral("classOverviewMs")));
            figures.insert(QStringLiteral("profileMs"),
                           workspace.value(QStringLiteral("profileMs")));
        }
        removeDatabaseFiles(copy);
        variants.insert(name, figures);
    }

    const QJsonObject plain = variants.value(QStringLiteral("plaintext")).toObject();
    const QJsonObject secret = variants.value(QStringLiteral("encrypted")).toObject();
    auto ratio = [&](const QStringList& figure) {
        return at(secret, figure) / std::max(at(plain, figure), 1e-6);
    };
    QJsonObject ratios{{QStringLiteral("answerCommitMedian"),
                        ratio({QStringLiteral("answerCommitMs"), QStringLiteral("median")})},
                       {QStringLiteral("answerCommitP99"),
                        ratio({QStringLiteral("answerCommitMs"), QStringLiteral("p99")})},
                       {QStringLiteral("bulkImport"), ratio({QStringLiteral("bulkImportSeconds")})},
                       {QStringLiteral("classOverviewMedian"),
                        ratio({QStringLiteral("classOverviewMs"), QStringLiteral("median")})},
                       {QStringLiteral("profileMedian"),
                        ratio({QStringLiteral("profileMs"), QStringLiteral("median")})}};
    double worstDashboard = 0;
    QJsonObject dashboard;
    for (const QString& query : plain.value(QStringLiteral("dashboard")).toObject().keys()) {
        const double r = ratio({QStringLiteral("dashboard"), query, QStringLiteral("coldMs")});
        dashboard.insert(query, r);
        worstDashboard = std::max(worstDashboard, r);
    }
    ratios.insert(QStringLiteral("dashboardColdMs"), dashboard);
    ratios.insert(QStringLiteral("dashboardWorst"), worstDashboard);
    printJson({{QStringLiteral("benchmark"), QStringLiteral("encryption")},
               {QStringLiteral("database"), QFileInfo(path).absoluteFilePath()},
               {QStringLiteral("targets"),
                QStringLiteral("answer commit p99 and every dashboard query at most 1.3 times "
                               "plaintext; bulk import at most 1.5 times")},
               {QStringLiteral("plaintext"), plain},
               {QStringLiteral("encrypted"), secret},
               {QStringLiteral("ratio"), ratios}});
    return Ok;
}

int runKdfBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times making and opening a key slot with Argon2id at the cost new slots get\n"
        "(docs/encryption.md), --runs times each; prints the median milliseconds."));
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("kdf"));
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parseOrFail(parser, arguments, QStringLiteral("bench kdf"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const KdfCost cost;
    const auto master = SecureKey::random();
    auto header = KeyHeader::create(*master);
    QList<double> make, open;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        header->setAccount(*master, QStringLiteral("bench"), QStringLiteral("bench password"),
                           cost);
        make << timer.nsecsElapsed() / 1e6;
        timer.restart();
        const bool opened = header->unlockAccount(QStringLiteral("bench"),
                                                  QStringLiteral("bench password")) != nullptr;
        open << timer.nsecsElapsed() / 1e6;
        if (!opened)
            throw CliFailure(Failure, QStringLiteral("bench kdf: the slot did not open"));
    }
    printJson({{QStringLiteral("benchmark"), QStringLiteral("kdf")},
               {QStringLiteral("algorithm"), QStringLiteral("Argon2id (libsodium crypto_pwhash)")},
               {QStringLiteral("opsLimit"), static_cast<qint64>(cost.opsLimit)},
               {QStringLiteral("memLimitMiB"), static_cast<qint64>(cost.memLimit >> 20)},
               {QStringLiteral("runs"), runs},
               {QStringLiteral("makeSlotMs"), percentile(make, 0.5)},
               {QStringLiteral("openSlotMs"), percentile(open, 0.5)}});
    return Ok;
}

} // namespace signaali::cli
