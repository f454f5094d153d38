#pragma once

#include "core/Condition.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace signaali::db {

// A response's answers as response_answers keeps them: one JSON object of
// item id to value. Written here rather than through QJsonDocument because
// a bulk load writes one per questionnaire and the document's own
// bookkeeping cost more than the row.
QByteArray storedAnswers(const QList<std::pair<QString, double>>& answers);
QByteArray storedAnswers(const Answers& answers);

} // namespace signaali::db
