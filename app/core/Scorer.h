#pragma once

#include "core/Instrument.h"
#include "core/ScoreResult.h"

namespace signaali {

// Turns answers into a result with weak-signal flags. Pure and deterministic:
// the same instrument, answers and previous result always give the same result.
class Scorer
{
public:
    // Answers to unknown items, codes a scale does not accept and answers to
    // items hidden by their display condition are ignored (check them first
    // with AnswerCheck). `previous` enables the change rule.
    static ScoreResult score(const Instrument& instrument, const Answers& answers,
                             const QString& language, const ScoreResult* previous = nullptr);

private:
    static DomainResult scoreDomain(const Instrument& instrument, const Domain& domain,
                                    const Answers& answers, const QStringList& visible);
};

} // namespace signaali
