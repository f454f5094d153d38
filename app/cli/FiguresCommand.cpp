// figures: protected group figures of a round as a CSV or XLSX table.
#include "cli/FiguresCommand.h"
#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "db/access/AccessRules.h"
#include "db/admin/Organisation.h"
#include "db/figures/GroupFigures.h"

#include <QFile>
#include <QFileInfo>

namespace signaali::cli {

int runFigures(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports the group figures of a round: respondents and the share at each level\n"
        "(ok, watch, concern) with 95 % Wilson intervals, per class, grade, school or\n"
        "municipality, for the overall level and each domain, as --user may see them\n"
        "(a coordinator every school, a welfare group or nurse their own schools), with\n"
        "small groups protected. The export is written to the audit log."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addOption({QStringLiteral("round"), QStringLiteral("Round name, uuid or id."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("school"),
                      QStringLiteral("Only this school (repeat for several; default all)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("by"),
                      QStringLiteral("Groups: class, grade, school (default), municipal-grade or "
                                     "municipality."),
                      QStringLiteral("LEVEL"), QStringLiteral("school")});
    parser.addOption({QStringLiteral("gender"), QStringLiteral("A row per gender as well.")});
    parser.addOption({QStringLiteral("grade"),
                      QStringLiteral("Only this grade (repeat for several; 0: not recorded)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("domain"),
                      QStringLiteral("Only this domain (repeat; \"overall\" for the overall "
                                     "level; default all)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("instrument"),
                      QStringLiteral("Instrument id (default signaali-youth)."),
                      QStringLiteral("ID"), QStringLiteral("signaali-youth")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("csv or xlsx (default: from the --out file name, else csv)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("File to write (an existing one only with --force)."),
                      QStringLiteral("FILE")});
    addForceOption(parser);
    parseOrFail(parser, arguments, QStringLiteral("figures"));

    if (!parser.isSet(QStringLiteral("round")))
        badInput(QStringLiteral("figures: --round NAME is required"));
    if (!parser.isSet(QStringLiteral("out")))
        badInput(QStringLiteral("figures: --out FILE is required"));
    const QString out = parser.value(QStringLiteral("out"));
    const QString formatId =
        parser.isSet(QStringLiteral("format"))
            ? parser.value(QStringLiteral("format"))
            : (out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                         : QStringLiteral("csv"));
    const auto format = exportFormatFromId(formatId);
    if (!format)
        badInput(QStringLiteral("figures: --format must be csv or xlsx, not '%1'").arg(formatId));
    const auto breakdown = db::breakdownFromId(parser.value(QStringLiteral("by")));
    if (!breakdown)
        badInput(QStringLiteral("figures: --by must be class, grade, school, municipal-grade or "
                                "municipality, not '%1'")
                     .arg(parser.value(QStringLiteral("by"))));
    db::FigureQuery query;
    query.breakdown = *breakdown;
    query.byGender = parser.isSet(QStringLiteral("gender"));
    query.instrumentId = parser.value(QStringLiteral("instrument"));
    for (const QString& grade : parser.values(QStringLiteral("grade"))) {
        bool ok = false;
        const int value = grade.toInt(&ok);
        if (!ok || value < 0)
            badInput(
                QStringLiteral("figures: --grade must be a whole number, not '%1'").arg(grade));
        query.grades << value;
    }
    for (const QString& domain : parser.values(QStringLiteral("domain")))
        query.domainIds << (domain == QLatin1String("overall") ? db::kOverall : domain);

    auto database = openDatabase(parser);
    QSqlDatabase& connection = database->connection();
    const db::SignedInUser user = signIn(parser, *database, QStringLiteral("figures"));
    const auto round = db::roundFor(connection, user, parser.value(QStringLiteral("round")));
    if (!round) {
        if (round.refusedAccess())
            refuse(round.refusal, QStringLiteral("figures"));
        badInput(QStringLiteral("figures: --round: no round '%1'")
                     .arg(parser.value(QStringLiteral("round"))));
    }
    query.roundIds << round->id;
    for (const QString& name : parser.values(QStringLiteral("school"))) {
        const auto school = db::schoolFor(connection, user, name);
        if (!school)
            badInput(QStringLiteral("figures: --school: no school '%1'").arg(name));
        query.schoolIds << school->id;
    }
    if (const auto refusal =
            db::AccessRules(connection).check(user, db::Permission::ViewAggregates))
        refuse(*refusal, QStringLiteral("figures"));
    db::GroupFigures figures(connection, user);
    const auto rows = figures.figures(query);
    if (!rows)
        badInput(QStringLiteral("figures: %1").arg(rows.error()));
    const int threshold = db::smallGroupThreshold(connection);
    ExportTable table = db::GroupFigures::toTable(*rows, threshold);
    table.title = round->name;
    if (const auto refusal = TableExport::write(table, out, *format, outputRules(parser, false)))
        refuse(*refusal, QStringLiteral("figures"));
    if (const auto recorded = figures.recordExport(
            QStringLiteral("figures %1 by %2, %3")
                .arg(round->name, parser.value(QStringLiteral("by")), formatId.toLower()));
        !recorded) {
        QFile::remove(out); // an export that is not in the log is not kept
        throw CliFailure(Failure, recorded.error());
    }
    int hidden = 0;
    for (const db::FigureRow& row : *rows)
        hidden += row.anyHidden() ? 1 : 0;
    printJson({{QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
               {QStringLiteral("format"), formatId.toLower()},
               {QStringLiteral("round"), round->name},
               {QStringLiteral("rows"), static_cast<int>(rows->size())},
               {QStringLiteral("rowsWithHiddenCounts"), hidden},
               {QStringLiteral("threshold"), threshold}});
    return Ok;
}

int runThreshold(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the small-group threshold (groups with fewer respondents are not broken\n"
        "down), or sets it with --set N (an administrator; at least 5; audited). Set it\n"
        "before figures are shown: releases at two thresholds can be compared."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addOption({QStringLiteral("set"), QStringLiteral("The new threshold (5 or more)."),
                      QStringLiteral("N")});
    parseOrFail(parser, arguments, QStringLiteral("threshold"));
    auto database = openDatabase(parser);
    QSqlDatabase& connection = database->connection();
    if (parser.isSet(QStringLiteral("set"))) {
        bool ok = false;
        const int value = parser.value(QStringLiteral("set")).toInt(&ok);
        if (!ok)
            badInput(QStringLiteral("threshold: --set must be a whole number, not '%1'")
                         .arg(parser.value(QStringLiteral("set"))));
        const db::SignedInUser user = signIn(parser, *database, QStringLiteral("threshold"));
        if (const auto refusal =
                db::AccessRules(connection).check(user, db::Permission::ManageSchools))
            refuse(*refusal, QStringLiteral("threshold"));
        // Refused as bad input (exit 2) whatever the kind, as before.
        if (const auto set = db::setSmallGroupThreshold(connection, user, value); !set)
            badInput(set.error());
    }
    printJson({{QStringLiteral("threshold"), db::smallGroupThreshold(connection)},
               {QStringLiteral("minimum"), protection::kMinimumThreshold}});
    return Ok;
}

} // namespace signaali::cli
