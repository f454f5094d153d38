#pragma once

#include <QStringList>

namespace signaali::cli {

// overview, attention, profile: the nurse's identified views.
int runOverview(const QStringList& arguments);
int runAttention(const QStringList& arguments);
int runProfile(const QStringList& arguments);

} // namespace signaali::cli
