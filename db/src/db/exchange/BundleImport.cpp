// Receiving a bundle: the checks in the order docs/bundles.md gives them, each
// refusing with what failed and changing nothing, then the merge in one
// transaction with its bundle log and audit rows.
#include "db/exchange/Bundles.h"

#include "core/BundleFile.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/exchange/IdentifiedMerge.h"
#include "db/exchange/OwnDevice.h"
#include "db/exchange/SummaryExchange.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/storage/Database.h"

#include <QSqlError>

namespace signaali::db {

namespace {
const QStringList kIdentifiedTypes{
    QStringLiteral("tombstone"),   QStringLiteral("school"),     QStringLiteral("group"),
    QStringLiteral("round"),       QStringLiteral("instrument"), QStringLiteral("user"),
    QStringLiteral("pupil"),       QStringLiteral("response"),   QStringLiteral("flag_handling"),
    QStringLiteral("case_action"), QStringLiteral("case_share")};
const QStringList kSummaryTypes{QStringLiteral("school"), QStringLiteral("group"),
                                QStringLiteral("round"), QStringLiteral("summary")};

// Sorts a record into the content, refusing a type the kind does not carry: a
// summary bundle never carries a row about one pupil.
std::optional<Refusal> take(bundle::Content& content, bool summary, const QJsonObject& record,
                            qint64 index)
{
    const QString type = record.value(QStringLiteral("t")).toString();
    if (summary) {
        const bool classRow =
            type != QLatin1String("group") ||
            record.value(QStringLiteral("kind")).toString() == QLatin1String("class");
        if (!kSummaryTypes.contains(type) || !classRow || record.contains(QStringLiteral("pupil")))
            return Refusal::of(Refusal::Code::BundleSummaryIdentified,
                               {content.file, QString::number(index)});
    } else if (!kIdentifiedTypes.contains(type)) {
        return content.invalid(index, "unknown record type");
    }
    content.byType[type] << bundle::Record{index, record};
    return std::nullopt;
}

QString countsText(const QMap<QString, qint64>& counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return parts.join(QStringLiteral(", "));
}
} // namespace

Outcome<BundleImported> importBundle(QSqlDatabase& db, const SignedInUser& user,
                                     const QString& path, const BundleProgress& progress,
                                     const Clock& clock, const QString& shownName)
{
    AccessRules rules(db);
    if (const auto now = rules.current(user); !now)
        return now.refusal;
    const QString shown = shownName.isEmpty() ? path : shownName;
    BundleReader reader(path, shown);
    if (auto refused = reader.readHeader())
        return *refused;
    const BundleHeader header = reader.header();

    // 1. Signed by a trusted device that has not been revoked.
    const auto sender = deviceByKeyId(db, header.senderKeyId);
    if (!sender)
        return Refusal::of(Refusal::Code::BundleSenderUnknown, {shown});
    if (sender->revoked)
        return Refusal::of(Refusal::Code::BundleSenderRevoked, {shown, sender->name});
    if (auto refused = reader.verify(sender->signPublic))
        return *refused;
    // 2. Addressed to this installation.
    const auto own = OwnDevice::load(db);
    if (!own || header.recipientKeyId != own->keyId)
        return Refusal::of(Refusal::Code::BundleNotForThisDevice, {shown});
    // 3. A schema this version can read.
    if (header.schemaVersion > Database::currentSchemaVersion())
        return Refusal::of(Refusal::Code::BundleSchemaTooNew,
                           {shown, QString::number(header.schemaVersion)});
    const bool summary = header.kind == QLatin1String("summary");
    if (!summary && header.kind != QLatin1String("identified"))
        return Refusal::of(Refusal::Code::BundleUnreadable, {shown});
    if (auto refused =
            rules.check(user, summary ? Permission::ReceiveSummary : Permission::ReceiveIdentified))
        return *refused;
    // 4. Not imported before.
    if (scalar(db, QStringLiteral("SELECT 1 FROM bundle_log WHERE bundle_id = ?"),
               {header.bundleId}))
        return Refusal::of(Refusal::Code::BundleAlreadyImported, {shown, header.bundleId});

    // 5. The whole stream, its records sorted by type.
    bundle::Content content;
    content.file = shown;
    content.bundleId = header.bundleId;
    content.senderName = sender->name;
    if (auto refused = reader.readRecords(
            sender->signPublic, own->line.sealPublic, own->sealSecret,
            [&](const QJsonObject& record, qint64 index) {
                return take(content, summary, record, index);
            },
            progress))
        return *refused;

    // 6. Every record, merged in one transaction.
    auto transaction = std::make_optional<Transaction>(db);
    if (!transaction->isActive())
        return Refusal::databaseFailed(transaction->error());
    BundleImported result;
    result.bundleId = header.bundleId;
    result.kind = header.kind;
    result.sender = sender->name;
    QStringList touched;
    if (summary) {
        if (auto refused = bundle::mergeSummary(db, content, sender->id, header.createdAt, result))
            return *refused;
    } else {
        bundle::IdentifiedMerge merge(db, user, content, clock);
        if (auto refused = merge.run(result)) {
            // A bundle is where a probe of who exists elsewhere would show,
            // as a class list is: the pupil's own log sees it, after the
            // merge itself is rolled back.
            if (!merge.namedElsewhere().isEmpty()) {
                transaction.reset();
                Transaction logging(db);
                if (!AuditLog(db, clock)
                         .append(
                             user, audit::BundleNamedElsewhere, merge.namedElsewhere(),
                             QStringLiteral("bundle %1 from %2").arg(header.bundleId, sender->name))
                         .ok() ||
                    !logging.commit())
                    return Refusal::databaseFailed(logging.error());
            }
            return *refused;
        }
        touched = merge.touchedPupils();
    }
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO bundle_log (bundle_id, direction, kind, device_id, "
                                  "created_at, logged_at, user_id, records) "
                                  "VALUES (?, 'received', ?, ?, ?, ?, ?, ?)"),
                   {header.bundleId, header.kind, sender->id, header.createdAt,
                    isoUtc(clock.nowUtc()), user.id, header.recordCount()}))
        return Refusal::databaseFailed(query.lastError().text());
    AuditLog log(db, clock);
    const QString detail =
        QStringLiteral("bundle %1 (%2) from %3: added %4; %5 conflicts")
            .arg(header.bundleId, header.kind, sender->name, countsText(result.added))
            .arg(result.conflicts);
    if (auto logged = log.append(user, audit::BundleImported, {}, detail); !logged)
        return logged.refusal;
    if (!touched.isEmpty())
        if (auto logged = log.appendForPupils(user, audit::BundleImported, touched,
                                              QStringLiteral("bundle %1").arg(header.bundleId));
            !logged)
            return logged.refusal;
    if (!transaction->commit())
        return Refusal::databaseFailed(transaction->error());
    return result;
}

