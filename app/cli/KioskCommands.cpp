#include "cli/KioskCommands.h"

#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "db/admin/Organisation.h"
#include "db/admin/UserStore.h"
#include "db/kiosk/KioskSession.h"

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
    const QString command = QStringLiteral("codes");
    std::optional<db::SchoolInfo> school;
    for (const db::SchoolInfo& mine :
         take(db::UserStore(database->connection()).schoolsOf(user), command))
        if (mine.name == parser.value(QStringLiteral("school")))
            school = mine;
    if (!school)
        badInput(QStringLiteral("codes: no school named '%1'")
                     .arg(parser.value(QStringLiteral("school"))));
    const auto round =
        db::roundFor(database->connection(), user, parser.value(QStringLiteral("round")));
    if (!round && round.refusal.kind == db::Refusal::Kind::NotFound)
        badInput(QStringLiteral("codes: no round '%1'").arg(parser.value(QStringLiteral("round"))));
    if (!round)
        refuse(round.refusal, command);
    db::KioskSession kiosk(database->connection(), user);
    qint64 groupId = 0;
    for (const db::GroupInfo& group : take(kiosk.groups(school->id), command))
        if (group.name.compare(parser.value(QStringLiteral("class")), Qt::CaseInsensitive) == 0)
            groupId = group.id;
    if (!groupId)
        badInput(QStringLiteral("codes: no class '%1' in %2")
                     .arg(parser.value(QStringLiteral("class")), school->name));

    const QList<db::CheckInCode> codes = take(kiosk.checkInCodes(groupId, round->id), command);
    if (wantsCsv(parser)) {
        printLine(csvLine({QStringLiteral("name"), QStringLiteral("code")}));
        for (const db::CheckInCode& pupil : codes)
            printLine(csvLine({pupil.fullName, pupil.code}));
        return Ok;
    }
    QJsonArray list;
    for (const db::CheckInCode& pupil : codes)
        list.append(QJsonObject{{QStringLiteral("name"), pupil.fullName},
                                {QStringLiteral("code"), pupil.code}});
    printJson({{QStringLiteral("class"), parser.value(QStringLiteral("class"))},
               {QStringLiteral("round"), round->name},
               {QStringLiteral("codes"), list}});
    return Ok;
}

} // namespace signaali::cli
