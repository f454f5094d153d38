// An identified bundle merged: its pupils, by uuid, alias or the class-list
// match within the school, and their groups (docs/bundles.md, "Merge rules").
#include "db/exchange/IdentifiedMerge.h"
#include "db/sql/SqlHelpers.h"

#include <QSqlError>
#include <algorithm>

namespace signaali::db::bundle {

std::optional<Refusal> IdentifiedMerge::pupils(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("pupil"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString school = f.text("school");
        const QString lastName = f.text("last_name");
        const QString firstName = f.text("first_name");
        const QString dateOfBirth = f.text("date_of_birth");
        const QVariant identityCode = f.textOrNull("identity_code");
        const QVariant gender = f.textOrNull("gender");
        const QString language = f.oneOf("language", {"fi", "sv", "en"});
        const QString createdAt = f.text("created_at");
        const QString updatedAt = f.text("updated_at");
        const QJsonArray groupUuids = f.array("groups");
        // The other uuids the sender knows the pupil by (earlier merges).
        const QJsonArray aliases = record.fields.value(QStringLiteral("aliases")).toArray();
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (!m_schools.contains(school))
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        const bool erasedAlias =
            std::any_of(aliases.begin(), aliases.end(),
                        [&](const QJsonValue& a) { return erased(a.toString()); });
        if (erased(uuid) || erasedAlias) {
            m_erased.insert(uuid);
            ++result.skippedErased;
            continue;
        }
        const qint64 schoolId = m_schools.value(school);
        bool isNew = false;
        auto id = pupil(uuid);
        for (const QJsonValue& a : aliases)
            if (!id)
                id = pupil(a.toString());
        if (id && !mayReceive(*id)) {
            // Known here in a school out of the receiving nurse's reach (moved
            // there, say): nothing of theirs is merged, no alias, no group.
            ++result.outOfReach;
            continue;
        }
        if (id) {
            ++result.unchanged[QStringLiteral("pupil")];
        } else {
            // The class-list import's match, within the school.
            std::optional<qint64> match;
            if (!identityCode.isNull()) {
                if (!execCached(QStringLiteral("SELECT id, school_id, uuid FROM pupil WHERE "
                                               "identity_code = ?"),
                                {identityCode}))
                    return failed(record, *m_last);
                if (m_last->next()) {
                    if (m_last->value(1).toLongLong() != schoolId) {
                        m_namedElsewhere = m_last->value(2).toString();
                        return m_content.invalid(record.index,
                                                 "an identity code of a pupil of another school");
                    }
                    match = m_last->value(0).toLongLong();
                }
            }
            if (!match) {
                // Names and date of birth, as the class-list import: not when
                // both have identity codes and they differ (two children).
                if (!execCached(
                        QStringLiteral("SELECT id FROM pupil WHERE school_id = ? AND "
                                       "last_name = ? AND first_name = ? AND "
                                       "date_of_birth = ? AND (identity_code IS NULL OR "
                                       "? IS NULL OR identity_code = ?) ORDER BY id"),
                        {schoolId, lastName, firstName, dateOfBirth, identityCode, identityCode}))
                    return failed(record, *m_last);
                if (m_last->next())
                    match = m_last->value(0).toLongLong();
            }
            if (match) {
                const QString localUuid =
                    cachedScalar(QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {*match})
                        ->toString();
                id = match;
                ++result.aliased;
            } else {
                if (!execCached(QStringLiteral("INSERT INTO pupil (uuid, school_id, last_name, "
                                               "first_name, date_of_birth, identity_code, gender, "
                                               "language, created_at, updated_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {uuid, schoolId, lastName, firstName, dateOfBirth, identityCode,
                                 gender, language, createdAt, updatedAt}))
                    return failed(record, *m_last);
                id = m_last->lastInsertId().toLongLong();
                isNew = true;
                ++result.added[QStringLiteral("pupil")];
            }
        }
        m_pupils.insert(uuid, *id);
        // Every uuid the pupil is known by resolves here from now on.
        const QString localUuid =
            cachedScalar(QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {*id})->toString();
        QStringList knownAs{uuid};
        for (const QJsonValue& a : aliases)
            knownAs << a.toString();
        for (const QString& a : knownAs)
            if (!a.isEmpty() && a != localUuid && !addAlias(a, QStringLiteral("pupil"), localUuid))
                return failed(record, *m_last);
        if (isNew) {
            if (!m_touchedSet.contains(localUuid)) {
                m_touchedSet.insert(localUuid);
                m_touched << localUuid;
            }
        }
        // Groups: a new pupil joins every group named; one kept here keeps
        // their class (a pupil is in one) and joins the other groups.
        const bool hasClass =
            !isNew &&
            cachedScalar(QStringLiteral("SELECT 1 FROM group_member m JOIN pupil_group g ON "
                                        "g.id = m.group_id WHERE m.pupil_id = ? AND "
                                        "g.kind = 'class'"),
                         {*id});
        for (const QJsonValue& g : groupUuids) {
            const auto groupId = m_groups.constFind(g.toString());
            if (groupId == m_groups.constEnd())
                return m_content.invalid(record.index,
                                         "a reference that the bundle does not resolve");
            if (hasClass &&
                cachedScalar(QStringLiteral("SELECT 1 FROM pupil_group WHERE id = ? AND "
                                            "kind = 'class'"),
                             {*groupId}))
                continue;
            if (!execCached(
                    QStringLiteral("INSERT OR IGNORE INTO group_member (group_id, pupil_id) "
                                   "VALUES (?, ?)"),
                    {*groupId, *id}))
                return failed(record, *m_last);
        }
    }
    return std::nullopt;
}

} // namespace signaali::db::bundle
