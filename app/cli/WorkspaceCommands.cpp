// overview, attention, profile: the nurse's identified views.
#include "cli/WorkspaceCommands.h"

#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "cli/WorkspaceJson.h"
#include "db/admin/Organisation.h"

namespace signaali::cli {

namespace {
void addLanguageOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("Language of item and domain texts: fi, sv, en (default fi)."),
                      QStringLiteral("LANG"), QStringLiteral("fi")});
}

QString languageOption(const QCommandLineParser& parser, const QString& command)
{
    const QString language = parser.value(QStringLiteral("language"));
    if (!supportedLanguages().contains(language))
        badInput(QStringLiteral("%1: --language must be fi, sv or en").arg(command));
    return language;
}

qint64 schoolId(db::Database& database, const db::SignedInUser& user, const QString& name,
                const QString& command)
{
    return take(db::schoolFor(database.connection(), user, name),
                command + QStringLiteral(": --school"))
        .id;
}

qint64 roundId(QSqlDatabase& connection, const db::SignedInUser& user, const QString& key,
               const QString& command)
{
    return take(db::roundFor(connection, user, key), command + QStringLiteral(": --round")).id;
}
} // namespace

int runOverview(const QStringList& arguments)
{
    const QString command = QStringLiteral("overview");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A class's pupils with their results in one round, including those who\n"
                       "have not answered (identified: nurse of the school; audited)."));
    addDatabaseOption(parser);
    addUserOption(parser);
    addLanguageOption(parser);
    parser.addOption({QStringLiteral("round"), QStringLiteral("Round id, uuid or name."),
                      QStringLiteral("ROUND")});
    parser.addOption(
        {QStringLiteral("school"), QStringLiteral("School name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("class"), QStringLiteral("Class name, e.g. 8B."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("instrument"),
                      QStringLiteral("Instrument id (default signaali-youth)."),
                      QStringLiteral("ID"), QStringLiteral("signaali-youth")});
    parseOrFail(parser, arguments, command);
    for (const char* required : {"round", "school", "class"})
        if (!parser.isSet(QString::fromLatin1(required)))
            badInput(QStringLiteral("overview: --round, --school and --class are required"));
    const QString language = languageOption(parser, command);
    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, command);
    const qint64 round =
        roundId(database->connection(), user, parser.value(QStringLiteral("round")), command);
    const qint64 school =
        schoolId(*database, user, parser.value(QStringLiteral("school")), command);
    qint64 groupId = 0;
    for (const db::ClassInfo& group :
         take(db::classesOf(database->connection(), user, school), command))
        if (group.name.compare(parser.value(QStringLiteral("class")), Qt::CaseInsensitive) == 0)
            groupId = group.id;
    if (groupId == 0)
        badInput(QStringLiteral("overview: --class: no class '%1' in %2")
                     .arg(parser.value(QStringLiteral("class")),
                          parser.value(QStringLiteral("school"))));
    db::OverviewRequest request;
    request.groupId = groupId;
    request.roundId = round;
    request.instrumentId = parser.value(QStringLiteral("instrument"));
    request.language = language;
    printJson(toJson(take(db::classOverview(database->connection(), user, request), command)));
    return Ok;
}

int runAttention(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The nurse's attention list and what came of handled flags (identified; audited):\n"
        "  attention [--school S] [--include-handled] [--limit N]\n"
        "  attention handle --response ID [--code CODE]... [--note TEXT]\n"
        "  attention outcomes [--school S] [--round ROUND]"));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QStringLiteral("list (default), handle or outcomes"));
    parser.addOption(
        {QStringLiteral("school"), QStringLiteral("Only this school."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("include-handled"), QStringLiteral("List flags already handled as well.")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results (default 500)."),
                      QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("response"),
                      QStringLiteral("The result whose flags were handled (handle)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("code"),
                      QStringLiteral("A flag code (handle; default: all the result's flags)."),
                      QStringLiteral("CODE")});
    addNoteOptions(parser, QStringLiteral("handle"));
    parser.addOption({QStringLiteral("round"),
                      QStringLiteral("Only flags raised in this round (outcomes)."),
                      QStringLiteral("ROUND")});
    parseOrFail(parser, arguments, QStringLiteral("attention"));
    const QString sub = parser.positionalArguments().value(0, QStringLiteral("list"));
    if (sub != QLatin1String("list") && sub != QLatin1String("handle") &&
        sub != QLatin1String("outcomes"))
        badInput(QStringLiteral("attention: expected list, handle or outcomes"));
    const QString command = QStringLiteral("attention ") + sub;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        badInput(QStringLiteral("%1: --limit must be a positive whole number").arg(command));
    qint64 responseId = 0;
    if (sub == QLatin1String("handle")) {
        responseId = parser.value(QStringLiteral("response")).toLongLong(&ok);
        if (!ok || responseId <= 0)
            badInput(QStringLiteral("%1: --response ID is required (a number)").arg(command));
    }
    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, command);
    const qint64 school =
        parser.isSet(QStringLiteral("school"))
            ? schoolId(*database, user, parser.value(QStringLiteral("school")), command)
            : 0;
    QSqlDatabase& connection = database->connection();
    if (sub == QLatin1String("handle")) {
        take(db::markFlagsHandled(connection, user, responseId,
                                  parser.values(QStringLiteral("code")), noteFrom(parser, command)),
             command);
        printJson({{QStringLiteral("handled"), responseId}});
    } else if (sub == QLatin1String("outcomes")) {
        db::OutcomeRequest request;
        request.schoolId = school;
        if (parser.isSet(QStringLiteral("round"))) {
            request.roundId =
                roundId(connection, user, parser.value(QStringLiteral("round")), command);
        }
        printJson(
            {{QStringLiteral("outcomes"),
              toJsonArray(take(db::handledFlagOutcomes(connection, user, request), command))}});
    } else {
        db::AttentionRequest request;
        request.schoolId = school;
        request.includeHandled = parser.isSet(QStringLiteral("include-handled"));
        request.limit = limit;
        printJson({{QStringLiteral("attention"),
                    toJsonArray(take(db::attentionList(connection, user, request), command))}});
    }
    return Ok;
}

int runProfile(const QStringList& arguments)
{
    const QString command = QStringLiteral("profile");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A pupil's latest results domain by domain with reasons, the answers, and the history\n"
        "over all rounds (nurse of the school, or a case team member the case is shared\n"
        "with; audited)."));
    addDatabaseOption(parser);
    addUserOption(parser);
    addLanguageOption(parser);
    parser.addOption(
        {QStringLiteral("pupil"), QStringLiteral("Pupil uuid or id."), QStringLiteral("UUID")});
    parser.addOption({QStringLiteral("instrument"),
                      QStringLiteral("Only this instrument (default: all the pupil's)."),
                      QStringLiteral("ID")});
    parseOrFail(parser, arguments, command);
    if (!parser.isSet(QStringLiteral("pupil")))
        badInput(QStringLiteral("profile: --pupil UUID is required"));
    const QString language = languageOption(parser, command);
    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, command);
    db::ProfileRequest request;
    request.pupil = parser.value(QStringLiteral("pupil"));
    request.language = language;
    request.instrumentId = parser.value(QStringLiteral("instrument"));
    printJson(toJson(take(db::pupilProfile(database->connection(), user, request), command)));
    return Ok;
}

} // namespace signaali::cli
