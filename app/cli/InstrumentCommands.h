#pragma once

#include <QStringList>

namespace signaali::cli {

int runInstruments(const QStringList& arguments);
int runValidate(const QStringList& arguments);
int runScore(const QStringList& arguments);
int runBench(const QStringList& arguments);

} // namespace signaali::cli
