// device and bundle: trust between installations and the bundles they exchange.
#include "cli/ExchangeCommands.h"

#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "cli/DatabaseCommands.h"
#include "db/exchange/Bundles.h"
#include "db/exchange/Devices.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace signaali::cli {

namespace {
QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject object;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString subcommandOf(const QCommandLineParser& parser, const QString& command,
                     const QStringList& known)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !known.contains(positional.first()))
        badInput(
            QStringLiteral("%1: expected one of %2").arg(command, known.join(QLatin1Char('|'))));
    return positional.first();
}

} // namespace

int runDevice(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "This installation's device identity and the installations it trusts:\n"
        "  device show                     this installation's device line and fingerprint\n"
        "                                  (device show > NAME.device: a file for the other one)\n"
        "  device trust FILE --name NAME --fingerprint XXXX-XXXX-XXXX-XXXX-XXXX\n"
        "      trust the installation of FILE, after comparing its fingerprint with the one\n"
        "      that installation shows (an administrator; audited)\n"
        "  device list                     the trusted installations\n"
        "  device revoke NAME              its bundles are refused from now on (administrator)"));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QStringLiteral("show, trust, list, revoke"));
    parser.addOption({QStringLiteral("name"), QStringLiteral("The name to trust it under."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("fingerprint"),
                      QStringLiteral("The fingerprint the other installation shows."),
                      QStringLiteral("FINGERPRINT")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parseOrFail(parser, arguments, QStringLiteral("device"));
    const QString command = QStringLiteral("device");
    const QString sub = subcommandOf(parser, command,
                                     {QStringLiteral("show"), QStringLiteral("trust"),
                                      QStringLiteral("list"), QStringLiteral("revoke")});
    const QStringList positional = parser.positionalArguments();
    if (sub == QLatin1String("trust")) {
        if (positional.size() != 2 || !parser.isSet(QStringLiteral("name")))
            badInput(QStringLiteral("device trust: expected FILE and --name NAME"));
    } else if (sub == QLatin1String("revoke")) {
        if (positional.size() != 2)
            badInput(QStringLiteral("device revoke: expected the device's NAME"));
    } else if (positional.size() != 1) {
        badInput(QStringLiteral("device %1: unexpected arguments").arg(sub));
    }
    const QString trustText =
        sub == QLatin1String("trust") ? QString::fromUtf8(readInput(positional[1])) : QString();
    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, command);
    db::Devices devices(database->connection());

    if (sub == QLatin1String("show")) {
        const auto line = take(devices.own(user), command);
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("name"), line.name},
                       {QStringLiteral("line"), line.toText()},
                       {QStringLiteral("key_id"), deviceKeyId(line.signPublic)},
                       {QStringLiteral("fingerprint"), line.fingerprint()}});
        } else {
            printLine(line.toText());
            printLine(QStringLiteral("# fingerprint %1").arg(line.fingerprint()));
        }
        return Ok;
    }
    if (sub == QLatin1String("trust")) {
        const auto parsed = [&]() -> std::optional<DeviceLine> {
            for (const QString& l : trustText.split(QLatin1Char('\n'))) {
                const QString t = l.trimmed();
                if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
                    return DeviceLine::parse(t);
            }
            return std::nullopt;
        }();
        // The administrator types what the other installation shows: a file
        // swapped on the way then does not match.
        if (parsed && !parsed->fingerprintMatches(parser.value(QStringLiteral("fingerprint"))))
            badInput(parser.isSet(QStringLiteral("fingerprint"))
                         ? QStringLiteral("device trust: %1: the fingerprint does not match the "
                                          "file; do not trust it")
                               .arg(positional[1])
                         : QStringLiteral("device trust: --fingerprint is required: read it from "
                                          "'signaali-cli device show' on the other installation"));
        const auto device = take(
            devices.trust(user, positional[1], trustText, parser.value(QStringLiteral("name"))),
            command);
        printJson({{QStringLiteral("trusted"), device.line.name},
                   {QStringLiteral("key_id"), device.keyId},
                   {QStringLiteral("fingerprint"), device.line.fingerprint()}});
        return Ok;
    }
    if (sub == QLatin1String("revoke")) {
        take(devices.revoke(user, positional[1]), command);
        printJson({{QStringLiteral("revoked"), positional[1]}});
        return Ok;
    }
    QJsonArray list;
    for (const db::TrustedDevice& d : take(devices.list(user), command))
        list.append(QJsonObject{{QStringLiteral("name"), d.line.name},
                                {QStringLiteral("key_id"), d.keyId},
                                {QStringLiteral("fingerprint"), d.line.fingerprint()},
                                {QStringLiteral("trusted_by"), d.trustedBy},
                                {QStringLiteral("trusted_at"), d.trustedAt},
                                {QStringLiteral("revoked_at"), d.revokedAt}});
    printJson({{QStringLiteral("devices"), list}});
    return Ok;
}

