#include "db/store/OrganisationStore.h"

#include "db/sql/SqlHelpers.h"

#include <QRegularExpression>
#include <QSqlError>

namespace signaali::db {

Outcome<qint64> OrganisationStore::ensureMunicipality(const QString& name)
{
    if (auto id =
            scalar(m_db, QStringLiteral("SELECT id FROM municipality WHERE name = ?"), {name}))
        return id->toLongLong();
    QSqlQuery query(m_db);
    if (!execBound(query, QStringLiteral("INSERT INTO municipality (uuid, name) VALUES (?, ?)"),
                   {newUuid(), name}))
        return Refusal::databaseFailed(query.lastError().text());
    return query.lastInsertId().toLongLong();
}

Outcome<qint64> OrganisationStore::ensureSchool(const QString& name)
{
    if (auto existing = school(name))
        return existing->id;
    const auto municipality = scalar(m_db, QStringLiteral("SELECT min(id) FROM municipality"));
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral("INSERT INTO school (uuid, municipality_id, name) VALUES (?, ?, ?)"),
            {newUuid(), municipality ? *municipality : QVariant(), name}))
        return Refusal::databaseFailed(query.lastError().text());
    return query.lastInsertId().toLongLong();
}

std::optional<SchoolInfo> OrganisationStore::school(const QString& name)
{
    QSqlQuery query(m_db);
    if (!execBound(query, QStringLiteral("SELECT id, uuid, name FROM school WHERE name = ?"),
                   {name}) ||
        !query.next())
        return std::nullopt;
    return SchoolInfo{query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString()};
}

QList<SchoolInfo> OrganisationStore::schools()
{
    QList<SchoolInfo> list;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT id, uuid, name FROM school ORDER BY name"));
    while (query.next())
        list << SchoolInfo{query.value(0).toLongLong(), query.value(1).toString(),
                           query.value(2).toString()};
    return list;
}

Outcome<qint64> OrganisationStore::ensureGroup(qint64 schoolId, const QString& name,
                                               const QString& kind)
{
    if (auto id = scalar(
            m_db, QStringLiteral("SELECT id FROM pupil_group WHERE school_id = ? AND name = ?"),
            {schoolId, name}))
        return id->toLongLong();
    static const QRegularExpression leadingGrade(QStringLiteral("^(\\d{1,2})"));
    const auto match = leadingGrade.match(name);
    const QVariant grade = kind == QLatin1String("class") && match.hasMatch()
                               ? QVariant(match.captured(1).toInt())
                               : QVariant();
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO pupil_group (uuid, school_id, name, kind, grade) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {newUuid(), schoolId, name, kind, grade}))
        return Refusal::databaseFailed(query.lastError().text());
    return query.lastInsertId().toLongLong();
}

Outcome<RoundInfo> OrganisationStore::createRound(const QString& name, const QDate& startsOn)
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral(
                       "INSERT INTO round (uuid, name, starts_on, created_at) VALUES (?, ?, ?, ?)"),
                   {newUuid(), name,
                    startsOn.isValid() ? QVariant(startsOn.toString(Qt::ISODate)) : QVariant(),
                    isoUtc(m_clock.nowUtc())})) {
        const QString error = query.lastError().text();
        return error.contains(QLatin1String("UNIQUE"))
                   ? Refusal::of(Refusal::Code::RoundExists, {name}, error)
                   : Refusal::databaseFailed(error);
    }
    if (auto created = round(QString::number(query.lastInsertId().toLongLong())))
        return *created;
    return Refusal::databaseFailed(QStringLiteral("the new round cannot be read"));
}

QList<RoundInfo> OrganisationStore::rounds()
{
    QList<RoundInfo> list;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral(
        "SELECT id, uuid, name, starts_on, created_at FROM round ORDER BY coalesce(starts_on, "
        "created_at), id"));
    while (query.next())
        list << RoundInfo{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString()};
    return list;
}

std::optional<RoundInfo> OrganisationStore::round(const QString& key)
{
    for (const RoundInfo& r : rounds())
        if (r.name == key || r.uuid == key || QString::number(r.id) == key)
            return r;
    return std::nullopt;
}

} // namespace signaali::db
