#include "PupilDataChanges.h"

#include "AccessRules.h"
#include "AuditLog.h"
#include "ResponseStore.h"
#include "SqlHelpers.h"
#include "Transaction.h"

namespace signaali::db {

namespace {
Refusal auditFailure(const AuditLog& log)
{
    return Refusal::failed(QStringLiteral("cannot write the audit log (nothing was changed): ") +
                           log.lastError());
}
} // namespace

Outcome<ImportReport> importRosterAs(QSqlDatabase& db, const SignedInUser& user,
                                     const Roster& roster, const QString& school, bool dryRun,
                                     const Clock& clock)
{
    AccessRules rules(db);
    const auto existing = OrganisationStore(db, clock).school(school.trimmed());
    if (existing) {
        if (const auto refusal = rules.checkSchool(user, Permission::ImportRoster, existing->id))
            return *refusal;
    } else {
        // Only an administrator (or the first start) creates schools.
        if (const auto refusal = rules.check(user, Permission::ManageSchools);
            refusal && !(user.id == 0 && rules.beforeSetup()))
            return Refusal::notAllowed(
                QStringLiteral("school: there is no school '%1' (only an administrator adds "
                               "schools)")
                    .arg(school.trimmed()));
    }
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::failed(transaction.error());
    PupilStore store(db, clock);
    const auto report = store.importRoster(roster, school, dryRun);
    if (!report)
        return Refusal::failed(store.lastError());
    if (report->committed) {
        AuditLog log(db, clock);
        for (const ImportRow& row : report->rows)
            if ((row.outcome == ImportRow::Outcome::Added ||
                 row.outcome == ImportRow::Outcome::Updated) &&
                !log.append(user, audit::RosterImported, row.pupilUuid,
                            QStringLiteral("%1 (%2): %3")
                                .arg(school.trimmed(), outcomeId(row.outcome), row.detail)))
                return auditFailure(log);
        if (!transaction.commit())
            return Refusal::failed(transaction.error());
    }
    return *report;
}

Outcome<RoundInfo> createRoundAs(QSqlDatabase& db, const SignedInUser& user, const QString& name,
                                 const QDate& startsOn, const Clock& clock)
{
    if (const auto refusal = AccessRules(db).check(user, Permission::CreateRound))
        return *refusal;
    if (name.trimmed().isEmpty())
        return Refusal::badInput(QStringLiteral("name: the round needs a name"));
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::failed(transaction.error());
    OrganisationStore organisation(db, clock);
    const auto round = organisation.createRound(name.trimmed(), startsOn);
    if (!round)
        return Refusal::badInput(organisation.lastError());
    AuditLog log(db, clock);
    if (!log.append(user, audit::RoundCreated, {}, QStringLiteral("round %1").arg(round->name)))
        return auditFailure(log);
    if (!transaction.commit())
        return Refusal::failed(transaction.error());
    return *round;
}

Outcome<RecordedResponse> recordCompletedAs(QSqlDatabase& db, const SignedInUser& user,
                                            qint64 pupilId, qint64 roundId,
                                            const Instrument& instrument, const Answers& answers,
                                            const QString& language, const Clock& clock)
{
    if (const auto refusal = AccessRules(db).checkPupil(user, Permission::RecordResponses, pupilId))
        return *refusal;
    const auto uuid = scalar(db, QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {pupilId});
    if (!uuid)
        return Refusal::notFound(QStringLiteral("pupil: no such pupil"));
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::failed(transaction.error());
    ResponseStore responses(db, clock);
    const auto recorded =
        responses.recordCompleted(pupilId, roundId, instrument, answers, language);
    if (!recorded)
        return Refusal::badInput(responses.lastError());
    AuditLog log(db, clock);
    if (!log.append(user, audit::AnswersRecorded, uuid->toString(),
                    QStringLiteral("%1 %2, round id %3")
                        .arg(instrument.id, instrument.version)
                        .arg(roundId)))
        return auditFailure(log);
    if (!transaction.commit())
        return Refusal::failed(transaction.error());
    return RecordedResponse{recorded->first, recorded->second};
}

Outcome<QString> erasePupilAs(QSqlDatabase& db, const SignedInUser& user, const QString& key,
                              const Clock& clock)
{
    PupilStore store(db, clock);
    const auto pupil = store.pupil(key.trimmed());
    if (!pupil)
        return Refusal::notFound(QStringLiteral("pupil: no pupil '%1'").arg(key.trimmed()));
    const qint64 pupilId = pupil->id;
    if (const auto refusal = AccessRules(db).checkPupil(user, Permission::ErasePupil, pupilId))
        return *refusal;
    const QString uuid = pupil->uuid;
    AuditLog log(db, clock);
    if (!store.erase(pupilId, [&] { return log.append(user, audit::PupilErased, uuid); }))
        return Refusal::failed(log.lastError().isEmpty() ? store.lastError() : log.lastError());
    return uuid;
}

} // namespace signaali::db