int runBundle(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Results moving between installations as signed, encrypted files:\n"
        "  bundle export --to NAME --out FILE [--kind identified|summary] [--school S]...\n"
        "                [--round R]... [--since BUNDLE-ID] [--force]\n"
        "      identified (default): the schools' pupils, answers, results and follow-up, for\n"
        "      a nurse of those schools on the installation NAME; summary: group counts only,\n"
        "      for the coordinator\n"
        "  bundle import FILE      check and merge a bundle addressed to this installation\n"
        "  bundle conflicts        what a bundle carried that would have overwritten results here\n"
        "Every bundle made and imported is audited."));
    addDatabaseOption(parser);
    addUserOption(parser);
    addForceOption(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QStringLiteral("export, import, conflicts"));
    parser.addOption({QStringLiteral("to"), QStringLiteral("The trusted installation it is for."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The bundle file to write."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("identified (default) or summary."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("school"), QStringLiteral("A school to include (repeat)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("round"), QStringLiteral("A round to include (repeat)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("since"),
                      QStringLiteral("Only what changed after this bundle sent to the same "
                                     "installation."),
                      QStringLiteral("BUNDLE-ID")});
    parser.addOption({QStringLiteral("progress"), QStringLiteral("Show progress on stderr.")});
    parseOrFail(parser, arguments, QStringLiteral("bundle"));
    const QString command = QStringLiteral("bundle");
    const QString sub = subcommandOf(
        parser, command,
        {QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("conflicts")});
    const QStringList positional = parser.positionalArguments();
    QTextStream err(stderr);
    const db::BundleProgress progress = [&](qint64 done, qint64 total) {
        if (parser.isSet(QStringLiteral("progress")))
            err << "\r" << done << " / " << total << " records" << Qt::flush;
    };

    db::BundleRequest request;
    if (sub == QLatin1String("export")) {
        if (!parser.isSet(QStringLiteral("to")) || !parser.isSet(QStringLiteral("out")))
            badInput(QStringLiteral("bundle export: --to NAME and --out FILE are required"));
        const QString kind = parser.value(QStringLiteral("kind"));
        if (!kind.isEmpty() && kind != QLatin1String("identified") &&
            kind != QLatin1String("summary"))
            badInput(QStringLiteral("bundle export: --kind is identified or summary, not '%1'")
                         .arg(kind));
        request.to = parser.value(QStringLiteral("to"));
        request.kind =
            kind == QLatin1String("summary") ? db::BundleKind::Summary : db::BundleKind::Identified;
        request.schools = parser.values(QStringLiteral("school"));
        request.rounds = parser.values(QStringLiteral("round"));
        request.since = parser.value(QStringLiteral("since"));
        request.path = parser.value(QStringLiteral("out"));
        request.replace = outputRules(parser, true).replace;
        if (request.kind == db::BundleKind::Summary && !request.since.isEmpty())
            badInput(QStringLiteral("bundle export: --since is for identified bundles; a summary "
                                    "always carries the whole counts"));
    } else if (sub == QLatin1String("import")) {
        if (positional.size() != 2)
            badInput(QStringLiteral("bundle import: expected the bundle FILE"));
        if (!QFileInfo(positional[1]).isFile())
            badInput(QStringLiteral("bundle import: %1: no such file").arg(positional[1]));
    }
    auto database = openDatabase(parser);
    const db::SignedInUser user = signIn(parser, *database, command);
    QSqlDatabase& connection = database->connection();

    if (sub == QLatin1String("export")) {
        const auto made = take(db::exportBundle(connection, user, request, progress), command);
        if (parser.isSet(QStringLiteral("progress")))
            err << '\n';
        printJson({{QStringLiteral("bundle_id"), made.bundleId},
                   {QStringLiteral("kind"), db::bundleKindId(request.kind)},
                   {QStringLiteral("to"), request.to},
                   {QStringLiteral("file"), made.path},
                   {QStringLiteral("bytes"), made.bytes},
                   {QStringLiteral("records"), countsJson(made.records)}});
        return Ok;
    }
    if (sub == QLatin1String("import")) {
        const auto imported =
            take(db::importBundle(connection, user, positional[1], progress), command);
        if (parser.isSet(QStringLiteral("progress")))
            err << '\n';
        // The merge is one transaction: the secure-deleted pages of anything it
        // replaced leave the WAL too.
        database->checkpoint();
        printJson({{QStringLiteral("bundle_id"), imported.bundleId},
                   {QStringLiteral("kind"), imported.kind},
                   {QStringLiteral("from"), imported.sender},
                   {QStringLiteral("added"), countsJson(imported.added)},
                   {QStringLiteral("unchanged"), countsJson(imported.unchanged)},
                   {QStringLiteral("aliased"), imported.aliased},
                   {QStringLiteral("superseded"), imported.superseded},
                   {QStringLiteral("conflicts"), imported.conflicts},
                   {QStringLiteral("erased"), imported.erased},
                   {QStringLiteral("skipped_erased"), imported.skippedErased},
                   {QStringLiteral("out_of_reach"), imported.outOfReach}});
        return Ok;
    }
    QJsonArray list;
    for (const db::BundleConflict& c : take(db::bundleConflicts(connection, user), command))
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("bundle_id"), c.bundleId},
                                {QStringLiteral("found_at"), c.foundAt},
                                {QStringLiteral("kind"), c.kind},
                                {QStringLiteral("pupil"), c.pupilUuid},
                                {QStringLiteral("last_name"), c.lastName},
                                {QStringLiteral("first_name"), c.firstName},
                                {QStringLiteral("round"), c.round},
                                {QStringLiteral("instrument"), c.instrument},
                                {QStringLiteral("local_response"), c.localResponseId},
                                {QStringLiteral("response_uuid"), c.responseUuid}});
    printJson({{QStringLiteral("conflicts"), list}});
    return Ok;
}

} // namespace signaali::cli
