#include "cli/InstrumentCommands.h"

#include "cli/CliCommon.h"
#include "core/AnswerSet.h"
#include "core/InstrumentLoader.h"
#include "core/ResultJson.h"
#include "core/Scorer.h"

#include <QJsonArray>
#include <QTextStream>

namespace signaali::cli {

int runInstruments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the instruments Signaali knows."));
    addCatalogOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.")});
    parseOrFail(parser, arguments, QStringLiteral("instruments"));

    const InstrumentCatalog catalog = loadCatalog(parser);
    for (const LoadError& problem : catalog.problems())
        QTextStream(stderr) << "warning: " << problem.toString() << '\n';
    QJsonArray list;
    for (const Instrument& in : catalog.instruments()) {
        QStringList administrable;
        for (const QString& language : in.languages)
            if (in.canAdminister(language))
                administrable << language;
        list.append(QJsonObject{
            {QStringLiteral("id"), in.id},
            {QStringLiteral("version"), in.version},
            {QStringLiteral("items"), static_cast<int>(in.items.size())},
            {QStringLiteral("domains"), static_cast<int>(in.domains.size())},
            {QStringLiteral("languages"), QJsonArray::fromStringList(in.languages)},
            {QStringLiteral("administrable"), QJsonArray::fromStringList(administrable)},
            {QStringLiteral("title"), in.title.text(QStringLiteral("en"))}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("instruments"), list}});
        return Ok;
    }
    printLine(QStringLiteral("%1 %2 %3 %4  %5")
                  .arg(QStringLiteral("id"), -16)
                  .arg(QStringLiteral("version"), -8)
                  .arg(QStringLiteral("items"), 5)
                  .arg(QStringLiteral("languages"), -10)
                  .arg(QStringLiteral("kiosk languages")));
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        QStringList languages, kiosk;
        for (const QJsonValue& l : o.value(QStringLiteral("languages")).toArray())
            languages << l.toString();
        for (const QJsonValue& l : o.value(QStringLiteral("administrable")).toArray())
            kiosk << l.toString();
        printLine(QStringLiteral("%1 %2 %3 %4  %5")
                      .arg(o.value(QStringLiteral("id")).toString(), -16)
                      .arg(o.value(QStringLiteral("version")).toString(), -8)
                      .arg(o.value(QStringLiteral("items")).toInt(), 5)
                      .arg(languages.join(QLatin1Char(',')), -10)
                      .arg(kiosk.isEmpty() ? QStringLiteral("- (needs official wording)")
                                           : kiosk.join(QLatin1Char(','))));
    }
    return Ok;
}

int runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks an instrument definition file."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Instrument JSON file."));
    parseOrFail(parser, arguments, QStringLiteral("validate"));
    if (parser.positionalArguments().size() != 1)
        badInput(QStringLiteral("validate: expected exactly one FILE"));
    const QString path = parser.positionalArguments().first();
    const Loaded<Instrument> loaded = InstrumentLoader::fromFile(path);
    if (!loaded.ok())
        badInput(loaded.error);
    printLine(QStringLiteral("%1: valid (%2 %3, %4 items, %5 domains)")
                  .arg(path, loaded.value->id, loaded.value->version)
                  .arg(loaded.value->items.size())
                  .arg(loaded.value->domains.size()));
    return Ok;
}

int runScore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scores one answer set and prints the result as JSON.\n"
        "Answers: {\"answers\": {\"item1\": 2, ...}, \"previous\": {...}, \"language\": \"fi\"}"));
    parser.addOption({QStringLiteral("instrument"), QStringLiteral("Instrument id or file."),
                      QStringLiteral("ID|FILE")});
    parser.addOption({QStringLiteral("answers"), QStringLiteral("Answers file, or - for stdin."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("Language of the reasons (fi, sv, en); overrides the file."),
                      QStringLiteral("LANG")});
    addCatalogOptions(parser);
    parseOrFail(parser, arguments, QStringLiteral("score"));
    if (!parser.isSet(QStringLiteral("instrument")) || !parser.isSet(QStringLiteral("answers")))
        badInput(QStringLiteral("score: --instrument and --answers are required"));

    const Instrument instrument =
        resolveInstrument(parser.value(QStringLiteral("instrument")), parser);
    const AnswerSet set = loadCheckedAnswers(parser.value(QStringLiteral("answers")), instrument);

    QString language = parser.isSet(QStringLiteral("language"))
                           ? parser.value(QStringLiteral("language"))
                           : set.language;
    if (!instrument.languages.contains(language))
        badInput(QStringLiteral("score: instrument '%1' has no language '%2'")
                     .arg(instrument.id, language));

    std::optional<ScoreResult> previous;
    if (set.previous)
        previous = Scorer::score(instrument, *set.previous, language);
    const ScoreResult result =
        Scorer::score(instrument, set.answers, language, previous ? &*previous : nullptr);
    printJson(resultToJson(result));
    return Ok;
}

} // namespace signaali::cli
