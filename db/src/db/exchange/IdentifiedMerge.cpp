// An identified bundle merged: organisation records, accounts named by the
// records, pupils and erasures. Responses and case follow-up: ResponseMerge.cpp.
#include "db/exchange/IdentifiedMerge.h"

#include "core/InstrumentLoader.h"
#include "db/access/AuditLog.h"
#include "db/admin/UserValidation.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/ResultStore.h"

#include <QDateTime>
#include <QSqlError>
#include <algorithm>

namespace signaali::db::bundle {

IdentifiedMerge::IdentifiedMerge(QSqlDatabase& db, const SignedInUser& user, const Content& content,
                                 const Clock& clock)
    : m_db(db), m_user(user), m_content(content), m_clock(clock), m_rules(db), m_bulk(db),
      m_batch(db, m_bulk)
{
}

bool IdentifiedMerge::execCached(const QString& sql, std::initializer_list<QVariant> values)
{
    auto& statement = m_statements[sql];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(m_db);
        statement->setForwardOnly(true);
    }
    m_last = statement.get();
    m_last->finish();
    return execBound(*m_last, sql, values);
}

std::optional<QVariant> IdentifiedMerge::cachedScalar(const QString& sql,
                                                      std::initializer_list<QVariant> values)
{
    if (!execCached(sql, values) || !m_last->next())
        return std::nullopt;
    QVariant value = m_last->value(0);
    m_last->finish();
    return value;
}

std::optional<Refusal> IdentifiedMerge::run(BundleImported& result)
{
    using Step = std::optional<Refusal> (IdentifiedMerge::*)(BundleImported&);
    if (auto refused = schools())
        return refused;
    for (Step step :
         {&IdentifiedMerge::tombstones, &IdentifiedMerge::groups, &IdentifiedMerge::rounds,
          &IdentifiedMerge::instruments, &IdentifiedMerge::users, &IdentifiedMerge::pupils})
        if (auto refused = (this->*step)(result))
            return refused;
    // The responses' results are counted into the summary as one batch.
    if (auto refused = m_bulk.begin())
        return refused;
    if (auto refused = responses(result))
        return refused;
    if (auto refused = m_bulk.finish())
        return refused;
    for (Step step : {&IdentifiedMerge::flagHandling, &IdentifiedMerge::caseActions,
                      &IdentifiedMerge::caseShares})
        if (auto refused = (this->*step)(result))
            return refused;
    // Results of a school and round now held here replace counts received for
    // them in a summary bundle, which would otherwise count twice.
    for (const auto& [school, round] : m_resultSchoolRounds)
        for (const char* table : {"received_summary", "received_summary_source"})
            if (!execCached(QStringLiteral("DELETE FROM %1 WHERE school_id = ? AND round_id = ?")
                                .arg(QLatin1String(table)),
                            {school, round}))
                return Refusal::databaseFailed(m_last->lastError().text());
    return std::nullopt;
}

Refusal IdentifiedMerge::failed(const Record& record, const QSqlQuery& query) const
{
    return m_content.invalid(record.index, "a field is missing or has the wrong type",
                             query.lastError().text());
}

std::optional<qint64> IdentifiedMerge::local(const QString& table, const QString& kind,
                                             const QString& uuid,
                                             const QHash<QString, qint64>& fromBundle)
{
    if (const auto it = fromBundle.constFind(uuid); it != fromBundle.constEnd())
        return *it;
    if (const auto id =
            cachedScalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid}))
        return id->toLongLong();
    if (const auto id = cachedScalar(QStringLiteral("SELECT t.id FROM uuid_alias a JOIN %1 t ON "
                                                    "t.uuid = a.local_uuid WHERE a.uuid = ? AND "
                                                    "a.kind = ?")
                                         .arg(table),
                                     {uuid, kind}))
        return id->toLongLong();
    return std::nullopt;
}

std::optional<qint64> IdentifiedMerge::pupil(const QString& uuid)
{
    return local(QStringLiteral("pupil"), QStringLiteral("pupil"), uuid, m_pupils);
}

bool IdentifiedMerge::erased(const QString& pupilUuid)
{
    if (m_erased.contains(pupilUuid))
        return true;
    if (cachedScalar(QStringLiteral("SELECT 1 FROM tombstone WHERE uuid = ?"), {pupilUuid})) {
        m_erased.insert(pupilUuid);
        return true;
    }
    return false;
}

bool IdentifiedMerge::addAlias(const QString& uuid, const QString& kind, const QString& localUuid)
{
    return execCached(QStringLiteral("INSERT OR IGNORE INTO uuid_alias (uuid, kind, local_uuid) "
                                     "VALUES (?, ?, ?)"),
                      {uuid, kind, localUuid});
}

