// signaali-cli: the command-line face of Signaali's domain library.
#include "CliCommon.h"
#include "InstrumentCommands.h"

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
        {QStringLiteral("bench"), {runBench, "measure speed: bench scoring [--count N]"}},
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
           "place).\n";
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
