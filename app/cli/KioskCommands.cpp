#include "cli/KioskCommands.h"

#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "db/store/KioskStore.h"
#include "db/store/OrganisationStore.h"
#include "db/workspace/IdentifiedLists.h"

#include <QJsonArray>

namespace signaali::cli {

int runCodes(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the one-time check-in codes of a class for a round, making them where "
        "missing. A code works until the pupil has completed the round's screening.\n"
        "The output names pupils: print it, do not leave it lying in shared folders.\n"
        "Needs the nurse of the school signed in with --user; the printout is audited."));
    addDatabaseOption(parser);
    addUserOption(parser);
    addFormatOption(parser);
    parser.addOption(
        {QStringLiteral("school"), QStringLiteral("The school."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("class"), QStringLiteral("The class or group, e.g. 8A."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("round"), QStringLiteral("The round (name, uuid or id)."),
                      QStringLiteral("ROUND")});
    parseOrFail(parser, arguments, QStringLiteral("codes"));
    for (const char* required : {"school", "class", "round"})
        if (!parser.isSet(QString::fromLatin1(required)))
            badInput(QStringLiteral("codes: --%1 is required").arg(QString::fromLatin1(required)));

    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, QStringLiteral("codes"));
    db::OrganisationStore organisation(database->connection());
    const auto school = organisation.school(parser.value(QStringLiteral("school")));
    if (!school)
        badInput(QStringLiteral("codes: no school named '%1'")
                     .arg(parser.value(QStringLiteral("school"))));
    const auto round = organisation.round(parser.value(QStringLiteral("round")));
    if (!round)
        badInput(QStringLiteral("codes: no round '%1'").arg(parser.value(QStringLiteral("round"))));
    db::KioskStore kiosk(database->connection());
    qint64 groupId = 0;
    for (const db::GroupInfo& group : kiosk.groups(school->id))
        if (group.name.compare(parser.value(QStringLiteral("class")), Qt::CaseInsensitive) == 0)
            groupId = group.id;
    if (!groupId)
        badInput(QStringLiteral("codes: no class '%1' in %2")
                     .arg(parser.value(QStringLiteral("class")), school->name));

    const QList<db::PupilCode> codes =
        take(db::checkInCodesFor(database->connection(), user, groupId, round->id),
             QStringLiteral("codes"));
    if (wantsCsv(parser)) {
        printLine(csvLine({QStringLiteral("name"), QStringLiteral("code")}));
        for (const db::PupilCode& pupil : codes)
            printLine(csvLine({pupil.fullName, pupil.code}));
        return Ok;
    }
    QJsonArray list;
    for (const db::PupilCode& pupil : codes)
        list.append(QJsonObject{{QStringLiteral("name"), pupil.fullName},
                                {QStringLiteral("code"), pupil.code}});
    printJson({{QStringLiteral("class"), parser.value(QStringLiteral("class"))},
               {QStringLiteral("round"), round->name},
               {QStringLiteral("codes"), list}});
    return Ok;
}

} // namespace signaali::cli
