#pragma once

#include "core/AnswerSet.h"
#include "core/Instrument.h"
#include "core/InstrumentCatalog.h"
#include "core/LoadError.h"
#include "core/OutputFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <exception>

namespace signaali::cli {

// Refused: sign-in failed, or the signed-in user's role may not do this.
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2, Refused = 3 };

// Ends a command with a message on stderr and an exit code; caught in main().
class CliFailure : public std::exception
{
public:
    CliFailure(int exitCode, QString message) : code(exitCode), text(std::move(message)) {}
    const char* what() const noexcept override { return "cli failure"; }
    int code;
    QString text;
};

[[noreturn]] void badInput(const QString& message);
[[noreturn]] void badInput(const LoadError& error);

// Parses a subcommand's arguments; --help prints usage and exits 0.
void parseOrFail(QCommandLineParser& parser, const QStringList& arguments, const QString& command);

// Reads a file, or standard input for "-".
QByteArray readInput(const QString& path);
// Standard input, shared by everything that reads it (a password line first,
// then a note), so that no reader's buffer swallows another's lines.
QFile& standardInput();

// --note TEXT, or --note-file FILE ("-": the rest of standard input). A note is
// health data: on the command line it is visible to every user of the
// computer (ps), so --note-file is the way to give it.
void addNoteOptions(QCommandLineParser& parser, const QString& when);
QString noteFrom(const QCommandLineParser& parser, const QString& command);
void printJson(const QJsonObject& object);
void printLine(const QString& line);

// --db PATH, defaulting to signaali.db in the data folder.
void addDatabaseOption(QCommandLineParser& parser);
QString databasePath(const QCommandLineParser& parser);

// --force: an existing output file may be replaced. The rules for a command's
// output file: never one of the --db database's files (core/OutputFile).
void addForceOption(QCommandLineParser& parser);
OutputFile::Rules outputRules(const QCommandLineParser& parser, bool identified);

// One CSV record for printLine: the fields quoted by core/CsvWriter where needed.
QString csvLine(const QStringList& fields);
// --format json|csv (default json).
void addFormatOption(QCommandLineParser& parser);
bool wantsCsv(const QCommandLineParser& parser);

// Reads --answers FILE|- and checks every answer (and "previous") against the
// instrument; any problem ends the command with exit 2 naming file and place.
AnswerSet loadCheckedAnswers(const QString& path, const Instrument& instrument);

// Built-in instruments plus the data folder's, with official wording from
// --wording DIR when given, else from the data folder.
void addCatalogOptions(QCommandLineParser& parser);
InstrumentCatalog loadCatalog(const QCommandLineParser& parser);
// An instrument id from the catalog, or a path to an instrument file.
Instrument resolveInstrument(const QString& idOrFile, const QCommandLineParser& parser);

} // namespace signaali::cli
