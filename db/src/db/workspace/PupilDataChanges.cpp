#include "db/workspace/PupilDataChanges.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/store/OrganisationStore.h"
#include "db/store/PupilStore.h"
#include "db/store/ResponseStore.h"

#include <QSet>

namespace signaali::db {

Outcome<ImportReport> importRosterAs(QSqlDatabase& db, const SignedInUser& user,
                                     const Roster& roster, const QString& school, bool dryRun,
                                     const Clock& clock)
{
    AccessRules rules(db);
    const QString name = school.trimmed();
    const auto existing = OrganisationStore(db, clock).school(name);
    if (existing) {
        if (const auto refusal = rules.checkSchool(user, Permission::ImportRoster, existing->id))
            return *refusal;
    } else {
        // Only an administrator (or the first start) creates schools.
        if (const auto refusal = rules.check(user, Permission::ManageSchools);
            refusal && !(user.id == 0 && rules.beforeSetup()))
            return Refusal::of(Refusal::Code::NoSuchSchoolToUse, {name});
    }
    // A class list brings a pupil over from another school only when the user
    // may import into that school too (an administrator, a nurse of both):
    // otherwise a list naming any child would hand over their health record.
    const Outcome<AccessScope> scope = rules.scope(user, Permission::ImportRoster);
    if (!scope)
        return scope.refusal;
    QSet<qint64> outOfReach;
    const auto mayMoveFrom = [&](qint64 pupilId, qint64 from) {
        if (scope->everything || scope->schoolIds.contains(from))
            return true;
        outOfReach.insert(pupilId);
        return false;
    };
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    PupilStore store(db, clock);
    const auto report = store.importRoster(roster, name, dryRun, mayMoveFrom);
    if (!report)
        return report.refusal;
    if (report->committed) {
        AuditLog log(db, clock);
        for (const ImportRow& row : report->rows) {
            if (row.outcome != ImportRow::Outcome::Added &&
                row.outcome != ImportRow::Outcome::Updated)
                continue;
            if (const auto logged = log.append(
                    user, audit::RosterImported, row.pupilUuid,
                    QStringLiteral("%1 (%2): %3").arg(name, outcomeId(row.outcome), row.detail));
                !logged)
                return logged.refusal;
        }
        // A list naming another school's pupil is seen in that pupil's log:
        // the real import is where a probe of who exists would show.
        for (const qint64 pupilId : std::as_const(outOfReach)) {
            const auto uuid =
                scalar(db, QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {pupilId});
            if (const auto logged = log.append(user, audit::RosterNamedElsewhere,
                                               uuid.value_or(QVariant()).toString(), name);
                !logged)
                return logged.refusal;
        }
        if (!transaction.commit())
            return Refusal::databaseFailed(transaction.error());
    }
    return *report;
}

Outcome<RoundInfo> createRoundAs(QSqlDatabase& db, const SignedInUser& user, const QString& name,
                                 const QDate& startsOn, const Clock& clock)
{
    if (const auto refusal = AccessRules(db).check(user, Permission::CreateRound))
        return *refusal;
    if (name.trimmed().isEmpty())
        return Refusal::of(Refusal::Code::RoundNameMissing);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    OrganisationStore organisation(db, clock);
    const auto round = organisation.createRound(name.trimmed(), startsOn);
    if (!round)
        return round.refusal;
    AuditLog log(db, clock);
    if (const auto logged =
            log.append(user, audit::RoundCreated, {}, QStringLiteral("round %1").arg(round->name));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
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
        return Refusal::of(Refusal::Code::NoSuchPupil, {QStringLiteral("pupil")});
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    ResponseStore responses(db, clock);
    const auto recorded =
        responses.recordCompleted(pupilId, roundId, instrument, answers, language);
    if (!recorded)
        return recorded.refusal;
    AuditLog log(db, clock);
    if (const auto logged = log.append(user, audit::AnswersRecorded, uuid->toString(),
                                       QStringLiteral("%1 %2, round id %3")
                                           .arg(instrument.id, instrument.version)
                                           .arg(roundId));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return RecordedResponse{recorded->first, recorded->second};
}

Outcome<QString> erasePupilAs(QSqlDatabase& db, const SignedInUser& user, const QString& key,
                              const Clock& clock)
{
    AccessRules rules(db);
    const Outcome<AccessScope> scope = rules.scope(user, Permission::ErasePupil);
    if (!scope)
        return scope.refusal;
    // A pupil who does not exist and one in another school get the same answer,
    // unless every school is the user's (an administrator).
    const Refusal notTheirs = scope->everything
                                  ? Refusal::of(Refusal::Code::NoPupilKey, {key.trimmed()})
                                  : Refusal::of(Refusal::Code::NoPupilInYourSchools);
    PupilStore store(db, clock);
    const auto pupil = store.pupil(key.trimmed());
    if (!pupil)
        return notTheirs;
    if (const auto refusal = rules.checkPupil(user, Permission::ErasePupil, pupil->id))
        return refusal->kind == Refusal::Kind::NotAllowed ? notTheirs : *refusal;
    AuditLog log(db, clock);
    if (const auto erased = store.erase(
            pupil->id, [&] { return log.append(user, audit::PupilErased, pupil->uuid); });
        !erased)
        return erased.refusal;
    return pupil->uuid;
}

} // namespace signaali::db
