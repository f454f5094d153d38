#pragma once

// Internal to GroupFigures: protected rounds kept while the database is unchanged.

#include "db/figures/FigureAccess.h"
#include "db/figures/ProtectedRound.h"

#include <memory>

namespace signaali::db::detail {

// The protected round `round` for `checked` and `needs`, loaded or taken from
// the cache. Protecting a municipality's round takes tens of milliseconds and
// a dashboard asks for the same rounds again and again (trends and signals run
// over every round, switching views repeats queries), while figures change only
// when results do. A cached round is used only while nothing in the database
// has changed since it was made: neither this connection's changes
// (total_changes()) nor another connection's commits (PRAGMA data_version).
// Refused when the database cannot be read.
Outcome<std::shared_ptr<ProtectedRound>> protectedRound(QSqlDatabase& db, const RoundRef& round,
                                                        const CheckedQuery& checked,
                                                        const QString& instrumentId,
                                                        const ProtectedRound::Needs& needs);

// Forgets every cached round (for benchmarks that time a cold start).
void clearProtectedRoundCache();
// Forgets a connection's rounds when it closes.
void forgetProtectedRounds(const QString& connectionName);

} // namespace signaali::db::detail
