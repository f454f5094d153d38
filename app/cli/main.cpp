// signaali-cli: the command-line face of Signaali's domain library.
#include "cli/AccessCommands.h"
#include "cli/BenchCommand.h"
#include "cli/CaseCommands.h"
#include "cli/CliCommon.h"
#include "cli/DatabaseCommands.h"
#include "cli/DemoCommand.h"
#include "cli/EncryptionCommands.h"
#include "cli/ExchangeCommands.h"
#include "cli/FiguresCommand.h"
#include "cli/InstrumentCommands.h"
#include "cli/KioskCommands.h"
#include "cli/PupilCommands.h"
#include "cli/ResultCommands.h"
#include "cli/UserCommands.h"
#include "cli/WorkspaceCommands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>
#include <map>

using namespace signaali::cli;

namespace {
struct Command
{
    std::function<int(const QStringList&)> run;
    const char* summary;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("instruments"), {runInstruments, "list the instruments Signaali knows"}},
        {QStringLiteral("validate"), {runValidate, "check an instrument file: validate FILE"}},
        {QStringLiteral("score"),
         {runScore, "score answers: score --instrument ID|FILE --answers FILE|-"}},
        {QStringLiteral("bench"),
         {runBench, "measure speed: bench scoring|storage|workspace|dashboard"}},
        {QStringLiteral("init"), {runInit, "create or migrate the database: init [--db PATH]"}},
        {QStringLiteral("import-roster"),
         {runImportRoster, "import a class list: import-roster FILE --school NAME [--dry-run]"}},
        {QStringLiteral("pupils"), {runPupils, "list pupils (json or csv)"}},
        {QStringLiteral("rounds"), {runRounds, "list screening rounds, or --create NAME"}},
        {QStringLiteral("record"),
         {runRecord, "store a completed response: record --pupil --instrument --round --answers"}},
        {QStringLiteral("results"),
         {runResults, "stored results per pupil and round (json or csv)"}},
        {QStringLiteral("erase"), {runErase, "erase a pupil and all their data: erase --pupil ID"}},
        {QStringLiteral("backup"), {runBackup, "write a backup of the database: backup FILE"}},
        {QStringLiteral("restore"),
         {runRestore, "replace the database with a checked backup: restore FILE"}},
        {QStringLiteral("generate-demo"),
         {runGenerateDemo, "fill a new database with a synthetic municipality"}},
        {QStringLiteral("codes"),
         {runCodes, "one-time check-in codes of a class: codes --school --class --round"}},
        {QStringLiteral("check"), {runCheck, "check the database file without changing it"}},
        {QStringLiteral("encrypt"),
         {runEncrypt, "encrypt a plaintext database: encrypt --user ADMIN --recovery-sheet F"}},
        {QStringLiteral("recover"),
         {runRecover, "new administrator password with the recovery key: recover --user A"}},
        {QStringLiteral("figures"),
         {runFigures, "protected group figures: figures --round NAME --out FILE.csv|.xlsx"}},
        {QStringLiteral("threshold"),
         {runThreshold, "the small-group threshold: threshold [--set N --user ADMIN]"}},
        {QStringLiteral("setup"),
         {runSetup, "first start: municipality, school, administrator and nurse"}},
        {QStringLiteral("user"), {runUser, "accounts: user list|add|password|assign (admin)"}},
        {QStringLiteral("access"),
         {runAccess, "confirm another's access to a school: access pending|confirm|notices"}},
        {QStringLiteral("password"), {runPassword, "your own password: password change"}},
        {QStringLiteral("audit"),
         {runAudit, "the audit log: audit export --out FILE (admin), audit views (nurse)"}},
        {QStringLiteral("overview"),
         {runOverview, "a class's results in a round: overview --round --school --class"}},
        {QStringLiteral("attention"),
         {runAttention, "the nurse's attention list; attention handle|outcomes"}},
        {QStringLiteral("profile"), {runProfile, "a pupil's results and history: profile --pupil"}},
        {QStringLiteral("device"),
         {runDevice, "trust between installations: device show|trust|list|revoke"}},
        {QStringLiteral("bundle"),
         {runBundle, "results between installations: bundle export|import|conflicts"}},
        {QStringLiteral("case"),
         {runCase, "case follow-up and sharing: case "
                   "record|list|done|correct|remove|due|share|unshare|shares"}},
    };
    return table;
}

void printUsage(QTextStream& out)
{
    out << "Usage: signaali-cli COMMAND [options]   (COMMAND --help for its "
           "options)\n\nCommands:\n";
    for (const auto& [name, command] : commands())
        out << "  " << name.leftJustified(12) << ' ' << command.summary << '\n';
    out << "\nExit codes: 0 success, 1 failure, 2 bad input (the message names the file and "
           "place),\n3 refused (sign-in failed, or the user's role may not do this).\n";
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signaali"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNAALI_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") ||
        arguments[1] == QLatin1String("-h")) {
        QTextStream out(stdout);
        printUsage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? BadInput : Ok;
    }
    if (arguments[1] == QLatin1String("--version")) {
        QTextStream(stdout) << "signaali-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const auto it = commands().find(arguments[1]);
    if (it == commands().end()) {
        err << "signaali-cli: unknown command '" << arguments[1] << "'\n\n";
        printUsage(err);
        return BadInput;
    }
    arguments.removeAt(1); // the subcommand parser sees "signaali-cli [options]"
    try {
        return it->second.run(arguments);
    } catch (const CliFailure& failure) {
        if (!failure.text.isEmpty())
            err << "signaali-cli: " << failure.text << '\n';
        return failure.code;
    }
}
