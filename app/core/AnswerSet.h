#pragma once

#include "core/Condition.h"
#include "core/Instrument.h"
#include "core/LoadError.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace signaali {

// The answers file signaali-cli reads:
// {"answers": {"item1": 2, ...}, "previous": {...}, "language": "fi"}
struct AnswerSet
{
    Answers answers;
    std::optional<Answers> previous;
    QString language;

    static Loaded<AnswerSet> fromJson(const QByteArray& json, const QString& sourceName);
    // Unknown items and answers a scale does not accept, named with their JSON path.
    static std::optional<LoadError> check(const Instrument& instrument, const Answers& answers,
                                          const QString& sourceName, const QString& path);
};

} // namespace signaali
