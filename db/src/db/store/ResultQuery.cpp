#include "db/store/ResultQuery.h"

#include "core/ResultJson.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/ResultStore.h"

#include <QJsonDocument>

namespace signaali::db {

QList<StoredResult> storedResults(QSqlDatabase& db, const QString& round, const QString& school,
                                  bool identified)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.uuid, p.uuid, p.last_name, p.first_name, s.name, "
        " (SELECT g.name FROM group_member m JOIN pupil_group g ON g.id = m.group_id "
        "  WHERE m.pupil_id = p.id AND g.kind = 'class'), "
        " rd.name, iv.instrument_id, iv.version, r.status, coalesce(r.completed_at, '') "
        "FROM response r JOIN pupil p ON p.id = r.pupil_id JOIN school s ON s.id = p.school_id "
        "JOIN round rd ON rd.id = r.round_id JOIN instrument_version iv ON iv.id = "
        "r.instrument_version_id "
        "WHERE (:round IS NULL OR rd.name = :round OR rd.uuid = :round OR CAST(rd.id AS TEXT) = "
        ":round) "
        "  AND (:school IS NULL OR s.name = :school) "
        "ORDER BY rd.id, s.name, 7, p.last_name, p.first_name, p.id, iv.instrument_id"));
    query.bindValue(QStringLiteral(":round"), round.isEmpty() ? QVariant() : QVariant(round));
    query.bindValue(QStringLiteral(":school"), school.isEmpty() ? QVariant() : QVariant(school));
    query.exec();
    ResultStore results(db);
    QList<StoredResult> rows;
    while (query.next()) {
        StoredResult row;
        row.responseId = query.value(0).toLongLong();
        row.responseUuid = query.value(1).toString();
        row.pupilUuid = query.value(2).toString();
        if (identified) {
            row.lastName = query.value(3).toString();
            row.firstName = query.value(4).toString();
        }
        row.school = query.value(5).toString();
        row.className = query.value(6).toString();
        row.round = query.value(7).toString();
        row.instrument = query.value(8).toString();
        row.version = query.value(9).toString();
        row.status = query.value(10).toString();
        row.completedAt = query.value(11).toString();
        if (const auto stored = results.storedResult(row.responseId))
            row.result = resultToJson(*stored);
        rows << row;
    }
    return rows;
}

} // namespace signaali::db
