#pragma once

// Internal to GroupFigures: who may see which figures, and checking a query.

#include "db/Outcome.h"
#include "db/figures/ProtectedRound.h"

namespace signaali::db::detail {

struct RoundRef
{
    qint64 id = 0;
    QString name;
};

// A query that passed the checks, with what answering it needs.
struct CheckedQuery
{
    QList<RoundRef> rounds; // in time order
    QList<qint64> schools;  // allowed, in name order
    QList<DomainInfo> domains;
    int threshold = protection::kDefaultThreshold;
    Labels labels;
};

// Coordinators see every school's figures; nurses and welfare groups their own
// schools' (SignedInUser::schoolIds); admins and case teams none (docs/product.md).
class FigureAccess
{
public:
    FigureAccess(QSqlDatabase& db, const SignedInUser& user) : m_db(db), m_user(user) {}

    Outcome<QList<qint64>> allowedSchools();
    // Refuses a query the user may not make or that is malformed; the refusal names the field.
    Outcome<CheckedQuery> check(const FigureQuery& query);

private:
    QSqlDatabase& m_db;
    const SignedInUser& m_user;
};

} // namespace signaali::db::detail
