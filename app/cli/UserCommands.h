#pragma once

#include <QStringList>

namespace signaali::cli {

// setup, user, audit: the first start, accounts and the access log.
int runSetup(const QStringList& arguments);
int runUser(const QStringList& arguments);
int runAudit(const QStringList& arguments);

} // namespace signaali::cli
