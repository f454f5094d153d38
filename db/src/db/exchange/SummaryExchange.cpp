#include "db/exchange/SummaryExchange.h"

#include "db/sql/RawStatement.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/DatabaseFile.h"
#include "db/store/BulkLoad.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <map>
#include <memory>

namespace signaali::db::bundle {

namespace {
class SummaryMerge
{
public:
    SummaryMerge(QSqlDatabase& db, const Content& content, qint64 deviceId, QString madeAt)
        : m_db(db), m_content(content), m_deviceId(deviceId), m_madeAt(std::move(madeAt)),
          m_query(db)
    {
    }

    std::optional<Refusal> run(BundleImported& result)
    {
        for (auto step : {&SummaryMerge::schools, &SummaryMerge::classes, &SummaryMerge::rounds,
                          &SummaryMerge::counts})
            if (auto refused = (this->*step)(result))
                return refused;
        return std::nullopt;
    }

private:
    Refusal invalid(const Record& record, const char* what = "a field is missing or has the "
                                                             "wrong type") const
    {
        return m_content.invalid(record.index, what, m_query.lastError().text());
    }

    // By uuid, alias or `natural` (a name), else made with the bundle's uuid.
    std::optional<qint64> resolve(const QString& table, const QString& kind, const QString& uuid,
                                  const QString& natural, std::initializer_list<QVariant> key)
    {
        if (const auto id =
                scalar(m_db, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid}))
            return id->toLongLong();
        if (const auto id = scalar(m_db,
                                   QStringLiteral("SELECT t.id FROM uuid_alias a JOIN %1 t ON "
                                                  "t.uuid = a.local_uuid WHERE a.uuid = ?")
                                       .arg(table),
                                   {uuid}))
            return id->toLongLong();
        QSqlQuery query(m_db);
        if (execBound(query, QStringLiteral("SELECT id, uuid FROM %1 WHERE %2").arg(table, natural),
                      key) &&
            query.next()) {
            execBound(m_query,
                      QStringLiteral("INSERT OR IGNORE INTO uuid_alias (uuid, kind, local_uuid) "
                                     "VALUES (?, ?, ?)"),
                      {uuid, kind, query.value(1).toString()});
            return query.value(0).toLongLong();
        }
        return std::nullopt;
    }

    std::optional<Refusal> schools(BundleImported& result)
    {
        const QVariant municipality =
            scalar(m_db, QStringLiteral("SELECT id FROM municipality ORDER BY id LIMIT 1"))
                .value_or(QVariant());
        for (const Record& record : m_content.of(QStringLiteral("school"))) {
            Fields f(record.fields);
            const QString uuid = f.text("uuid");
            const QString name = f.text("name");
            if (!f.ok())
                return invalid(record);
            auto id = resolve(QStringLiteral("school"), QStringLiteral("school"), uuid,
                              QStringLiteral("name = ?"), {name});
            if (id) {
                // Counts of a school whose own results are here would count twice.
                if (scalar(m_db,
                           QStringLiteral("SELECT 1 FROM response_cohort WHERE school_id = ? "
                                          "LIMIT 1"),
                           {*id}))
                    return Refusal::of(Refusal::Code::SummaryOfOwnSchool, {name});
                ++result.unchanged[QStringLiteral("school")];
            } else {
                if (!execBound(m_query,
                               QStringLiteral("INSERT INTO school (uuid, municipality_id, name) "
                                              "VALUES (?, ?, ?)"),
                               {uuid, municipality, name}))
                    return invalid(record);
                id = m_query.lastInsertId().toLongLong();
                ++result.added[QStringLiteral("school")];
            }
            m_schools.insert(uuid, *id);
        }
        return std::nullopt;
    }

    std::optional<Refusal> classes(BundleImported& result)
    {
        for (const Record& record : m_content.of(QStringLiteral("group"))) {
            Fields f(record.fields);
            const QString uuid = f.text("uuid");
            const QString school = f.text("school");
            const QString name = f.text("name");
            const QVariant grade = f.integerOrNull("grade");
            if (!f.ok())
                return invalid(record);
            if (!m_schools.contains(school))
                return invalid(record, "a reference that the bundle does not resolve");
            const qint64 schoolId = m_schools.value(school);
            auto id = resolve(QStringLiteral("pupil_group"), QStringLiteral("group"), uuid,
                              QStringLiteral("school_id = ? AND name = ?"), {schoolId, name});
            if (id) {
                ++result.unchanged[QStringLiteral("group")];
            } else {
                if (!execBound(m_query,
                               QStringLiteral("INSERT INTO pupil_group (uuid, school_id, name, "
                                              "kind, grade) VALUES (?, ?, ?, 'class', ?)"),
                               {uuid, schoolId, name, grade}))
                    return invalid(record);
                id = m_query.lastInsertId().toLongLong();
                ++result.added[QStringLiteral("group")];
            }
            m_classes.insert(uuid, *id);
        }
        return std::nullopt;
    }

