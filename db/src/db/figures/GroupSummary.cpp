#include "db/figures/GroupSummary.h"

#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"

#include <QSqlError>
#include <tuple>

namespace signaali::db {

namespace {
// The recomputation: the same count the triggers keep, from the result tables
// and each response's completion-time cohort, plus the counts received in
// summary bundles (received_summary).
const char* const kRecomputeSql =
    "SELECT round_id, instrument_id, domain_id, school_id, grade, gender, class_id, sum(ok), "
    "sum(watch), sum(concern) FROM ("
    "SELECT c.round_id AS round_id, c.instrument_id AS instrument_id, d.domain_id AS domain_id, "
    "c.school_id AS school_id, c.grade AS grade, c.gender AS gender, c.class_id AS class_id, "
    "sum(d.level = 'ok') AS ok, sum(d.level = 'watch') AS watch, "
    "sum(d.level = 'concern') AS concern "
    "FROM domain_result d JOIN response_cohort c ON c.response_id = d.response_id "
    "WHERE d.level IS NOT NULL AND (:round = 0 OR c.round_id = :round) "
    "GROUP BY 1, 2, 3, 4, 5, 6, 7 "
    "UNION ALL "
    "SELECT c.round_id, c.instrument_id, '', c.school_id, c.grade, c.gender, c.class_id, "
    "sum(r.level = 'ok'), sum(r.level = 'watch'), sum(r.level = 'concern') "
    "FROM result r JOIN response_cohort c ON c.response_id = r.response_id "
    "WHERE r.level IS NOT NULL AND (:round = 0 OR c.round_id = :round) "
    "GROUP BY 1, 2, 3, 4, 5, 6, 7 "
    "UNION ALL "
    "SELECT round_id, instrument_id, domain_id, school_id, grade, gender, class_id, ok, watch, "
    "concern FROM received_summary WHERE :round = 0 OR round_id = :round"
    ") GROUP BY 1, 2, 3, 4, 5, 6, 7 "
    "ORDER BY 1, 2, 3, 4, 5, 6, 7";

QList<SummaryCount> readCounts(QSqlQuery& query)
{
    QList<SummaryCount> counts;
    while (query.next())
        counts << SummaryCount{query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toString(),   query.value(3).toLongLong(),
                               query.value(4).toInt(),      query.value(6).toLongLong(),
                               query.value(5).toString(),   query.value(7).toLongLong(),
                               query.value(8).toLongLong(), query.value(9).toLongLong()};
    return counts;
}

QString describe(const SummaryCount& c)
{
    return QStringLiteral("round %1, %2, domain '%3', school %4, grade %5, class %6, %7: "
                          "%8/%9/%10")
        .arg(c.roundId)
        .arg(c.instrumentId, c.domainId)
        .arg(c.schoolId)
        .arg(c.grade)
        .arg(c.classId)
        .arg(c.gender)
        .arg(c.ok)
        .arg(c.watch)
        .arg(c.concern);
}
} // namespace

QList<SummaryCount> GroupSummary::stored(QSqlDatabase& db, qint64 roundId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT round_id, instrument_id, domain_id, school_id, grade, gender, class_id, ok, "
        "watch, concern FROM group_summary WHERE :round = 0 OR round_id = :round "
        "ORDER BY 1, 2, 3, 4, 5, 6, 7"));
    query.bindValue(QStringLiteral(":round"), roundId);
    query.exec();
    return readCounts(query);
}

QList<SummaryCount> GroupSummary::recomputed(QSqlDatabase& db, qint64 roundId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(kRecomputeSql));
    query.bindValue(QStringLiteral(":round"), roundId);
    query.exec();
    return readCounts(query);
}