Outcome<QList<BundleConflict>> bundleConflicts(QSqlDatabase& db, const SignedInUser& user,
                                               const Clock& clock)
{
    AccessRules rules(db);
    const auto scope = rules.scope(user, Permission::ViewSchoolPupils);
    if (!scope)
        return scope.refusal;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT c.id, c.bundle_id, c.found_at, c.kind, p.id, p.uuid, p.last_name, "
            "p.first_name, p.school_id, coalesce(rd.name, ''), "
            "json_extract(c.incoming, '$.instrument'), coalesce(c.local_response_id, 0), "
            "c.response_uuid FROM bundle_conflict c JOIN pupil p ON p.id = c.pupil_id "
            "LEFT JOIN response r ON r.id = c.local_response_id "
            "LEFT JOIN round rd ON rd.id = r.round_id ORDER BY c.found_at DESC, c.id DESC")))
        return Refusal::databaseFailed(query.lastError().text());
    QList<BundleConflict> conflicts;
    QStringList pupils;
    while (query.next()) {
        if (!scope->everything && !scope->schoolIds.contains(query.value(8).toLongLong()))
            continue;
        BundleConflict c;
        c.id = query.value(0).toLongLong();
        c.bundleId = query.value(1).toString();
        c.foundAt = query.value(2).toString();
        c.kind = query.value(3).toString();
        c.pupilId = query.value(4).toLongLong();
        c.pupilUuid = query.value(5).toString();
        c.lastName = query.value(6).toString();
        c.firstName = query.value(7).toString();
        c.round = query.value(9).toString();
        c.instrument = query.value(10).toString();
        c.localResponseId = query.value(11).toLongLong();
        c.responseUuid = query.value(12).toString();
        conflicts << c;
        if (!pupils.contains(c.pupilUuid))
            pupils << c.pupilUuid;
    }
    if (!pupils.isEmpty())
        if (auto logged =
                AuditLog(db, clock).appendForPupils(user, audit::ViewBundleConflicts, pupils);
            !logged)
            return logged.refusal;
    return conflicts;
}

} // namespace signaali::db