std::optional<qint64> IdentifiedMerge::userId(const QString& username)
{
    if (const auto it = m_users.constFind(username); it != m_users.constEnd())
        return *it;
    if (const auto id =
            cachedScalar(QStringLiteral("SELECT id FROM app_user WHERE username = ?"), {username}))
        return id->toLongLong();
    return std::nullopt;
}

std::optional<Instrument> IdentifiedMerge::instrument(qint64 versionId)
{
    if (const auto it = m_loaded.constFind(versionId); it != m_loaded.constEnd())
        return *it;
    auto stored = ResultStore(m_db).storedInstrument(versionId);
    if (!stored)
        return std::nullopt;
    m_loaded.insert(versionId, *stored);
    return *stored;
}

std::optional<Refusal> IdentifiedMerge::tombstones(BundleImported& result)
{
    AuditLog log(m_db, m_clock);
    for (const Record& record : m_content.of(QStringLiteral("tombstone"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString school = f.text("school");
        const QString erasedAt = f.text("erased_at");
        if (!f.ok() || !QDateTime::fromString(erasedAt, Qt::ISODateWithMs).isValid())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        // An erasure travels to the nurses of the pupil's school: the school
        // must be one the bundle brings, which the receiving nurse's are.
        const auto schoolId = m_schools.constFind(school);
        if (schoolId == m_schools.constEnd())
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        const auto here = pupil(uuid);
        const QVariant localSchool =
            cachedScalar(QStringLiteral("SELECT uuid FROM school WHERE id = ?"), {*schoolId})
                .value_or(QVariant());
        if (here) {
            // Kept only when it is applied: a pupil here whom the receiving
            // nurse may not erase (another school's) is left as they are, and
            // so are their later records.
            if (m_rules.checkPupil(m_user, Permission::ErasePupil, *here))
                continue;
            const QString localUuid =
                cachedScalar(QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {*here})
                    ->toString();
            if (!execCached(QStringLiteral("DELETE FROM pupil WHERE id = ?"), {*here}))
                return Refusal::databaseFailed(m_last->lastError().text());
            if (auto logged = log.append(m_user, audit::PupilErased, localUuid,
                                         QStringLiteral("by bundle %1").arg(m_content.bundleId));
                !logged)
                return logged.refusal;
            m_erased.insert(localUuid);
            ++result.erased;
        }
        // The pupil's own trigger has written the tombstone of an erased
        // pupil; one never held here is kept so they never arrive later.
        if (!execCached(QStringLiteral("INSERT OR IGNORE INTO tombstone (uuid, school_uuid, "
                                       "erased_at) VALUES (?, ?, ?)"),
                        {uuid, localSchool, erasedAt}))
            return failed(record, *m_last);
        m_erased.insert(uuid);
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::schools()
{
    for (const Record& record : m_content.of(QStringLiteral("school"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString name = f.text("name");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        auto id = local(QStringLiteral("school"), QStringLiteral("school"), uuid, {});
        if (!id) {
            // The same school set up on two installations: one name, two uuids.
            if (const auto byName = cachedScalar(
                    QStringLiteral("SELECT id, uuid FROM school WHERE name = ?"), {name})) {
                id = byName->toLongLong();
                const QString localUuid =
                    cachedScalar(QStringLiteral("SELECT uuid FROM school WHERE id = ?"), {*id})
                        ->toString();
                if (!addAlias(uuid, QStringLiteral("school"), localUuid))
                    return failed(record, *m_last);
            }
        }
        // Pupils' data is received only by a nurse of their school, which must
        // therefore be set up here.
        if (!id || m_rules.checkSchool(m_user, Permission::ReceiveIdentified, *id))
            return Refusal::of(Refusal::Code::NotOneOfYourSchools, {name});
        m_schools.insert(uuid, *id);
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::groups(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("group"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString school = f.text("school");
        const QString name = f.text("name");
        const QString kind = f.oneOf("kind", {"class", "group"});
        const QVariant grade = f.integerOrNull("grade");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (!m_schools.contains(school))
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        const qint64 schoolId = m_schools.value(school);
        if (auto id = local(QStringLiteral("pupil_group"), QStringLiteral("group"), uuid, {})) {
            m_groups.insert(uuid, *id);
            ++result.unchanged[QStringLiteral("group")];
            continue;
        }
        if (!execCached(QStringLiteral("SELECT id, uuid FROM pupil_group WHERE school_id = ? AND "
                                       "name = ?"),
                        {schoolId, name}))
            return failed(record, *m_last);
        if (m_last->next()) {
            const qint64 id = m_last->value(0).toLongLong();
            const QString localUuid = m_last->value(1).toString();
            if (!addAlias(uuid, QStringLiteral("group"), localUuid))
                return failed(record, *m_last);
            m_groups.insert(uuid, id);
            ++result.aliased;
            continue;
        }
        if (!execCached(
                QStringLiteral("INSERT INTO pupil_group (uuid, school_id, name, kind, grade) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {uuid, schoolId, name, kind, grade}))
            return failed(record, *m_last);
        m_groups.insert(uuid, m_last->lastInsertId().toLongLong());
        ++result.added[QStringLiteral("group")];
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::rounds(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("round"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString name = f.text("name");
        const QVariant startsOn = f.textOrNull("starts_on");
        const QString createdAt = f.text("created_at");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (auto id = local(QStringLiteral("round"), QStringLiteral("round"), uuid, {})) {
            m_rounds.insert(uuid, *id);
            ++result.unchanged[QStringLiteral("round")];
            continue;
        }
        if (!execCached(QStringLiteral("SELECT id, uuid FROM round WHERE name = ?"), {name}))
            return failed(record, *m_last);
        if (m_last->next()) {
            const qint64 id = m_last->value(0).toLongLong();
            if (!addAlias(uuid, QStringLiteral("round"), m_last->value(1).toString()))
                return failed(record, *m_last);
            m_rounds.insert(uuid, id);
            ++result.aliased;
            continue;
        }
        if (!execCached(QStringLiteral("INSERT INTO round (uuid, name, starts_on, created_at) "
                                       "VALUES (?, ?, ?, ?)"),
                        {uuid, name, startsOn, createdAt}))
            return failed(record, *m_last);
        m_rounds.insert(uuid, m_last->lastInsertId().toLongLong());
        ++result.added[QStringLiteral("round")];
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::instruments(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("instrument"))) {
        Fields f(record.fields);
        const QString id = f.text("id");
        const QString version = f.text("version");
        const QString definition = f.text("definition");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        const QString key = id + QLatin1Char('\n') + version;
        if (const auto here = cachedScalar(QStringLiteral("SELECT id FROM instrument_version WHERE "
                                                          "instrument_id = ? AND version = ?"),
                                           {id, version})) {
            m_instruments.insert(key, here->toLongLong());
            ++result.unchanged[QStringLiteral("instrument")];
            continue;
        }
        const Loaded<Instrument> loaded = InstrumentLoader::fromJson(
            definition.toUtf8(),
            QStringLiteral("%1 record %2").arg(m_content.file).arg(record.index));
        if (!loaded.ok() || loaded.value->id != id || loaded.value->version != version)
            return m_content.invalid(record.index, "the instrument definition cannot be read");
        if (!execCached(QStringLiteral("INSERT INTO instrument_version (instrument_id, version, "
                                       "definition) VALUES (?, ?, ?)"),
                        {id, version, definition}))
            return failed(record, *m_last);
        const qint64 versionId = m_last->lastInsertId().toLongLong();
        m_instruments.insert(key, versionId);
        m_loaded.insert(versionId, *loaded.value);
        ++result.added[QStringLiteral("instrument")];
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::users(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("user"))) {
        Fields f(record.fields);
        const QString username = f.text("username");
        const QString displayName = f.text("display_name");
        const QString role = f.text("role");
        // Names as the user administration takes them; the people a record
        // can name are nurses, case team members and welfare groups, never an
        // administrator or a coordinator.
        const auto parsedRole = roleFromId(role);
        if (!f.ok() || !parsedRole || username != users::normalisedUsername(username) ||
            users::checkUsername(username, QStringLiteral("user name")) ||
            users::checkDisplayName(displayName, QStringLiteral("name")) ||
            (*parsedRole != Role::Nurse && *parsedRole != Role::CaseTeam &&
             *parsedRole != Role::WelfareGroup) ||
            std::any_of(displayName.begin(), displayName.end(), [](QChar c) {
                return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
            }))
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (auto id = userId(username)) {
            m_users.insert(username, *id);
            ++result.unchanged[QStringLiteral("user")];
            continue;
        }
        // Someone known only on the other installation: an account that records
        // can name but that cannot sign in (inactive, no password) until an
        // administrator gives it one.
        if (!execCached(QStringLiteral("INSERT INTO app_user (uuid, username, display_name, role, "
                                       "password_hash, created_at, active) "
                                       "VALUES (?, ?, ?, ?, NULL, ?, 0)"),
                        {newUuid(), username, displayName, role, now()}))
            return failed(record, *m_last);
        m_users.insert(username, m_last->lastInsertId().toLongLong());
        ++result.added[QStringLiteral("user")];
    }
    return std::nullopt;
}

} // namespace signaali::db::bundle
