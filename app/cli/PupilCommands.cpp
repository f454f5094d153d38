// import-roster, pupils, erase: class lists and pupils.
#include "cli/PupilCommands.h"
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "db/workspace/IdentifiedLists.h"
#include "db/workspace/PupilDataChanges.h"
#include "db/workspace/PupilSearch.h"

#include <QJsonArray>
#include <QTextStream>

namespace signaali::cli {

int runImportRoster(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a class list (CSV) into a school.\n"
        "Rejected rows are listed with their line and field; then nothing is imported\n"
        "unless --skip-rejected is given. The import is one transaction, audited per pupil.\n"
        "A nurse imports into her own schools; an administrator into any (new ones too)."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Class list CSV."));
    parser.addOption({QStringLiteral("school"), QStringLiteral("School the pupils belong to."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("Report what would change; change nothing.")});
    parser.addOption({QStringLiteral("skip-rejected"),
                      QStringLiteral("Import the good rows even if some are rejected.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON.")});
    parseOrFail(parser, arguments, QStringLiteral("import-roster"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("school")))
        badInput(QStringLiteral("import-roster: expected FILE and --school NAME"));
    const QString file = parser.positionalArguments().first();
    const Loaded<Roster> roster = RosterParser::parseFile(file);
    if (!roster.ok())
        badInput(roster.error);

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool refuse =
        !roster.value->rejected.isEmpty() && !parser.isSet(QStringLiteral("skip-rejected"));
    auto database = openDatabase(parser);
    const QString command = QStringLiteral("import-roster");
    const db::SignedInUser user = signInOrFirstStart(parser, *database, command);
    const auto report =
        take(db::importRosterAs(database->connection(), user, *roster.value,
                                parser.value(QStringLiteral("school")), dryRun || refuse),
             command);

    using Outcome = db::ImportRow::Outcome;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const db::ImportRow& row : report.rows)
            rows.append(QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("outcome"), db::outcomeId(row.outcome)},
                                    {QStringLiteral("detail"), row.detail}});
        printJson({{QStringLiteral("file"), file},
                   {QStringLiteral("encoding"), roster.value->encoding},
                   {QStringLiteral("committed"), report.committed},
                   {QStringLiteral("added"), report.count(Outcome::Added)},
                   {QStringLiteral("updated"), report.count(Outcome::Updated)},
                   {QStringLiteral("unchanged"), report.count(Outcome::Unchanged)},
                   {QStringLiteral("rejected"), report.count(Outcome::Rejected)},
                   {QStringLiteral("rows"), rows}});
    } else {
        for (const db::ImportRow& row : report.rows)
            printLine(
                QStringLiteral("%1:%2: %3%4")
                    .arg(file)
                    .arg(row.line)
                    .arg(db::outcomeId(row.outcome),
                         row.detail.isEmpty() ? QString() : QStringLiteral(": ") + row.detail));
        printLine(QStringLiteral("%1 added, %2 updated, %3 unchanged, %4 rejected (%5)")
                      .arg(report.count(Outcome::Added))
                      .arg(report.count(Outcome::Updated))
                      .arg(report.count(Outcome::Unchanged))
                      .arg(report.count(Outcome::Rejected))
                      .arg(report.committed ? QStringLiteral("saved")
                                            : QStringLiteral("dry run, nothing saved")));
    }
    if (refuse && !dryRun)
        badInput(
            QStringLiteral(
                "%1: %2 rejected row(s); nothing was imported (fix them, or use --skip-rejected)")
                .arg(file)
                .arg(report.count(Outcome::Rejected)));
    return Ok;
}

