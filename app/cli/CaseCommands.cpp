// case: follow-up actions, booked follow-ups and sharing a case with consent.
#include "cli/CaseCommands.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "cli/WorkspaceJson.h"
#include "db/workspace/CaseCorrections.h"
#include "db/workspace/CaseShares.h"
#include "db/workspace/CaseStore.h"
#include "db/workspace/Colleagues.h"
#include "db/workspace/PupilLookup.h"

namespace signaali::cli {

namespace {
qint64 pupilId(db::Database& database, const db::SignedInUser& user,
               const QCommandLineParser& parser, db::Permission permission, const QString& command)
{
    if (!parser.isSet(QStringLiteral("pupil")))
        badInput(QStringLiteral("%1: --pupil UUID is required").arg(command));
    return take(db::pupilIdFor(database.connection(), user, parser.value(QStringLiteral("pupil")),
                               permission),
                command);
}

qint64 numberOption(const QCommandLineParser& parser, const QString& name, const QString& command)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!parser.isSet(name) || !ok || value <= 0)
        badInput(QStringLiteral("%1: --%2 ID is required (a number)").arg(command, name));
    return value;
}

QString kindList()
{
    QStringList ids;
    for (db::CaseActionKind kind : db::allCaseActionKinds())
        ids << db::caseActionKindId(kind);
    return ids.join(QStringLiteral(", "));
}
} // namespace

