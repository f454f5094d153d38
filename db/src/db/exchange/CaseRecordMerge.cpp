// An identified bundle merged: flag handling, case actions and case shares,
// each by its own uuid (docs/bundles.md, "Merge rules").
#include "db/exchange/IdentifiedMerge.h"
#include "db/sql/SqlHelpers.h"

#include <QSqlError>

namespace signaali::db::bundle {

std::optional<qint64> IdentifiedMerge::responseHere(const QString& uuid)
{
    const auto id = cachedScalar(QStringLiteral("SELECT id FROM response WHERE uuid = ?"), {uuid});
    return id ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::flagHandling(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("flag_handling"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString response = f.text("response");
        const QString code = f.text("code");
        const QString handledBy = f.text("handled_by");
        const QString handledAt = f.text("handled_at");
        const QString note = f.anyText("note");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (cachedScalar(QStringLiteral("SELECT 1 FROM flag_handling WHERE uuid = ?"), {uuid})) {
            ++result.unchanged[QStringLiteral("flag_handling")];
            continue;
        }
        const auto responseId = responseHere(response);
        const auto user = userId(handledBy);
        // The response of a pupil erased here went with the pupil; one listed
        // as a conflict was not merged, and neither is its handling.
        if (!responseId && m_notMerged.contains(response))
            continue;
        if (!responseId || !user)
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        const qint64 handledPupil =
            cachedScalar(QStringLiteral("SELECT pupil_id FROM response WHERE id = ?"),
                         {*responseId})
                ->toLongLong();
        if (!mayReceive(handledPupil)) {
            ++result.outOfReach;
            continue;
        }
        touch(handledPupil);
        // Handled on both installations: the one here stands.
        if (!execCached(QStringLiteral("INSERT OR IGNORE INTO flag_handling (response_id, code, "
                                       "handled_by, handled_at, note, uuid) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {*responseId, code, *user, handledAt, note, uuid}))
            return failed(record, *m_last);
        ++(m_last->numRowsAffected() > 0 ? result.added
                                         : result.unchanged)[QStringLiteral("flag_handling")];
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::caseActions(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("case_action"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString pupilUuid = f.text("pupil");
        const QString kind = f.text("kind");
        const QVariant followUpOn = f.textOrNull("follow_up_on");
        const QString note = f.anyText("note");
        const QVariant response = f.textOrNull("response");
        const QString recordedBy = f.text("recorded_by");
        const QString recordedAt = f.text("recorded_at");
        const QVariant doneBy = f.textOrNull("done_by");
        const QVariant doneAt = f.textOrNull("done_at");
        const QVariant removedBy = f.textOrNull("removed_by");
        const QVariant removedAt = f.textOrNull("removed_at");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (erased(pupilUuid)) {
            ++result.skippedErased;
            continue;
        }
        const auto pupilId = pupil(pupilUuid);
        const auto recorder = userId(recordedBy);
        const auto doneUser =
            doneBy.isNull() ? std::optional<qint64>(0) : userId(doneBy.toString());
        const auto remover =
            removedBy.isNull() ? std::optional<qint64>(0) : userId(removedBy.toString());
        if (!pupilId || !recorder || !doneUser || !remover)
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        if (!mayReceive(*pupilId)) {
            ++result.outOfReach;
            continue;
        }
        touch(*pupilId);
        const auto asUser = [](qint64 id) { return id == 0 ? QVariant() : QVariant(id); };
        if (const auto here =
                cachedScalar(QStringLiteral("SELECT id FROM case_action WHERE uuid = ?"), {uuid})) {
            // Done and removed only ever go from empty to set.
            if (!execCached(QStringLiteral("UPDATE case_action SET "
                                           "done_by = coalesce(done_by, ?), "
                                           "done_at = coalesce(done_at, ?), "
                                           "removed_by = coalesce(removed_by, ?), "
                                           "removed_at = coalesce(removed_at, ?) WHERE id = ?"),
                            {asUser(*doneUser), doneAt, asUser(*remover), removedAt, *here}))
                return failed(record, *m_last);
            ++result.unchanged[QStringLiteral("case_action")];
            continue;
        }
        QVariant responseId;
        if (!response.isNull())
            if (const auto id = responseHere(response.toString()))
                responseId = *id;
        if (!execCached(QStringLiteral("INSERT INTO case_action (uuid, pupil_id, kind, "
                                       "follow_up_on, note, response_id, recorded_by, "
                                       "recorded_at, done_by, done_at, removed_by, removed_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {uuid, *pupilId, kind, followUpOn, note, responseId, *recorder, recordedAt,
                         asUser(*doneUser), doneAt, asUser(*remover), removedAt}))
            return failed(record, *m_last);
        ++result.added[QStringLiteral("case_action")];
    }
    return std::nullopt;
}

std::optional<Refusal> IdentifiedMerge::caseShares(BundleImported& result)
{
    for (const Record& record : m_content.of(QStringLiteral("case_share"))) {
        Fields f(record.fields);
        const QString uuid = f.text("uuid");
        const QString pupilUuid = f.text("pupil");
        const QString member = f.text("member");
        const QString sharedBy = f.text("shared_by");
        const QString sharedAt = f.text("shared_at");
        const QString consentFrom = f.oneOf("consent_from", {"pupil", "guardian"});
        const QString consentOn = f.text("consent_on");
        const QString note = f.anyText("note");
        const QVariant withdrawnBy = f.textOrNull("withdrawn_by");
        const QVariant withdrawnAt = f.textOrNull("withdrawn_at");
        if (!f.ok())
            return m_content.invalid(record.index, "a field is missing or has the wrong type");
        if (erased(pupilUuid)) {
            ++result.skippedErased;
            continue;
        }
        const auto pupilId = pupil(pupilUuid);
        const auto memberId = userId(member);
        const auto sharer = userId(sharedBy);
        const auto withdrawer =
            withdrawnBy.isNull() ? std::optional<qint64>(0) : userId(withdrawnBy.toString());
        if (!pupilId || !memberId || !sharer || !withdrawer)
            return m_content.invalid(record.index, "a reference that the bundle does not resolve");
        // A case is shared with a case team member here, never with another role.
        if (cachedScalar(QStringLiteral("SELECT role FROM app_user WHERE id = ?"), {*memberId})
                .value_or(QVariant())
                .toString() != roleId(Role::CaseTeam)) {
            ++result.outOfReach;
            continue;
        }
        if (!mayReceive(*pupilId)) {
            ++result.outOfReach;
            continue;
        }
        touch(*pupilId);
        const QVariant withdrawerId = *withdrawer == 0 ? QVariant() : QVariant(*withdrawer);
        if (const auto here =
                cachedScalar(QStringLiteral("SELECT id FROM case_share WHERE uuid = ?"), {uuid})) {
            if (!execCached(QStringLiteral("UPDATE case_share SET "
                                           "withdrawn_by = coalesce(withdrawn_by, ?), "
                                           "withdrawn_at = coalesce(withdrawn_at, ?) WHERE id = ?"),
                            {withdrawerId, withdrawnAt, *here}))
                return failed(record, *m_last);
            ++result.unchanged[QStringLiteral("case_share")];
            continue;
        }
        // An active share of the same case with the same member here already
        // stands for this one.
        if (withdrawnAt.isNull() &&
            cachedScalar(
                QStringLiteral("SELECT 1 FROM case_share WHERE member_id = ? AND pupil_id = ? "
                               "AND withdrawn_at IS NULL"),
                {*memberId, *pupilId})) {
            ++result.unchanged[QStringLiteral("case_share")];
            continue;
        }
        if (!execCached(QStringLiteral("INSERT INTO case_share (uuid, pupil_id, member_id, "
                                       "shared_by, shared_at, consent_from, consent_on, note, "
                                       "withdrawn_by, withdrawn_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {uuid, *pupilId, *memberId, *sharer, sharedAt, consentFrom, consentOn, note,
                         withdrawerId, withdrawnAt}))
            return failed(record, *m_last);
        ++result.added[QStringLiteral("case_share")];
    }
    return std::nullopt;
}

} // namespace signaali::db::bundle
