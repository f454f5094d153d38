#pragma once

// Internal to GroupFigures: who may see which figures, and checking a query.

#include "db/figures/GroupFigureData.h"

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
// schools' (SignedInUser::schoolIds); admins and case teams none (PRODUCT.md).
class FigureAccess
{
public:
    FigureAccess(QSqlDatabase& db, const SignedInUser& user) : m_db(db), m_user(user) {}

    std::optional<QList<qint64>> allowedSchools();
    // Refuses a query the user may not make or that is malformed; the message names the field.
    std::optional<CheckedQuery> check(const FigureQuery& query);
    const QString& error() const { return m_error; }

private:
    QSqlDatabase& m_db;
    const SignedInUser& m_user;
    QString m_error;
};

} // namespace signaali::db::detail
