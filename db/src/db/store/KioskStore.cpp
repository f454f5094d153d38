#include "db/store/KioskStore.h"

#include "db/sql/SqlHelpers.h"
#include "db/sql/WorkspaceSql.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace signaali::db {

namespace {
// No 0/O, 1/I/L, 2/Z, 5/S, 8/B: easy to read off paper and to type.
const QString kCodeAlphabet = QStringLiteral("ACDEFHJKMNPRTUVWXY3479");
constexpr int kCodeLength = 6;

QString normaliseCode(const QString& code)
{
    QString clean = code.toUpper();
    clean.remove(QLatin1Char(' '));
    clean.remove(QLatin1Char('-'));
    return clean;
}
} // namespace

Outcome<QList<std::pair<qint64, QString>>> KioskStore::checkInCodes(qint64 groupId, qint64 roundId,
                                                                    const QString& createdAt)
{
    QList<std::pair<qint64, QString>> codes;
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral("SELECT m.pupil_id, c.code FROM group_member m "
                           "LEFT JOIN checkin_code c ON c.pupil_id = m.pupil_id AND c.round_id = ? "
                           "JOIN pupil p ON p.id = m.pupil_id WHERE m.group_id = ? ORDER BY "
                           "p.first_name, p.last_name, p.id"),
            {roundId, groupId}))
        return Refusal::databaseFailed(query.lastError().text());
    while (query.next())
        codes << std::make_pair(query.value(0).toLongLong(), query.value(1).toString());
    QSqlQuery insert(m_db);
    for (auto& [pupilId, code] : codes) {
        while (code.isEmpty()) {
            QString candidate;
            for (int i = 0; i < kCodeLength; ++i)
                candidate += kCodeAlphabet[static_cast<qsizetype>(
                    QRandomGenerator::system()->bounded(kCodeAlphabet.size()))];
            // A clash with another pupil's code in the round just draws again.
            if (execBound(
                    insert,
                    QStringLiteral(
                        "INSERT OR IGNORE INTO checkin_code (pupil_id, round_id, code, created_at) "
                        "VALUES (?, ?, ?, ?)"),
                    {pupilId, roundId, candidate, createdAt}) &&
                insert.numRowsAffected() == 1)
                code = candidate;
            else if (insert.lastError().isValid())
                return Refusal::databaseFailed(insert.lastError().text());
        }
    }
    return codes;
}

Outcome<qint64> KioskStore::pupilForCode(qint64 groupId, qint64 roundId, const QString& code)
{
    const auto id = scalar(
        m_db,
        QStringLiteral(
            "SELECT c.pupil_id FROM checkin_code c JOIN group_member m ON m.pupil_id = c.pupil_id "
            "WHERE m.group_id = ? AND c.round_id = ? AND c.code = ?"),
        {groupId, roundId, normaliseCode(code)});
    if (!id)
        return Refusal::of(Refusal::Code::NoCheckInMatch);
    return id->toLongLong();
}

QList<GroupInfo> KioskStore::groups(qint64 schoolId)
{
    QList<GroupInfo> list;
    QSqlQuery query(m_db);
    execBound(query,
              QStringLiteral(
                  "SELECT id, name, kind FROM pupil_group WHERE school_id = ? ORDER BY kind, name"),
              {schoolId});
    while (query.next())
        list << GroupInfo{query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString()};
    return list;
}

QList<KioskPupil> KioskStore::pupils(qint64 groupId, qint64 roundId,
                                     const QList<const Instrument*>& instruments)
{
    QList<KioskPupil> list;
    QSqlQuery query(m_db);
    execBound(query,
              QStringLiteral("SELECT p.id, p.first_name, p.last_name, p.language, p.uuid "
                             "FROM pupil p "
                             "JOIN group_member m ON m.pupil_id = p.id WHERE m.group_id = ? "
                             "ORDER BY p.first_name, p.last_name, p.id"),
              {groupId});
    while (query.next()) {
        KioskPupil p;
        p.id = query.value(0).toLongLong();
        const QString first = query.value(1).toString(), last = query.value(2).toString();
        p.displayName =
            first + (last.isEmpty() ? QString() : QStringLiteral(" %1.").arg(last.left(1)));
        p.fullName = first + QLatin1Char(' ') + last;
        p.language = query.value(3).toString();
        p.uuid = query.value(4).toString();
        list << p;
    }
    // Status over all chosen instruments: completed when every one is completed.
    for (KioskPupil& p : list) {
        int completed = 0, started = 0;
        for (const Instrument* instrument : instruments) {
            QSqlQuery status(m_db);
            execBound(
                status,
                QStringLiteral("SELECT r.status FROM response r "
                               "JOIN instrument_version iv ON iv.id = r.instrument_version_id "
                               "WHERE r.pupil_id = ? AND r.round_id = ? "
                               "AND iv.instrument_id = ? AND iv.version = ? "
                               "AND r.status IN ('in_progress', 'completed')"),
                {p.id, roundId, instrument->id, instrument->version});
            while (status.next()) {
                ++started;
                if (status.value(0).toString() == QLatin1String("completed"))
                    ++completed;
            }
        }
        p.status = completed == instruments.size() && completed > 0 ? KioskPupil::Status::Completed
                   : started > 0                                    ? KioskPupil::Status::InProgress
                                 : KioskPupil::Status::NotStarted;
    }
    // Critical answers count from the moment they are saved and until the nurse
    // has handled them, whatever became of the response since.
    const auto codes = unhandledCriticalCodes(groupId, roundId);
    for (KioskPupil& p : list) {
        p.criticalCodes = codes.value(p.id);
        p.critical = !p.criticalCodes.isEmpty();
    }
    return list;
}

QHash<qint64, QStringList> KioskStore::unhandledCriticalCodes(qint64 groupId, qint64 roundId)
{
    QHash<qint64, QStringList> codes;
    QSqlQuery query(m_db);
    workspace::execNumbered(
        query,
        QStringLiteral(
            "WITH given AS (SELECT r.pupil_id, ca.response_id, ca.code FROM group_member m "
            "  JOIN response r ON r.pupil_id = m.pupil_id AND r.round_id = :p2 "
            "  JOIN critical_answer ca ON ca.response_id = r.id WHERE m.group_id = :p1 "
            " UNION SELECT r.pupil_id, f.response_id, f.code FROM group_member m "
            "  JOIN response r ON r.pupil_id = m.pupil_id AND r.round_id = :p2 "
            "  JOIN flag f ON f.response_id = r.id AND f.critical = 1 "
            "  WHERE m.group_id = :p1) "
            "SELECT g.pupil_id, g.code FROM given g WHERE NOT EXISTS (SELECT 1 FROM "
            " flag_handling h WHERE h.response_id = g.response_id AND h.code = g.code) "
            "ORDER BY g.pupil_id, g.code"),
        {groupId, roundId});
    while (query.next()) {
        QStringList& pupil = codes[query.value(0).toLongLong()];
        if (!pupil.contains(query.value(1).toString()))
            pupil << query.value(1).toString();
    }
    return codes;
}

} // namespace signaali::db
