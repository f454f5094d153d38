#include "db/store/PupilStore.h"

#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/store/OrganisationStore.h"

#include <QScopeGuard>
#include <QSqlError>

namespace signaali::db {

Outcome<ImportReport>
PupilStore::importRoster(const Roster& roster, const QString& school, bool dryRun,
                         const std::function<bool(qint64, qint64)>& mayMoveFrom)
{
    ImportReport report;
    for (const RosterRejection& rejection : roster.rejected)
        report.rows << ImportRow{rejection.line,
                                 ImportRow::Outcome::Rejected,
                                 rejection.field.isEmpty() ? rejection.reason
                                                           : QStringLiteral("%1: %2").arg(
                                                                 rejection.field, rejection.reason),
                                 {}};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    OrganisationStore organisation(m_db, m_clock);
    const auto schoolId = organisation.ensureSchool(school);
    if (!schoolId)
        return schoolId.refusal;
    // The cached statements end before the transaction does, however it ends.
    const auto release = qScopeGuard([this] {
        m_statements.clear();
        m_last = nullptr;
    });
    for (const RosterPupil& row : roster.pupils) {
        Outcome<ImportRow> result = importPupil(row, *schoolId, dryRun, mayMoveFrom);
        if (!result)
            return result.refusal; // a database failure, not a bad row: nothing is kept
        report.rows << *result;
    }
    m_statements.clear();
    m_last = nullptr;
    std::sort(report.rows.begin(), report.rows.end(),
              [](const ImportRow& a, const ImportRow& b) { return a.line < b.line; });
    if (!dryRun) {
        if (!transaction.commit())
            return Refusal::databaseFailed(transaction.error());
        report.committed = true;
    }
    return report;
}

bool PupilStore::execCached(const QString& sql, std::initializer_list<QVariant> values)
{
    std::unique_ptr<QSqlQuery>& statement = m_statements[sql];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(m_db);
        statement->setForwardOnly(true);
    }
    m_last = statement.get();
    m_last->finish();
    return execBound(*m_last, sql, values);
}

std::optional<QVariant> PupilStore::cachedScalar(const QString& sql,
                                                 std::initializer_list<QVariant> values)
{
    if (!execCached(sql, values) || !m_last->next())
        return std::nullopt;
    QVariant value = m_last->value(0);
    m_last->finish();
    return value;
}

std::optional<qint64> PupilStore::findMatch(const RosterPupil& row, QString* conflict,
                                            qint64* conflicting)
{
    if (!row.identityCode.isEmpty()) {
        if (auto id = cachedScalar(QStringLiteral("SELECT id FROM pupil WHERE identity_code = ?"),
                                   {row.identityCode}))
            return id->toLongLong();
    }
    execCached(QStringLiteral("SELECT id, identity_code FROM pupil WHERE last_name = ? AND "
                              "first_name = ? AND date_of_birth = ?"),
               {row.lastName, row.firstName, row.dateOfBirth.toString(Qt::ISODate)});
    if (!m_last->next())
        return std::nullopt;
    const qint64 id = m_last->value(0).toLongLong();
    const QString storedCode = m_last->value(1).toString();
    m_last->finish();
    if (!row.identityCode.isEmpty() && !storedCode.isEmpty() && storedCode != row.identityCode) {
        *conflicting = id;
        *conflict = QStringLiteral(
            "a pupil with the same name and date of birth has a different identity code");
        return std::nullopt;
    }
    return id;
}