QStringList GroupSummary::differences(QSqlDatabase& db)
{
    const QList<SummaryCount> have = stored(db), want = recomputed(db);
    QStringList problems;
    auto key = [](const SummaryCount& c) {
        return std::tie(c.roundId, c.instrumentId, c.domainId, c.schoolId, c.grade, c.gender,
                        c.classId);
    };
    qsizetype i = 0, j = 0;
    while (i < have.size() || j < want.size()) {
        if (j == want.size() || (i < have.size() && key(have[i]) < key(want[j]))) {
            problems << QStringLiteral("stored but not in the results: %1").arg(describe(have[i]));
            ++i;
        } else if (i == have.size() || key(want[j]) < key(have[i])) {
            problems << QStringLiteral("missing from the summary: %1").arg(describe(want[j]));
            ++j;
        } else {
            if (!(have[i] == want[j]))
                problems << QStringLiteral("stored %1, recomputed %2")
                                .arg(describe(have[i]), describe(want[j]));
            ++i;
            ++j;
        }
    }
    // The per-school table must be the summary summed over grades and classes.
    const QString perSchool = QStringLiteral(
        "SELECT round_id, instrument_id, domain_id, school_id, gender, sum(ok), sum(watch), "
        "sum(concern) FROM group_summary GROUP BY 1, 2, 3, 4, 5");
    const QString schoolTable = QStringLiteral(
        "SELECT round_id, instrument_id, domain_id, school_id, gender, ok, watch, concern "
        "FROM school_summary");
    for (const auto& [from, without, what] :
         {std::tuple{perSchool, schoolTable, "missing from school_summary"},
          std::tuple{schoolTable, perSchool, "in school_summary but not in the summary"}})
        if (const auto extra = scalar(
                db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(from, without));
            extra && extra->toLongLong() > 0)
            problems << QStringLiteral("%1 per-school rows %2")
                            .arg(extra->toLongLong())
                            .arg(QLatin1String(what));
    // The cohort outliving its response would keep erased pupils' groups.
    if (const auto orphans =
            scalar(db, QStringLiteral("SELECT count(*) FROM response_cohort c WHERE NOT EXISTS "
                                      "(SELECT 1 FROM response r WHERE r.id = c.response_id)"));
        orphans && orphans->toLongLong() > 0)
        problems << QStringLiteral("%1 cohort rows without a response").arg(orphans->toLongLong());
    return problems;
}

Outcome<Done> GroupSummary::rebuild(QSqlDatabase& db)
{
    Transaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    // The per-school table first: its triggers from group_summary then only add.
    if (!query.exec(QStringLiteral("DELETE FROM school_summary")) ||
        !query.exec(QStringLiteral("DELETE FROM group_summary")))
        return Refusal::databaseFailed(query.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO group_summary (round_id, instrument_id, domain_id, "
                                 "school_id, grade, gender, class_id, ok, watch, concern) ") +
                  QString::fromLatin1(kRecomputeSql));
    query.bindValue(QStringLiteral(":round"), 0);
    if (!query.exec())
        return Refusal::databaseFailed(query.lastError().text());
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

QList<SummaryCount> GroupSummary::scanResults(QSqlDatabase& db, qint64 roundId,
                                              const QString& instrumentId, qint64 schoolId,
                                              bool classes)
{
    // What the dashboard would have to do without the summary: join every
    // result of the round to its group and count.
    const QString classColumn = classes ? QStringLiteral("c.class_id") : QStringLiteral("0");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT c.round_id, c.instrument_id, d.domain_id, c.school_id, c.grade, c.gender, "
            "%1, sum(d.level = 'ok'), sum(d.level = 'watch'), sum(d.level = 'concern') "
            "FROM response r JOIN response_cohort c ON c.response_id = r.id "
            "JOIN domain_result d ON d.response_id = r.id "
            "WHERE r.round_id = :round AND r.status = 'completed' AND d.level IS NOT NULL "
            "AND c.instrument_id = :instrument AND (:school = 0 OR c.school_id = :school) "
            "GROUP BY 1, 2, 3, 4, 5, 6, 7 "
            "UNION ALL "
            "SELECT c.round_id, c.instrument_id, '', c.school_id, c.grade, c.gender, %1, "
            "sum(res.level = 'ok'), sum(res.level = 'watch'), sum(res.level = 'concern') "
            "FROM response r JOIN response_cohort c ON c.response_id = r.id "
            "JOIN result res ON res.response_id = r.id "
            "WHERE r.round_id = :round AND r.status = 'completed' AND res.level IS NOT NULL "
            "AND c.instrument_id = :instrument AND (:school = 0 OR c.school_id = :school) "
            "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7")
            .arg(classColumn));
    query.bindValue(QStringLiteral(":round"), roundId);
    query.bindValue(QStringLiteral(":instrument"), instrumentId);
    query.bindValue(QStringLiteral(":school"), schoolId);
    query.exec();
    return readCounts(query);
}

} // namespace signaali::db