    std::optional<Refusal> rounds(BundleImported& result)
    {
        for (const Record& record : m_content.of(QStringLiteral("round"))) {
            Fields f(record.fields);
            const QString uuid = f.text("uuid");
            const QString name = f.text("name");
            const QVariant startsOn = f.textOrNull("starts_on");
            const QString createdAt = f.text("created_at");
            if (!f.ok())
                return invalid(record);
            auto id = resolve(QStringLiteral("round"), QStringLiteral("round"), uuid,
                              QStringLiteral("name = ?"), {name});
            if (id) {
                ++result.unchanged[QStringLiteral("round")];
            } else {
                if (!execBound(m_query,
                               QStringLiteral("INSERT INTO round (uuid, name, starts_on, "
                                              "created_at) VALUES (?, ?, ?, ?)"),
                               {uuid, name, startsOn, createdAt}))
                    return invalid(record);
                id = m_query.lastInsertId().toLongLong();
                ++result.added[QStringLiteral("round")];
            }
            m_rounds.insert(uuid, *id);
        }
        return std::nullopt;
    }

    std::optional<Refusal> counts(BundleImported& result)
    {
        // A municipality's summary is close to a million counts: they are
        // counted into the summary together once they are in, and the
        // per-school summary of the bundle's schools summed afresh.
        if (!m_newest.ok() || !m_dropCounts.ok() || !m_dropSource.ok() || !m_addSource.ok())
            return Refusal::databaseFailed(QStringLiteral("received_summary statements"));
        BulkLoad bulk(m_db);
        const QList<qint64> schools = m_schools.values();
        if (auto refused = bulk.begin(QSet<qint64>(schools.begin(), schools.end())))
            return refused;
        if (auto refused = insertCounts(result))
            return refused;
        QSqlQuery add(m_db);
        if (!execBound(add,
                       QStringLiteral(
                           "INSERT INTO group_summary (round_id, instrument_id, domain_id, "
                           "school_id, grade, gender, class_id, ok, watch, concern) "
                           "SELECT r.round_id, r.instrument_id, r.domain_id, r.school_id, "
                           "r.grade, r.gender, r.class_id, r.ok, r.watch, r.concern "
                           "FROM received_summary_source s JOIN received_summary r "
                           "ON r.school_id = s.school_id AND r.round_id = s.round_id "
                           "WHERE s.bundle_id = ? "
                           "ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, "
                           "watch = watch + excluded.watch, concern = concern + excluded.concern"),
                       {m_content.bundleId}))
            return Refusal::databaseFailed(add.lastError().text());
        return bulk.finish();
    }

    // Whether the bundle's counts of a school and round replace those here:
    // the newest summary of a school and round stands.
    std::optional<Refusal> replaces(qint64 schoolId, qint64 roundId, bool& replacing)
    {
        replacing = true;
        if (m_newest.integer(schoolId).integer(roundId).first())
            replacing = m_newest.textAt(0) <= m_madeAt;
        m_newest.reset();
        if (!replacing)
            return std::nullopt;
        if (auto refused = m_dropCounts.integer(schoolId).integer(roundId).run())
            return refused;
        if (auto refused = m_dropSource.integer(schoolId).integer(roundId).run())
            return refused;
        return m_addSource.integer(schoolId)
            .integer(roundId)
            .integer(m_deviceId)
            .text(m_content.bundleId)
            .text(m_madeAt)
            .run();
    }

    // The insert of `count` counts in one statement, made once per count.
    RawStatement& countRows(qsizetype count)
    {
        std::unique_ptr<RawStatement>& slot = m_countRows[count];
        if (!slot) {
            QByteArray sql = "INSERT INTO received_summary (school_id, round_id, instrument_id, "
                             "gender, grade, class_id, domain_id, ok, watch, concern) VALUES ";
            for (qsizetype i = 0; i < count; ++i)
                sql +=
                    i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            slot = std::make_unique<RawStatement>(m_handle, sql.constData());
        }
        return *slot;
    }