Outcome<ImportRow> PupilStore::importPupil(const RosterPupil& row, qint64 schoolId, bool dryRun,
                                           const std::function<bool(qint64, qint64)>& mayMoveFrom)
{
    ImportRow result{row.line, ImportRow::Outcome::Unchanged, {}, {}};
    QString conflict;
    qint64 conflicting = 0;
    const auto existing = findMatch(row, &conflict, &conflicting);
    const auto schoolOf = [&](qint64 pupilId) {
        return cachedScalar(QStringLiteral("SELECT school_id FROM pupil WHERE id = ?"), {pupilId})
            .value_or(0)
            .toLongLong();
    };
    const auto outOfReach = [&](qint64 pupilId) {
        const qint64 school = schoolOf(pupilId);
        return school != schoolId && mayMoveFrom && !mayMoveFrom(pupilId, school);
    };
    if (!conflict.isEmpty() && !outOfReach(conflicting))
        return ImportRow{row.line, ImportRow::Outcome::Rejected, conflict, {}};
    if ((!conflict.isEmpty()) || (existing && outOfReach(*existing))) {
        if (dryRun) // exactly what a new pupil reads as; the uuid is never stored
            return ImportRow{row.line, ImportRow::Outcome::Added,
                             QStringLiteral("class %1").arg(row.className), newUuid()};
        return ImportRow{row.line,
                         ImportRow::Outcome::Rejected,
                         QStringLiteral("the pupil cannot be added to this school; an "
                                        "administrator moves pupils between schools"),
                         {}};
    }
    const qint64 oldSchool = existing ? schoolOf(*existing) : 0;
    // The class the pupil leaves, read before a move takes them out of the old
    // school's groups.
    const auto oldClass =
        existing
            ? cachedScalar(QStringLiteral("SELECT g.name FROM group_member m JOIN pupil_group g ON "
                                          "g.id = m.group_id WHERE m.pupil_id = ? AND g.kind = "
                                          "'class' AND NOT (g.school_id = ? AND g.name = ?)"),
                           {*existing, schoolId, row.className})
            : std::nullopt;

    OrganisationStore organisation(m_db, m_clock);
    const auto classId = organisation.ensureGroup(schoolId, row.className, QStringLiteral("class"));
    if (!classId)
        return classId.refusal;
    const QString now = isoUtc(m_clock.nowUtc());
    const QVariant code = row.identityCode.isEmpty() ? QVariant() : QVariant(row.identityCode);
    const QVariant gender = row.gender.isEmpty() ? QVariant() : QVariant(row.gender);
    const QString language = row.language.isEmpty() ? QStringLiteral("fi") : row.language;
    qint64 pupilId = 0;
    QStringList changes;
    if (!existing) {
        result.pupilUuid = newUuid();
        if (!execCached(
                QStringLiteral(
                    "INSERT INTO pupil (uuid, school_id, last_name, first_name, date_of_birth, "
                    "identity_code, gender, language, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {result.pupilUuid, schoolId, row.lastName, row.firstName,
                 row.dateOfBirth.toString(Qt::ISODate), code, gender, language, now, now}))
            return Refusal::databaseFailed(m_last->lastError().text());
        pupilId = m_last->lastInsertId().toLongLong();
        result.outcome = ImportRow::Outcome::Added;
        changes << QStringLiteral("class %1").arg(row.className);
    } else {
        pupilId = *existing;
        execCached(
            QStringLiteral("SELECT identity_code, gender, language, uuid FROM pupil WHERE id = ?"),
            {pupilId});
        m_last->next();
        result.pupilUuid = m_last->value(3).toString();
        if (oldSchool != schoolId)
            changes << QStringLiteral("moved to this school");
        if (!row.identityCode.isEmpty() && m_last->value(0).toString() != row.identityCode)
            changes << QStringLiteral("identity code added");
        if (!row.gender.isEmpty() && m_last->value(1).toString() != row.gender)
            changes << QStringLiteral("gender changed");
        if (!row.language.isEmpty() && m_last->value(2).toString() != row.language)
            changes << QStringLiteral("school language changed");
        m_last->finish();
        if (!changes.isEmpty() &&
            !execCached(
                QStringLiteral(
                    "UPDATE pupil SET school_id = ?, identity_code = coalesce(?, identity_code), "
                    "gender = coalesce(?, gender), language = coalesce(?, language), updated_at = "
                    "? WHERE id = ?"),
                {schoolId, code, gender,
                 row.language.isEmpty() ? QVariant() : QVariant(row.language), now, pupilId}))
            return Refusal::databaseFailed(m_last->lastError().text());
    }
    // Exactly one class: leave any other class, join this one.
    if (oldClass)
        changes
            << QStringLiteral("moved from class %1 to %2").arg(oldClass->toString(), row.className);
    // ...and leave every group of another school: a pupil who moved is no longer
    // listed, or shown, in the old school's groups.
    // Correlated, so that only the pupil's own groups are read: a list of the
    // groups to leave would scan every group of the municipality per pupil.
    execCached(QStringLiteral("DELETE FROM group_member WHERE pupil_id = ? AND EXISTS "
                              "(SELECT 1 FROM pupil_group g WHERE g.id = group_member.group_id "
                              "AND ((g.kind = 'class' AND g.id <> ?) OR g.school_id <> ?))"),
               {pupilId, *classId, schoolId});
    QList<qint64> groupIds{*classId};
    for (const QString& group : row.groups) {
        const auto groupId = organisation.ensureGroup(schoolId, group, QStringLiteral("group"));
        if (!groupId)
            return groupId.refusal;
        groupIds << *groupId;
    }
    for (qint64 groupId : groupIds) {
        if (!execCached(
                QStringLiteral(
                    "INSERT OR IGNORE INTO group_member (group_id, pupil_id) VALUES (?, ?)"),
                {groupId, pupilId}))
            return Refusal::databaseFailed(m_last->lastError().text());
        if (m_last->numRowsAffected() > 0 && existing && groupId != *classId)
            changes << QStringLiteral("joined group %1")
                           .arg(row.groups.value(static_cast<int>(groupIds.indexOf(groupId)) - 1));
    }
    if (existing && !changes.isEmpty())
        result.outcome = ImportRow::Outcome::Updated;
    result.detail = changes.join(QStringLiteral("; "));
    return result;
}

