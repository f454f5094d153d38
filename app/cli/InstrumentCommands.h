#pragma once

#include <QStringList>

namespace signaali::cli {

// instruments, validate, score: instrument definitions and scoring.
int runInstruments(const QStringList& arguments);
int runValidate(const QStringList& arguments);
int runScore(const QStringList& arguments);

} // namespace signaali::cli