int runCase(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A pupil's case (identified; every use is audited):\n"
                       "  case record --pupil UUID --action KIND [--date DATE] [--note TEXT] "
                       "[--response ID]\n"
                       "  case list --pupil UUID\n"
                       "  case done --action-id ID            a booked follow-up took place\n"
                       "  case correct --action-id ID --action KIND [--date DATE] [--note TEXT]\n"
                       "      the action as it should have been (your own, on the day recorded)\n"
                       "  case remove --action-id ID          (your own, on the day recorded)\n"
                       "  case due [--today DATE] [--within DAYS]   follow-ups due (nurse)\n"
                       "  case share --pupil UUID --member NAME --consent pupil|guardian "
                       "--consent-date DATE [--note TEXT]\n"
                       "  case unshare --share ID\n"
                       "  case shares [--pupil UUID]\n"
                       "Actions: ") +
        kindList());
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QStringLiteral("record, list, done, correct, remove, due, share, "
                                                "unshare, shares"));
    const QList<std::pair<const char*, const char*>> options{
        {"pupil", "Pupil uuid or id."},
        {"action", "What was done (record, correct)."},
        {"date", "Date of the booked follow-up (record, yyyy-MM-dd)."},
        {"response", "The result the action is about (record)."},
        {"action-id", "The action (done, correct, remove)."},
        {"today", "The day to count from (due; default today)."},
        {"within", "Days ahead (due; default 7)."},
        {"member", "User name of the case team member (share)."},
        {"consent", "Whose consent: pupil or guardian (share)."},
        {"consent-date", "When consent was given (share, yyyy-MM-dd)."},
        {"share", "The share to withdraw (unshare)."}};
    addNoteOptions(parser, QStringLiteral("record, correct, share"));
    for (const auto& [name, text] : options)
        parser.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(text), QStringLiteral("VALUE")});
    parseOrFail(parser, arguments, QStringLiteral("case"));
    const QString sub = parser.positionalArguments().value(0);
    const QStringList known{
        QStringLiteral("record"),  QStringLiteral("list"),    QStringLiteral("done"),
        QStringLiteral("correct"), QStringLiteral("remove"),  QStringLiteral("due"),
        QStringLiteral("share"),   QStringLiteral("unshare"), QStringLiteral("shares")};
    if (!known.contains(sub))
        badInput(QStringLiteral("case: expected one of: %1").arg(known.join(QStringLiteral(", "))));
    const QString command = QStringLiteral("case ") + sub;

    // Everything that can be checked without the database is checked first.
    std::optional<db::CaseActionKind> kind;
    if (sub == QLatin1String("record") || sub == QLatin1String("correct")) {
        kind = db::caseActionKindFromId(parser.value(QStringLiteral("action")));
        if (!kind)
            badInput(QStringLiteral("%1: --action must be one of: %2").arg(command, kindList()));
    }
    std::optional<db::ConsentFrom> consent;
    if (sub == QLatin1String("share")) {
        consent = db::consentFromFromId(parser.value(QStringLiteral("consent")));
        if (!consent)
            badInput(QStringLiteral("%1: --consent must be pupil or guardian").arg(command));
        if (!parser.isSet(QStringLiteral("member")))
            badInput(QStringLiteral("%1: --member NAME is required").arg(command));
        if (!parser.isSet(QStringLiteral("consent-date")))
            badInput(QStringLiteral("%1: --consent-date DATE is required").arg(command));
    }
    const QDate date = dateOption(parser, QStringLiteral("date"), command);
    const QDate consentOn = dateOption(parser, QStringLiteral("consent-date"), command);
    const QDate today = parser.isSet(QStringLiteral("today"))
                            ? dateOption(parser, QStringLiteral("today"), command)
                            : QDate::currentDate();
    int within = 7;
    if (parser.isSet(QStringLiteral("within"))) {
        bool ok = false;
        within = parser.value(QStringLiteral("within")).toInt(&ok);
        if (!ok || within < 0)
            badInput(QStringLiteral("%1: --within must be a whole number of days").arg(command));
    }

    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, command);
    db::CaseStore cases(database->connection());
    db::CaseShares shares(database->connection());
    db::CaseCorrections corrections(database->connection());
    if (sub == QLatin1String("record")) {
        db::NewCaseAction action;
        action.pupilId =
            pupilId(*database, user, parser, db::Permission::RecordCaseAction, command);
        action.kind = *kind;
        action.followUpOn = date;
        action.note = noteFrom(parser, command);
        if (parser.isSet(QStringLiteral("response")))
            action.responseId = numberOption(parser, QStringLiteral("response"), command);
        const qint64 id = take(cases.recordAction(user, action), command);
        printJson({{QStringLiteral("action"), id}});
    } else if (sub == QLatin1String("list")) {
        const qint64 pupil = pupilId(*database, user, parser, db::Permission::ViewPupil, command);
        printJson(
            {{QStringLiteral("actions"), toJsonArray(take(cases.actions(user, pupil), command))}});
    } else if (sub == QLatin1String("done")) {
        take(cases.markFollowUpDone(user,
                                    numberOption(parser, QStringLiteral("action-id"), command)),
             command);
        printJson(
            {{QStringLiteral("done"), parser.value(QStringLiteral("action-id")).toLongLong()}});
    } else if (sub == QLatin1String("correct")) {
        db::CaseActionCorrection correction;
        correction.actionId = numberOption(parser, QStringLiteral("action-id"), command);
        correction.kind = *kind;
        correction.followUpOn = date;
        correction.note = noteFrom(parser, command);
        take(corrections.correctAction(user, correction), command);
        printJson({{QStringLiteral("corrected"), correction.actionId}});
    } else if (sub == QLatin1String("remove")) {
        const qint64 id = numberOption(parser, QStringLiteral("action-id"), command);
        take(corrections.removeAction(user, id), command);
        printJson({{QStringLiteral("removed"), id}});
    } else if (sub == QLatin1String("due")) {
        printJson({{QStringLiteral("followUps"),
                    toJsonArray(take(cases.followUpsDue(user, today, within), command))}});
    } else if (sub == QLatin1String("share")) {
        db::NewCaseShare share;
        share.pupilId = pupilId(*database, user, parser, db::Permission::ShareCase, command);
        share.consentFrom = *consent;
        share.consentOn = consentOn;
        share.note = noteFrom(parser, command);
        const QString member = parser.value(QStringLiteral("member")).trimmed().toLower();
        for (const db::Colleague& colleague :
             take(db::caseTeamMembers(database->connection(), user), command))
            if (colleague.username == member)
                share.memberUserId = colleague.id;
        if (share.memberUserId == 0)
            badInput(QStringLiteral("%1: --member: no active case team member '%2'")
                         .arg(command, member));
        const qint64 id = take(shares.share(user, share), command);
        printJson({{QStringLiteral("share"), id}});
    } else if (sub == QLatin1String("unshare")) {
        take(shares.withdrawShare(user, numberOption(parser, QStringLiteral("share"), command)),
             command);
        printJson(
            {{QStringLiteral("withdrawn"), parser.value(QStringLiteral("share")).toLongLong()}});
    } else {
        const qint64 pupil =
            parser.isSet(QStringLiteral("pupil"))
                ? pupilId(*database, user, parser, db::Permission::ViewPupil, command)
                : 0;
        printJson(
            {{QStringLiteral("shares"), toJsonArray(take(shares.shares(user, pupil), command))}});
    }
    return Ok;
}

} // namespace signaali::cli
