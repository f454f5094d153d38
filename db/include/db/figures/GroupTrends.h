#pragma once

#include "db/figures/GroupFigures.h"

namespace signaali::db {

// Group figures over rounds and against a reference, as `user` may see them:
// trends, funnel plots and the group signals read from both. Refused as
// GroupFigures refuses.
class GroupTrends
{
public:
    GroupTrends(QSqlDatabase& db, const SignedInUser& user) : m_db(db), m_user(user) {}

    Outcome<QList<TrendSeries>> trends(const FigureQuery& query);
    // Breakdown Class, Grade or School; Reference School needs Class or Grade.
    Outcome<QList<FunnelPlot>> funnels(const FigureQuery& query);
    // Funnel signals in the latest round of query.roundIds and trend signals over them.
    Outcome<QList<GroupSignal>> groupSignals(const FigureQuery& query);

private:
    QSqlDatabase& m_db;
    const SignedInUser& m_user;
};

} // namespace signaali::db