int runPupils(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the pupils of the signed-in nurse's schools (identified data: "
                       "handle the\noutput with care; the listing is audited)."));
    addDatabaseOption(parser);
    addUserOption(parser);
    addFormatOption(parser);
    parser.addOption(
        {QStringLiteral("school"), QStringLiteral("Only this school."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("search"),
                      QStringLiteral("Only the pupils whose name matches the text read from "
                                     "SIGNAALI_SEARCH or the next line of standard input (a "
                                     "name is never an argument: others could read it).")});
    parseOrFail(parser, arguments, QStringLiteral("pupils"));
    const bool csv = wantsCsv(parser);
    auto database = openDatabase(parser);
    const db::SignedInUser user = signInOrFirstStart(parser, *database, QStringLiteral("pupils"));
    if (parser.isSet(QStringLiteral("search"))) {
        if (parser.isSet(QStringLiteral("school")))
            badInput(QStringLiteral("pupils: --search looks in all your schools; leave out "
                                    "--school"));
        const QString text = readSecret("SIGNAALI_SEARCH", QStringLiteral("search text"));
        const QList<db::PupilMatch> found =
            take(db::searchPupils(database->connection(), user, text),
                 QStringLiteral("pupils --search"));
        if (csv) {
            printLine(QStringLiteral("id,uuid,school,class,last_name,first_name,date_of_birth"));
            for (const db::PupilMatch& m : found)
                printLine(
                    csvLine({QString::number(m.pupilId), m.pupilUuid, m.schoolName, m.className,
                             m.lastName, m.firstName, m.dateOfBirth.toString(Qt::ISODate)}));
            return Ok;
        }
        QJsonArray list;
        for (const db::PupilMatch& m : found)
            list.append(
                QJsonObject{{QStringLiteral("id"), m.pupilId},
                            {QStringLiteral("uuid"), m.pupilUuid},
                            {QStringLiteral("school"), m.schoolName},
                            {QStringLiteral("class"), m.className},
                            {QStringLiteral("lastName"), m.lastName},
                            {QStringLiteral("firstName"), m.firstName},
                            {QStringLiteral("dateOfBirth"), m.dateOfBirth.toString(Qt::ISODate)}});
        printJson({{QStringLiteral("pupils"), list}});
        return Ok;
    }
    const QList<db::PupilRecord> pupils =
        take(db::pupilsFor(database->connection(), user, parser.value(QStringLiteral("school"))),
             QStringLiteral("pupils"));
    if (csv) {
        printLine(QStringLiteral(
            "id,uuid,school,class,groups,last_name,first_name,date_of_birth,gender,language"));
        for (const db::PupilRecord& p : pupils)
            printLine(csvLine({QString::number(p.id), p.uuid, p.school, p.className,
                               p.groups.join(QLatin1Char('|')), p.lastName, p.firstName,
                               p.dateOfBirth.toString(Qt::ISODate), p.gender, p.language}));
        return Ok;
    }
    QJsonArray list;
    for (const db::PupilRecord& p : pupils)
        list.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("uuid"), p.uuid},
                        {QStringLiteral("school"), p.school},
                        {QStringLiteral("class"), p.className},
                        {QStringLiteral("groups"), QJsonArray::fromStringList(p.groups)},
                        {QStringLiteral("lastName"), p.lastName},
                        {QStringLiteral("firstName"), p.firstName},
                        {QStringLiteral("dateOfBirth"), p.dateOfBirth.toString(Qt::ISODate)},
                        {QStringLiteral("hasIdentityCode"), !p.identityCode.isEmpty()},
                        {QStringLiteral("gender"), p.gender},
                        {QStringLiteral("language"), p.language}});
    printJson({{QStringLiteral("pupils"), list}});
    return Ok;
}

int runErase(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Erases a pupil with all their answers and results (GDPR erasure); the\n"
        "freed space in the file is overwritten. The nurse of the pupil's school or\n"
        "an administrator; the erasure is audited (the pupil's uuid only)."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addOption(
        {QStringLiteral("pupil"), QStringLiteral("Pupil id or uuid."), QStringLiteral("ID")});
    parseOrFail(parser, arguments, QStringLiteral("erase"));
    if (!parser.isSet(QStringLiteral("pupil")))
        badInput(QStringLiteral("erase: --pupil ID is required"));
    auto database = openDatabase(parser);
    const db::SignedInUser user = signInOrFirstStart(parser, *database, QStringLiteral("erase"));
    const QString uuid =
        take(db::erasePupilAs(database->connection(), user, parser.value(QStringLiteral("pupil"))),
             QStringLiteral("erase"));
    printLine(QStringLiteral("pupil %1 erased").arg(uuid));
    return Ok;
}

} // namespace signaali::cli
