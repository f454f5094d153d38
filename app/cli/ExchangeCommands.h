#pragma once

#include <QStringList>

namespace signaali::cli {

// device show|trust|list|revoke: this installation's identity and the ones it
// trusts; bundle export|import|conflicts: results moving between them
// (docs/bundles.md).
int runDevice(const QStringList& arguments);
int runBundle(const QStringList& arguments);

} // namespace signaali::cli
