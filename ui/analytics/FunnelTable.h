#pragma once

#include "db/figures/GroupFigures.h"

namespace signaali::ui {

// The table behind a funnel plot, for CSV and XLSX: each group's count and share
// with the control limits at its size. Suppressed groups are listed with their
// published text and no limits.
ExportTable funnelTable(const db::FunnelPlot& plot, int threshold);

} // namespace signaali::ui