    std::optional<Refusal> insertCounts(BundleImported& result)
    {
        QSet<QPair<qint64, qint64>> replaced, kept;
        for (const Record& record : m_content.of(QStringLiteral("summary"))) {
            Fields f(record.fields);
            const QString round = f.text("round");
            const QString instrument = f.text("instrument");
            const QString school = f.text("school");
            const QVariant classUuid = f.textOrNull("class");
            const qint64 grade = f.integer("grade");
            const QString gender = f.oneOf("gender", {"female", "male", "other"});
            const QJsonObject countsObject = f.object("counts");
            if (!f.ok())
                return invalid(record);
            if (!m_rounds.contains(round) || !m_schools.contains(school) ||
                (!classUuid.isNull() && !m_classes.contains(classUuid.toString())))
                return invalid(record, "a reference that the bundle does not resolve");
            for (const QJsonValue& c : countsObject) {
                const QJsonArray three = c.toArray();
                if (three.size() != 3)
                    return invalid(record);
                for (const QJsonValue& n : three)
                    if (!n.isDouble() || n.toDouble() < 0 ||
                        n.toDouble() != static_cast<double>(n.toInteger()))
                        return invalid(record);
            }
            const qint64 roundId = m_rounds.value(round);
            const qint64 schoolId = m_schools.value(school);
            const QPair<qint64, qint64> key{schoolId, roundId};
            if (kept.contains(key))
                continue;
            if (!replaced.contains(key)) {
                bool replacing = false;
                if (auto refused = replaces(schoolId, roundId, replacing))
                    return m_content.invalid(record.index,
                                             "a field is missing or has the wrong "
                                             "type",
                                             refused->detail);
                if (!replacing) {
                    kept.insert(key);
                    ++result.unchanged[QStringLiteral("summary")];
                    continue;
                }
                replaced.insert(key);
            }
            const qint64 classId = classUuid.isNull() ? 0 : m_classes.value(classUuid.toString());
            ++result.added[QStringLiteral("summary")];
            if (countsObject.isEmpty())
                continue;
            RawStatement& insert = countRows(countsObject.size());
            if (!insert.ok())
                return Refusal::databaseFailed(QString::fromUtf8(sqlite3_errmsg(m_handle)));
            for (auto it = countsObject.constBegin(); it != countsObject.constEnd(); ++it) {
                const QJsonArray three = it.value().toArray();
                insert.integer(schoolId)
                    .integer(roundId)
                    .text(instrument)
                    .text(gender)
                    .integer(grade)
                    .integer(classId)
                    .text(it.key())
                    .integer(three[0].toInteger())
                    .integer(three[1].toInteger())
                    .integer(three[2].toInteger());
            }
            if (auto refused = insert.run())
                return m_content.invalid(record.index, "a field is missing or has the wrong type",
                                         refused->detail);
        }
        return std::nullopt;
    }

    QSqlDatabase& m_db;
    const Content& m_content;
    qint64 m_deviceId;
    QString m_madeAt;
    QSqlQuery m_query;
    QHash<QString, qint64> m_schools, m_classes, m_rounds;
    sqlite3* m_handle = detail::sqliteHandle(m_db);
    RawStatement m_newest{m_handle, "SELECT made_at FROM received_summary_source "
                                    "WHERE school_id = ? AND round_id = ?"};
    RawStatement m_dropCounts{m_handle, "DELETE FROM received_summary "
                                        "WHERE school_id = ? AND round_id = ?"};
    RawStatement m_dropSource{m_handle, "DELETE FROM received_summary_source "
                                        "WHERE school_id = ? AND round_id = ?"};
    RawStatement m_addSource{m_handle, "INSERT INTO received_summary_source (school_id, "
                                       "round_id, device_id, bundle_id, made_at) "
                                       "VALUES (?, ?, ?, ?, ?)"};
    std::map<qsizetype, std::unique_ptr<RawStatement>> m_countRows;
};
} // namespace

std::optional<Refusal> mergeSummary(QSqlDatabase& db, const Content& content, qint64 deviceId,
                                    const QString& madeAt, BundleImported& result)
{
    return SummaryMerge(db, content, deviceId, madeAt).run(result);
}

} // namespace signaali::db::bundle
