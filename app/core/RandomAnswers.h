#pragma once

#include "core/Instrument.h"

#include <QRandomGenerator>

namespace signaali {

// Plausible synthetic answers for demos, tests and benchmarks: each asked item
// is answered (or, with `skipChance`, left out) with codes drawn towards the
// healthy end by `burden` (0 = all healthy, 1 = uniform).
Answers randomAnswers(const Instrument& instrument, QRandomGenerator& rng, double burden = 1.0,
                      double skipChance = 0.0);

// A pupil's burden drawn from a population where most pupils are well and a
// minority carry most of the symptoms.
double typicalBurden(QRandomGenerator& rng);

} // namespace signaali
