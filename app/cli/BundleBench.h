#pragma once

#include <QStringList>

namespace signaali::cli {

// bench bundles: one school's identified bundle and the municipality's summary
// bundle made from --db and imported into fresh installations, timed, with
// their sizes and the merge's questionnaires per second.
int runBundleBench(const QStringList& arguments);

} // namespace signaali::cli
