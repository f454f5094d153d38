// rounds, record, results: screening rounds and stored results.
#include "cli/ResultCommands.h"
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "core/AnswerSet.h"
#include "core/ResultJson.h"
#include "db/admin/Organisation.h"
#include "db/workspace/IdentifiedLists.h"
#include "db/workspace/PupilDataChanges.h"
#include "db/workspace/PupilLookup.h"

#include <QJsonArray>

namespace signaali::cli {

int runRounds(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists screening rounds, or creates one with --create (a nurse or an\n"
                       "administrator, audited)."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addOption({QStringLiteral("create"),
                      QStringLiteral("Create a round, e.g. \"autumn 2026, grade 8\"."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("starts"),
                      QStringLiteral("Start date of the new round (yyyy-MM-dd)."),
                      QStringLiteral("DATE")});
    parseOrFail(parser, arguments, QStringLiteral("rounds"));
    auto database = openDatabase(parser);
    const db::SignedInUser user = signInOrFirstStart(parser, *database, QStringLiteral("rounds"));
    if (parser.isSet(QStringLiteral("create"))) {
        QDate starts;
        if (parser.isSet(QStringLiteral("starts"))) {
            starts = QDate::fromString(parser.value(QStringLiteral("starts")), Qt::ISODate);
            if (!starts.isValid())
                badInput(QStringLiteral("rounds: --starts '%1' is not a date (yyyy-MM-dd)")
                             .arg(parser.value(QStringLiteral("starts"))));
        }
        const QString name = parser.value(QStringLiteral("create")).trimmed();
        if (name.isEmpty())
            badInput(QStringLiteral("rounds: --create needs a name"));
        take(db::createRoundAs(database->connection(), user, name, starts),
             QStringLiteral("rounds"));
    }
    QJsonArray list;
    for (const db::RoundInfo& round :
         take(db::roundsFor(database->connection(), user), QStringLiteral("rounds")))
        list.append(QJsonObject{
            {QStringLiteral("id"), round.id},
            {QStringLiteral("uuid"), round.uuid},
            {QStringLiteral("name"), round.name},
            {QStringLiteral("startsOn"),
             round.startsOn.isValid() ? round.startsOn.toString(Qt::ISODate) : QString()}});
    printJson({{QStringLiteral("rounds"), list}});
    return Ok;
}

int runRecord(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stores a completed response and prints its result as 'score' does.\n"
                       "Answers: {\"answers\": {...}, \"language\": \"fi\"}; the previous result "
                       "is taken from the database. The nurse of the pupil's school; audited."));
    addDatabaseOption(parser);
    addUserOption(parser);
    addCatalogOptions(parser);
    parser.addOption(
        {QStringLiteral("pupil"), QStringLiteral("Pupil id or uuid."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("instrument"), QStringLiteral("Instrument id or file."),
                      QStringLiteral("ID|FILE")});
    parser.addOption(
        {QStringLiteral("round"), QStringLiteral("Round id, uuid or name."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("answers"), QStringLiteral("Answers file, or - for stdin."),
                      QStringLiteral("FILE")});
    parseOrFail(parser, arguments, QStringLiteral("record"));
    for (const char* required : {"pupil", "instrument", "round", "answers"})
        if (!parser.isSet(QString::fromLatin1(required)))
            badInput(QStringLiteral(
                "record: --pupil, --instrument, --round and --answers are required"));

    const Instrument instrument =
        resolveInstrument(parser.value(QStringLiteral("instrument")), parser);
    const AnswerSet set = loadCheckedAnswers(parser.value(QStringLiteral("answers")), instrument);
    if (!instrument.languages.contains(set.language))
        badInput(QStringLiteral("%1: $.language: instrument '%2' has no language '%3'")
                     .arg(parser.value(QStringLiteral("answers")), instrument.id, set.language));

    auto database = openDatabase(parser);
    // Signed in before the pupil is looked up, so nobody learns which ids exist.
    const db::SignedInUser user = signInOrFirstStart(parser, *database, QStringLiteral("record"));
    // Someone else's pupil and no pupil at all get the same answer.
    const qint64 pupilId =
        take(db::pupilIdFor(database->connection(), user, parser.value(QStringLiteral("pupil")),
                            db::Permission::RecordResponses),
             QStringLiteral("record"));
    const db::RoundInfo round =
        take(db::roundFor(database->connection(), user, parser.value(QStringLiteral("round"))),
             QStringLiteral("record: --round"));
    const db::RecordedResponse recorded =
        take(db::recordCompletedAs(database->connection(), user, pupilId, round.id, instrument,
                                   set.answers, set.language),
             QStringLiteral("record"));
    printJson(resultToJson(recorded.result));
    return Ok;
}

int runResults(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints stored results per pupil and round of the signed-in nurse's "
                       "schools,\npseudonymised (pupil uuid) unless --identified adds names; "
                       "audited."));
    addDatabaseOption(parser);
    addUserOption(parser);
    addFormatOption(parser);
    parser.addOption({QStringLiteral("round"),
                      QStringLiteral("Only this round (id, uuid or name)."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("school"), QStringLiteral("Only this school."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("identified"), QStringLiteral("Include pupils' names.")});
    parseOrFail(parser, arguments, QStringLiteral("results"));
    const bool csv = wantsCsv(parser);
    const bool identified = parser.isSet(QStringLiteral("identified"));
    auto database = openDatabase(parser);
    const QString round = parser.value(QStringLiteral("round"));
    const QString school = parser.value(QStringLiteral("school"));
    const QString command = QStringLiteral("results");
    const db::SignedInUser user = signInOrFirstStart(parser, *database, command);
    const QList<db::StoredResult> rows =
        identified
            ? take(db::identifiedResults(database->connection(), user, round, school), command)
            : take(db::pseudonymisedResults(database->connection(), user, round, school), command);
    if (csv) {
        printLine(QStringLiteral("response,pupil,%1school,class,round,instrument,version,status,"
                                 "completed_at,valid,level,"
                                 "total,band,flags")
                      .arg(identified ? QStringLiteral("last_name,first_name,") : QString()));
        for (const db::StoredResult& r : rows) {
            QStringList flags;
            for (const QJsonValue& flag : r.result.value(QStringLiteral("flags")).toArray())
                flags << flag.toObject().value(QStringLiteral("code")).toString();
            QStringList fields{r.responseUuid, r.pupilUuid};
            if (identified)
                fields << r.lastName << r.firstName;
            const QJsonValue total = r.result.value(QStringLiteral("total"));
            fields << r.school << r.className << r.round << r.instrument << r.version << r.status
                   << r.completedAt
                   << (r.result.isEmpty()                                 ? QString()
                       : r.result.value(QStringLiteral("valid")).toBool() ? QStringLiteral("true")
                                                                          : QStringLiteral("false"))
                   << r.result.value(QStringLiteral("level")).toString()
                   << (total.isDouble() ? QString::number(total.toDouble()) : QString())
                   << r.result.value(QStringLiteral("band")).toString()
                   << flags.join(QLatin1Char('|'));
            printLine(csvLine(fields));
        }
        return Ok;
    }
    QJsonArray list;
    for (const db::StoredResult& r : rows) {
        QJsonObject o{{QStringLiteral("response"), r.responseUuid},
                      {QStringLiteral("pupil"), r.pupilUuid},
                      {QStringLiteral("school"), r.school},
                      {QStringLiteral("class"), r.className},
                      {QStringLiteral("round"), r.round},
                      {QStringLiteral("instrument"), r.instrument},
                      {QStringLiteral("version"), r.version},
                      {QStringLiteral("status"), r.status},
                      {QStringLiteral("completedAt"), r.completedAt}};
        if (identified) {
            o.insert(QStringLiteral("lastName"), r.lastName);
            o.insert(QStringLiteral("firstName"), r.firstName);
        }
        if (!r.result.isEmpty())
            o.insert(QStringLiteral("result"), r.result);
        list.append(o);
    }
    printJson({{QStringLiteral("results"), list}});
    return Ok;
}

} // namespace signaali::cli