QList<PupilRecord> PupilStore::pupils(const QString& school)
{
    QList<PupilRecord> list;
    QSqlQuery query(m_db);
    execBound(query,
              QStringLiteral(
                  "SELECT p.id, p.uuid, s.name, p.last_name, p.first_name, p.date_of_birth, "
                  "coalesce(p.identity_code, ''), coalesce(p.gender, ''), p.language, "
                  "(SELECT g.name FROM group_member m JOIN pupil_group g ON g.id = m.group_id "
                  " WHERE m.pupil_id = p.id AND g.kind = 'class'), "
                  "(SELECT group_concat(g.name, '|') FROM group_member m JOIN pupil_group g ON "
                  "g.id = m.group_id "
                  " WHERE m.pupil_id = p.id AND g.kind = 'group') "
                  "FROM pupil p JOIN school s ON s.id = p.school_id WHERE ? IS NULL OR s.name = ? "
                  "ORDER BY s.name, 10, p.last_name, p.first_name, p.id"),
              {school.isEmpty() ? QVariant() : QVariant(school), school});
    while (query.next()) {
        QStringList groups = query.value(10).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        groups.sort();
        list << PupilRecord{query.value(0).toLongLong(),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toString(),
                            query.value(4).toString(),
                            QDate::fromString(query.value(5).toString(), Qt::ISODate),
                            query.value(6).toString(),
                            query.value(7).toString(),
                            query.value(8).toString(),
                            query.value(9).toString(),
                            groups};
    }
    return list;
}

std::optional<PupilRecord> PupilStore::pupil(const QString& key)
{
    const auto id =
        scalar(m_db, QStringLiteral("SELECT id FROM pupil WHERE uuid = ? OR CAST(id AS TEXT) = ?"),
               {key, key});
    if (!id)
        return std::nullopt;
    for (const PupilRecord& p : pupils())
        if (p.id == id->toLongLong())
            return p;
    return std::nullopt;
}

Outcome<Done> PupilStore::erase(qint64 pupilId,
                                const std::function<Outcome<Done>()>& alsoInTransaction)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    if (alsoInTransaction)
        if (const auto also = alsoInTransaction(); !also)
            return also.refusal;
    QSqlQuery query(m_db);
    if (!execBound(query, QStringLiteral("DELETE FROM pupil WHERE id = ?"), {pupilId}))
        return Refusal::databaseFailed(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("pupil"), QString::number(pupilId)});
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    // Old page images may still sit in the WAL: move them into the (zeroed) main file.
    QSqlQuery checkpoint(m_db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return Refusal::databaseFailed(checkpoint.lastError().text());
    return Done{};
}

} // namespace signaali::db
