#include "cli/CliCommon.h"

#include "core/AppPaths.h"
#include "core/CsvWriter.h"
#include "core/InstrumentLoader.h"
#include "core/Wording.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace signaali::cli {

void badInput(const QString& message)
{
    throw CliFailure(BadInput, message);
}

void badInput(const LoadError& error)
{
    throw CliFailure(BadInput, error.toString());
}

void parseOrFail(QCommandLineParser& parser, const QStringList& arguments, const QString& command)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        badInput(QStringLiteral("%1: %2").arg(command, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        throw CliFailure(Ok, {});
    }
}

QFile& standardInput()
{
    static QFile input;
    if (!input.isOpen() && !input.open(stdin, QIODevice::ReadOnly))
        badInput(QStringLiteral("cannot read standard input"));
    return input;
}

QByteArray readInput(const QString& path)
{
    if (path == QLatin1String("-"))
        return standardInput().readAll();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        badInput(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

void addNoteOptions(QCommandLineParser& parser, const QString& when)
{
    parser.addOption({QStringLiteral("note"),
                      QStringLiteral("A note (%1). Visible to other users of this computer "
                                     "while the command runs: prefer --note-file.")
                          .arg(when),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("note-file"),
                      QStringLiteral("Read the note (%1) from FILE, or from standard input "
                                     "for - (after the password line, if any).")
                          .arg(when),
                      QStringLiteral("FILE")});
}

QString noteFrom(const QCommandLineParser& parser, const QString& command)
{
    if (!parser.isSet(QStringLiteral("note-file")))
        return parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("note")))
        badInput(QStringLiteral("%1: give --note or --note-file, not both").arg(command));
    // Far more than any note may hold (db/ refuses past 4000 characters); a
    // bound so that --note-file /dev/zero ends at once.
    constexpr qint64 kMaximumNoteBytes = 64 * 1024;
    const QString path = parser.value(QStringLiteral("note-file"));
    QFile file(path);
    QFile* source = &file;
    if (path == QLatin1String("-"))
        source = &standardInput();
    else if (!file.open(QIODevice::ReadOnly))
        badInput(QStringLiteral("%1: --note-file: %2").arg(command, file.errorString()));
    QByteArray bytes = source->read(kMaximumNoteBytes + 1);
    if (bytes.size() > kMaximumNoteBytes)
        badInput(QStringLiteral("%1: --note-file %2: longer than %3 bytes")
                     .arg(command, path)
                     .arg(kMaximumNoteBytes));
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

void printJson(const QJsonObject& object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString& line)
{
    QTextStream(stdout) << line << '\n';
}

void addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file (default: signaali.db in the data folder)."),
                      QStringLiteral("PATH")});
}

QString databasePath(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    return dataDirectory() + QStringLiteral("/signaali.db");
}

void addForceOption(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("force"),
         QStringLiteral("Replace the output file if it exists (never the database).")});
}

OutputFile::Rules outputRules(const QCommandLineParser& parser, bool identified)
{
    return {parser.isSet(QStringLiteral("force")), identified,
            OutputFile::databaseFiles(databasePath(parser))};
}

QString csvLine(const QStringList& fields)
{
    // LF, as printLine ends every line of standard output.
    return CsvWriter(CsvWriter::Delimiter::Comma, CsvWriter::LineEnd::Lf).line(fields);
}

void addFormatOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Output format: json (default) or csv."),
                      QStringLiteral("FORMAT"), QStringLiteral("json")});
}

bool wantsCsv(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        badInput(QStringLiteral("--format must be json or csv, not '%1'").arg(format));
    return format == QLatin1String("csv");
}

AnswerSet loadCheckedAnswers(const QString& path, const Instrument& instrument)
{
    const QString sourceName = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    const Loaded<AnswerSet> set = AnswerSet::fromJson(readInput(path), sourceName);
    if (!set.ok())
        badInput(set.error);
    if (auto error = AnswerSet::check(instrument, set.value->answers, sourceName,
                                      QStringLiteral("$.answers")))
        badInput(*error);
    if (set.value->previous)
        if (auto error = AnswerSet::check(instrument, *set.value->previous, sourceName,
                                          QStringLiteral("$.previous")))
            badInput(*error);
    return *set.value;
}

void addCatalogOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("wording"),
                      QStringLiteral("Folder of official wording files (<id>.<lang>.json)."),
                      QStringLiteral("DIR")});
}

InstrumentCatalog loadCatalog(const QCommandLineParser& parser)
{
    const QString wording = parser.isSet(QStringLiteral("wording"))
                                ? parser.value(QStringLiteral("wording"))
                                : wordingDirectory();
    return InstrumentCatalog::load(instrumentsDirectory(), wording);
}

Instrument resolveInstrument(const QString& idOrFile, const QCommandLineParser& parser)
{
    if (QFileInfo(idOrFile).isFile() || idOrFile.endsWith(QLatin1String(".json"))) {
        Loaded<Instrument> loaded = InstrumentLoader::fromFile(idOrFile);
        if (!loaded.ok())
            badInput(loaded.error);
        if (parser.isSet(QStringLiteral("wording")))
            for (const LoadError& error :
                 Wording::applyFolder(*loaded.value, parser.value(QStringLiteral("wording"))))
                badInput(error);
        return *loaded.value;
    }
    const InstrumentCatalog catalog = loadCatalog(parser);
    for (const LoadError& problem : catalog.problems())
        if (problem.file.contains(QStringLiteral(".%1.").arg(idOrFile)) ||
            problem.file.contains(idOrFile + QLatin1Char('.')))
            badInput(problem);
    const Instrument* instrument = catalog.find(idOrFile);
    if (!instrument) {
        QStringList ids;
        for (const Instrument& known : catalog.instruments())
            ids << known.id;
        badInput(QStringLiteral("unknown instrument '%1' (known: %2)")
                     .arg(idOrFile, ids.join(QStringLiteral(", "))));
    }
    return *instrument;
}

} // namespace signaali::cli
