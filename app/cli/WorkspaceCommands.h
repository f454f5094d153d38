#pragma once

#include <QStringList>

namespace signaali::cli {

int runSetup(const QStringList& arguments);
int runUser(const QStringList& arguments);
int runAudit(const QStringList& arguments);
int runOverview(const QStringList& arguments);
int runAttention(const QStringList& arguments);
int runProfile(const QStringList& arguments);
int runCase(const QStringList& arguments);
// bench workspace: class overview, attention list and profile timings.
int runWorkspaceBench(const QStringList& arguments);

} // namespace signaali::cli
