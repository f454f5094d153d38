#pragma once

#include <QStringList>

namespace signaali::cli {

// import-roster, pupils, erase: class lists and pupils.
int runImportRoster(const QStringList& arguments);
int runPupils(const QStringList& arguments);
int runErase(const QStringList& arguments);

} // namespace signaali::cli
