// Making a bundle: who may send what to whom, the records, the signed and
// encrypted file, and its row in the bundle log and the audit log.
#include "db/exchange/Bundles.h"

#include "core/BundleFile.h"
#include "core/OutputFile.h"
#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/exchange/BundleRecords.h"
#include "db/exchange/OwnDevice.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace signaali::db {

QString bundleKindId(BundleKind kind)
{
    return kind == BundleKind::Identified ? QStringLiteral("identified")
                                          : QStringLiteral("summary");
}

namespace {
// The schools asked for, each checked; none named: every school the user may send.
Outcome<QList<qint64>> schoolsToSend(QSqlDatabase& db, const SignedInUser& user,
                                     Permission permission, const QStringList& names)
{
    AccessRules rules(db);
    QList<qint64> ids;
    if (names.isEmpty()) {
        const auto scope = rules.scope(user, permission);
        if (!scope)
            return scope.refusal;
        if (!scope->everything)
            return scope->schoolIds;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id FROM school ORDER BY id")))
            return Refusal::databaseFailed(query.lastError().text());
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }
    for (const QString& name : names) {
        const auto id = scalar(db, QStringLiteral("SELECT id FROM school WHERE name = ?"), {name});
        // Checked before saying whether it exists: a school out of reach and a
        // missing one are refused alike.
        if (auto refused = rules.checkSchool(user, permission, id ? id->toLongLong() : -1))
            return *refused;
        if (!id)
            return Refusal::of(Refusal::Code::NoSchoolName, {name});
        ids << id->toLongLong();
    }
    return ids;
}

Outcome<QList<qint64>> roundsToSend(QSqlDatabase& db, const QStringList& names)
{
    QList<qint64> ids;
    if (names.isEmpty()) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id FROM round ORDER BY id")))
            return Refusal::databaseFailed(query.lastError().text());
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }
    for (const QString& name : names) {
        const auto id = scalar(db, QStringLiteral("SELECT id FROM round WHERE name = ?"), {name});
        if (!id)
            return Refusal::of(Refusal::Code::NoRoundKey, {name});
        ids << id->toLongLong();
    }
    return ids;
}
} // namespace

Outcome<BundleMade> exportBundle(QSqlDatabase& db, const SignedInUser& user,
                                 const BundleRequest& request, const BundleProgress& progress,
                                 const Clock& clock)
{
    const bool identified = request.kind == BundleKind::Identified;
    const Permission permission = identified ? Permission::SendIdentified : Permission::SendSummary;
    AccessRules rules(db);
    if (auto refused = rules.check(user, permission))
        return *refused;
    const auto recipient = deviceByName(db, request.to);
    if (!recipient || recipient->revoked)
        return Refusal::of(Refusal::Code::NoDeviceName, {request.to});
    if (request.path.isEmpty())
        return Refusal::of(Refusal::Code::OutputMissing);
    if (auto refused = OutputFile::check(request.path, {request.replace, true, {}}))
        return *refused;

    const auto schools = schoolsToSend(db, user, permission, request.schools);
    if (!schools)
        return schools.refusal;
    const auto rounds = roundsToSend(db, request.rounds);
    if (!rounds)
        return rounds.refusal;
    bundle::Scope scope{*schools, *rounds, {}};
    if (!request.since.isEmpty() && identified) {
        const auto since = scalar(db,
                                  QStringLiteral("SELECT created_at FROM bundle_log WHERE "
                                                 "bundle_id = ? AND direction = 'sent' AND "
                                                 "device_id = ?"),
                                  {request.since, recipient->id});
        if (!since)
            return Refusal::of(Refusal::Code::NoSuchId, {QStringLiteral("bundle"), request.since});
        scope.since = since->toString();
    }

    auto own = OwnDevice::load(db);
    if (!own)
        return Refusal::of(Refusal::Code::NoDeviceName, {QStringLiteral("(this installation)")});

    // One read transaction: the records and the audit head are one moment's.
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    QList<QByteArray> records;
    QMap<QString, qint64> counts;
    BundleHeader header;
    QString error;
    const bool collected = identified
                               ? bundle::identifiedRecords(db, scope, records, counts, &error)
                               : bundle::summaryRecords(db, scope, records, counts, &error);
    if (!collected)
        return Refusal::databaseFailed(error);

    // Only the total in the clear: how many case shares or erasures a file
    // carries would tell its finder what happened to a school's pupils.
    header.records = {{QStringLiteral("records"), static_cast<qint64>(records.size())}};
    header.bundleId = newUuid();
    header.kind = bundleKindId(request.kind);
    header.senderName = own->line.name;
    header.senderKeyId = own->keyId;
    header.recipientKeyId = deviceKeyId(recipient->signPublic);
    header.schemaVersion = Database::currentSchemaVersion();
    header.createdAt = isoUtc(clock.nowUtc());
    header.since = identified ? request.since : QString();
    {
        QSqlQuery head(db);
        if (head.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) &&
            head.next()) {
            header.auditHeadId = head.value(0).toLongLong();
            header.auditHead = head.value(1).toString();
        }
    }

    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO bundle_log (bundle_id, direction, kind, device_id, "
                                  "created_at, logged_at, user_id, records) "
                                  "VALUES (?, 'sent', ?, ?, ?, ?, ?, ?)"),
                   {header.bundleId, header.kind, recipient->id, header.createdAt, header.createdAt,
                    user.id, header.recordCount()}))
        return Refusal::databaseFailed(query.lastError().text());
    // Each pupil whose data leaves is logged under the pupil, as an export of
    // results is, so the nurse's "who has seen" list shows it.
    if (identified) {
        QStringList pupils;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QJsonArray schoolIds;
        for (qint64 id : scope.schoolIds)
            schoolIds.append(id);
        if (!execBound(
                query,
                QStringLiteral("SELECT uuid FROM pupil WHERE school_id IN (SELECT value "
                               "FROM json_each(?)) ORDER BY id"),
                {QString::fromUtf8(QJsonDocument(schoolIds).toJson(QJsonDocument::Compact))}))
            return Refusal::databaseFailed(query.lastError().text());
        while (query.next())
            pupils << query.value(0).toString();
        if (!pupils.isEmpty())
            if (auto logged = AuditLog(db, clock).appendForPupils(
                    user, audit::BundleExported, pupils,
                    QStringLiteral("bundle %1 to %2").arg(header.bundleId, recipient->name));
                !logged)
                return logged.refusal;
    }
    if (auto logged = AuditLog(db, clock).append(user, audit::BundleExported, {},
                                                 QStringLiteral("bundle %1 (%2, %3 records) to %4")
                                                     .arg(header.bundleId, header.kind)
                                                     .arg(header.recordCount())
                                                     .arg(recipient->name));
        !logged)
        return logged.refusal;

    if (auto refused = BundleWriter::write(request.path, header, records, own->signSecret,
                                           recipient->sealPublic, progress))
        return *refused;
    if (!transaction.commit()) {
        QFile::remove(request.path);
        return Refusal::databaseFailed(transaction.error());
    }
    return BundleMade{header.bundleId, request.path, counts, QFileInfo(request.path).size()};
}

} // namespace signaali::db
