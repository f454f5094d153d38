#pragma once

#include "db/Outcome.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace signaali::db {

// One summary cell: completed questionnaires at each level, for one round,
// instrument, domain ("" the overall level) and completion-time group.
struct SummaryCount
{
    qint64 roundId = 0;
    QString instrumentId;
    QString domainId;
    qint64 schoolId = 0;
    int grade = 0;
    qint64 classId = 0;
    QString gender;
    qint64 ok = 0;
    qint64 watch = 0;
    qint64 concern = 0;
    bool operator==(const SummaryCount&) const = default;
};

// The group summary table (schema 005): kept up to date by triggers in the
// transaction that stores, rescores or erases a result. These functions check
// and rebuild it, and count the same figures the slow way for comparison.
class GroupSummary
{
public:
    // The summary as stored, and as recomputed from the result tables; sorted alike.
    static QList<SummaryCount> stored(QSqlDatabase& db, qint64 roundId = 0);
    static QList<SummaryCount> recomputed(QSqlDatabase& db, qint64 roundId = 0);
    // Where stored and recomputed differ, in words (no pupil data); empty when consistent.
    static QStringList differences(QSqlDatabase& db);
    // Replaces the summary by the recomputation, in one transaction.
    static Outcome<Done> rebuild(QSqlDatabase& db);

    // The per-school, per-grade and per-gender level counts of one round and
    // instrument straight from the result tables, without the summary (the
    // benchmark's baseline); schoolId 0: every school. classes: per class as well.
    static QList<SummaryCount> scanResults(QSqlDatabase& db, qint64 roundId,
                                           const QString& instrumentId, qint64 schoolId,
                                           bool classes);
};

} // namespace signaali::db
