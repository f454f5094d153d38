#pragma once

#include <QHashFunctions>
#include <QString>

namespace signaali::db {

// One group of the group summary: a round and instrument, a domain ('' for the
// overall level) and the completion-time cohort.
struct SummaryCell
{
    qint64 roundId = 0;
    QString instrumentId;
    QString domainId;
    qint64 schoolId = 0;
    qint64 grade = 0;
    QString gender;
    qint64 classId = 0;

    friend bool operator==(const SummaryCell&, const SummaryCell&) = default;
    friend size_t qHash(const SummaryCell& c, size_t seed = 0)
    {
        return qHashMulti(seed, c.roundId, c.instrumentId, c.domainId, c.schoolId, c.grade,
                          c.gender, c.classId);
    }
};

} // namespace signaali::db
