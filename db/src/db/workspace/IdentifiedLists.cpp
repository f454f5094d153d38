#include "db/workspace/IdentifiedLists.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/KioskStore.h"
#include "db/store/OrganisationStore.h"
#include "db/store/PupilStore.h"
#include "db/store/ResultQuery.h"

namespace signaali::db {

namespace {
// The names of the nurse's schools to list: all of them, or `school` if it is one.
Outcome<QStringList> schoolNames(QSqlDatabase& db, const SignedInUser& user, const QString& school)
{
    const Outcome<AccessScope> scope = AccessRules(db).scope(user, Permission::ViewSchoolPupils);
    if (!scope)
        return scope.refusal;
    QStringList names;
    for (const SchoolInfo& info : OrganisationStore(db).schools())
        if ((scope->everything || scope->schoolIds.contains(info.id)) &&
            (school.isEmpty() || info.name == school))
            names << info.name;
    if (!school.isEmpty() && names.isEmpty())
        return Refusal::of(Refusal::Code::SchoolNotYours, {school});
    return names;
}
} // namespace

Outcome<QList<PupilRecord>> pupilsFor(QSqlDatabase& db, const SignedInUser& user,
                                      const QString& school, const Clock& clock)
{
    const Outcome<QStringList> names = schoolNames(db, user, school);
    if (!names)
        return names.refusal;
    QList<PupilRecord> pupils;
    QStringList uuids;
    PupilStore store(db, clock);
    for (const QString& name : *names)
        for (const PupilRecord& pupil : store.pupils(name)) {
            pupils << pupil;
            uuids << pupil.uuid;
        }
    AuditLog log(db, clock);
    if (const auto logged = log.appendForPupils(user, audit::ViewPupilList, uuids,
                                                QStringLiteral("%1 pupils").arg(pupils.size()));
        !logged)
        return logged.refusal;
    return pupils;
}

namespace {
Outcome<QList<StoredResult>> resultsFor(QSqlDatabase& db, const SignedInUser& user,
                                        const QString& round, const QString& school,
                                        bool identified, const Clock& clock)
{
    const Outcome<QStringList> names = schoolNames(db, user, school);
    if (!names)
        return names.refusal;
    QList<StoredResult> rows;
    QStringList uuids;
    for (const QString& name : *names)
        for (const StoredResult& row : storedResults(db, round, name, identified)) {
            rows << row;
            if (uuids.isEmpty() || uuids.last() != row.pupilUuid)
                uuids << row.pupilUuid;
        }
    uuids.removeDuplicates();
    AuditLog log(db, clock);
    if (const auto logged = log.appendForPupils(
            user, audit::ExportResults, uuids,
            QStringLiteral("%1 results%2%3")
                .arg(rows.size())
                .arg(identified ? QString() : QStringLiteral(" (pseudonymised)"))
                .arg(round.isEmpty() ? QString() : QStringLiteral(", round ") + round));
        !logged)
        return logged.refusal;
    return rows;
}
} // namespace

Outcome<QList<StoredResult>> identifiedResults(QSqlDatabase& db, const SignedInUser& user,
                                               const QString& round, const QString& school,
                                               const Clock& clock)
{
    return resultsFor(db, user, round, school, true, clock);
}

Outcome<QList<StoredResult>> pseudonymisedResults(QSqlDatabase& db, const SignedInUser& user,
                                                  const QString& round, const QString& school,
                                                  const Clock& clock)
{
    return resultsFor(db, user, round, school, false, clock);
}

Outcome<QList<PupilCode>> checkInCodesFor(QSqlDatabase& db, const SignedInUser& user,
                                          qint64 groupId, qint64 roundId, const Clock& clock)
{
    const auto school =
        scalar(db, QStringLiteral("SELECT school_id FROM pupil_group WHERE id = ?"), {groupId});
    if (!school)
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("class"), QString::number(groupId)});
    if (const auto refusal =
            AccessRules(db).checkSchool(user, Permission::ViewSchoolPupils, school->toLongLong()))
        return *refusal;
    if (!scalar(db, QStringLiteral("SELECT 1 FROM round WHERE id = ?"), {roundId}))
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("round"), QString::number(roundId)});
    KioskStore kiosk(db);
    const auto made = kiosk.checkInCodes(groupId, roundId, isoUtc(clock.nowUtc()));
    if (!made)
        return made.refusal;
    QHash<qint64, QString> codes;
    for (const auto& [pupilId, code] : *made)
        codes.insert(pupilId, code);
    QList<PupilCode> list;
    QStringList uuids;
    for (const KioskPupil& pupil : kiosk.pupils(groupId, roundId, {}))
        if (codes.contains(pupil.id)) {
            list << PupilCode{pupil.id, pupil.uuid, pupil.fullName, codes.value(pupil.id)};
            uuids << pupil.uuid;
        }
    AuditLog log(db, clock);
    if (const auto logged =
            log.appendForPupils(user, audit::ExportCheckInCodes, uuids,
                                QStringLiteral("%1 check-in codes, class id %2, round id %3")
                                    .arg(list.size())
                                    .arg(groupId)
                                    .arg(roundId));
        !logged)
        return logged.refusal;
    return list;
}

} // namespace signaali::db
