#pragma once

// Internal to GroupFigures and GroupTrends: the gender columns and the cells of rows.

#include "core/SmallGroupProtection.h"
#include "db/figures/GroupFigures.h"

namespace signaali::db::detail {

// The gender rows a query asks for ("" is all genders together).
QStringList requestedGenders(const FigureQuery& query);
// 0 for "", 1..3 for female, male, other; -1 when unknown.
int genderColumn(const QString& gender);

FigureCell makeCell(qint64 value, protection::Suppression suppression,
                    protection::Bounds published);
// Adds share and Wilson interval to `count` when both it and `respondents` are shown.
void addShare(FigureCell& count, const FigureCell& respondents);

} // namespace signaali::db::detail
