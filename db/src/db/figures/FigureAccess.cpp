#include "db/figures/FigureAccess.h"

#include "db/access/AccessRules.h"
#include "db/sql/SqlHelpers.h"

namespace signaali::db::detail {

Outcome<QList<qint64>> FigureAccess::allowedSchools()
{
    // The account is read again (role, schools, active), so a stale or
    // hand-made SignedInUser sees nothing it is not allowed now.
    const Outcome<AccessScope> scope = AccessRules(m_db).scope(m_user, Permission::ViewAggregates);
    if (!scope)
        return scope.refusal;
    QList<qint64> schools;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT id FROM school ORDER BY name"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (scope->everything || scope->schoolIds.contains(id))
            schools << id;
    }
    return schools;
}

Outcome<CheckedQuery> FigureAccess::check(const FigureQuery& query)
{
    using Code = Refusal::Code;
    const auto allowed = allowedSchools();
    if (!allowed)
        return allowed.refusal;
    CheckedQuery checked;
    if (query.roundIds.isEmpty())
        return Refusal::of(Code::RoundsNotChosen);
    QSqlQuery rounds(m_db);
    rounds.exec(QStringLiteral("SELECT id, name FROM round "
                               "ORDER BY coalesce(starts_on, created_at), created_at, id"));
    QList<qint64> known;
    while (rounds.next()) {
        known << rounds.value(0).toLongLong();
        if (query.roundIds.contains(known.last()))
            checked.rounds << RoundRef{known.last(), rounds.value(1).toString()};
    }
    for (qint64 id : query.roundIds)
        if (!known.contains(id))
            return Refusal::of(Code::NoSuchId, {QStringLiteral("roundIds"), QString::number(id)});
    checked.labels = Labels::load(m_db);
    for (qint64 id : query.schoolIds) {
        if (!checked.labels.schools.contains(id))
            return Refusal::of(Code::NoSuchId, {QStringLiteral("schoolIds"), QString::number(id)});
        if (!allowed->contains(id))
            return Refusal::of(Code::NotOneOfYourSchools, {checked.labels.schools.value(id)});
    }
    for (qint64 id : *allowed)
        if (query.schoolIds.isEmpty() || query.schoolIds.contains(id))
            checked.schools << id;
    for (int grade : query.grades)
        if (grade < 0 || grade > 20)
            return Refusal::of(Code::NotAGrade, {QString::number(grade)});
    for (const QString& gender : query.genders)
        if (genderColumn(gender) < 0)
            return Refusal::of(Code::NotAGender, {gender});
    if (query.instrumentId.isEmpty())
        return Refusal::of(Code::InstrumentNotChosen);
    const QList<DomainInfo> domains = instrumentDomains(m_db, query.instrumentId);
    if (query.domainIds.isEmpty()) {
        checked.domains = domains;
    } else {
        for (const QString& id : query.domainIds) {
            const auto it = std::find_if(domains.begin(), domains.end(),
                                         [&](const DomainInfo& d) { return d.id == id; });
            if (it == domains.end())
                return Refusal::of(Code::NoSuchDomain, {query.instrumentId, id});
            checked.domains << *it;
        }
    }
    checked.threshold = smallGroupThreshold(m_db);
    return checked;
}

} // namespace signaali::db::detail
