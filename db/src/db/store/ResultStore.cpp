#include "db/store/ResultStore.h"

#include "core/InstrumentLoader.h"
#include "core/ResultJson.h"
#include "core/Scorer.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"
#include "db/store/ResponseStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace signaali::db {

Outcome<qint64> ResultStore::instrumentVersionId(const Instrument& instrument)
{
    if (auto id =
            scalar(m_db,
                   QStringLiteral(
                       "SELECT id FROM instrument_version WHERE instrument_id = ? AND version = ?"),
                   {instrument.id, instrument.version}))
        return id->toLongLong();
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral("INSERT INTO instrument_version (instrument_id, version, definition) "
                           "VALUES (?, ?, ?)"),
            {instrument.id, instrument.version, QString::fromUtf8(instrument.definitionJson)}))
        return Refusal::databaseFailed(query.lastError().text());
    return query.lastInsertId().toLongLong();
}

Outcome<Instrument> ResultStore::storedInstrument(qint64 instrumentVersionId)
{
    const auto definition =
        scalar(m_db, QStringLiteral("SELECT definition FROM instrument_version WHERE id = ?"),
               {instrumentVersionId});
    if (!definition)
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("instrument"), QString::number(instrumentVersionId)});
    Loaded<Instrument> loaded = InstrumentLoader::fromJson(
        definition->toString().toUtf8(),
        QStringLiteral("instrument_version %1").arg(instrumentVersionId));
    if (!loaded.ok())
        return Refusal::of(Refusal::Code::DefinitionUnreadable,
                           {QString::number(instrumentVersionId), {}}, loaded.error.toString());
    return *loaded.value;
}

Outcome<Done> ResultStore::storeResult(qint64 responseId, const ScoreResult& result,
                                       const QString& scoredAt)
{
    QSqlQuery query(m_db);
    auto run = [&](const QString& sql, std::initializer_list<QVariant> values) {
        return execBound(query, sql, values);
    };
    const auto failed = [&] { return Refusal::databaseFailed(query.lastError().text()); };
    auto optional = [](const auto& value) { return value ? QVariant(*value) : QVariant(); };
    auto text = [](const QString& value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    const QVariant level = result.level ? QVariant(levelId(*result.level)) : QVariant();
    const QString reasons =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result.invalidReasons))
                              .toJson(QJsonDocument::Compact));
    if (!run(QStringLiteral("DELETE FROM domain_result WHERE response_id = ?"), {responseId}) ||
        !run(QStringLiteral("DELETE FROM flag WHERE response_id = ?"), {responseId}) ||
        // Not INSERT OR REPLACE: its implicit delete would not fire the summary triggers.
        !run(QStringLiteral("DELETE FROM result WHERE response_id = ?"), {responseId}) ||
        !run(QStringLiteral("INSERT INTO result (response_id, valid, level, total, "
                            "band, critical, scored_at, "
                            "invalid_reasons, percentage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {responseId, result.valid ? 1 : 0, level, optional(result.total), text(result.band),
              result.hasCritical() ? 1 : 0, scoredAt, reasons, optional(result.percentage)}))
        return failed();
    for (const DomainResult& d : result.domains)
        if (!run(QStringLiteral("INSERT INTO domain_result (response_id, domain_id, score, band, "
                                "level, valid, asked, "
                                "answered, percentage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {responseId, d.id, optional(d.score), text(d.band),
                  d.level ? QVariant(levelId(*d.level)) : QVariant(), d.valid ? 1 : 0, d.asked,
                  d.answered, optional(d.percentage)}))
            return failed();
    int position = 0;
    for (const Flag& f : result.flags)
        if (!run(QStringLiteral("INSERT INTO flag (response_id, code, level, critical, reason, "
                                "position) VALUES (?, ?, ?, ?, ?, ?)"),
                 {responseId, f.code, levelId(f.level), f.critical ? 1 : 0, f.reason, position++}))
            return failed();
    return Done{};
}

std::optional<ScoreResult> ResultStore::storedResult(qint64 responseId)
{
    QSqlQuery query(m_db);
    if (!execBound(
            query,
            QStringLiteral(
                "SELECT iv.instrument_id, iv.version, r.language, res.valid, res.level, res.total, "
                "res.band, res.invalid_reasons, res.percentage FROM result res "
                "JOIN response r ON r.id = res.response_id "
                "JOIN instrument_version iv ON iv.id = r.instrument_version_id WHERE "
                "res.response_id = ?"),
            {responseId}) ||
        !query.next())
        return std::nullopt;
    auto optionalNumber = [](const QVariant& v) {
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    };
    ScoreResult result;
    result.instrumentId = query.value(0).toString();
    result.version = query.value(1).toString();
    result.language = query.value(2).toString();
    result.valid = query.value(3).toInt() != 0;
    result.level = levelFromId(query.value(4).toString());
    result.total = optionalNumber(query.value(5));
    result.band = query.value(6).toString();
    for (const QJsonValue& reason :
         QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array())
        result.invalidReasons << reason.toString();
    result.percentage = optionalNumber(query.value(8));
    execBound(query,
              QStringLiteral("SELECT domain_id, score, band, level, valid, asked, answered, "
                             "percentage FROM domain_result "
                             "WHERE response_id = ?"),
              {responseId});
    QList<DomainResult> domains;
    while (query.next())
        domains << DomainResult{query.value(0).toString(),
                                optionalNumber(query.value(1)),
                                optionalNumber(query.value(7)),
                                query.value(2).toString(),
                                levelFromId(query.value(3).toString()),
                                query.value(5).toInt(),
                                query.value(6).toInt(),
                                query.value(4).toInt() != 0};
    // Domains in the instrument's order, as the scorer made them.
    if (const auto definition =
            scalar(m_db,
                   QStringLiteral("SELECT definition FROM instrument_version iv JOIN response r ON "
                                  "r.instrument_version_id = iv.id WHERE r.id = ?"),
                   {responseId})) {
        const QJsonArray order = QJsonDocument::fromJson(definition->toString().toUtf8())
                                     .object()
                                     .value(QStringLiteral("domains"))
                                     .toArray();
        for (const QJsonValue& d : order)
            for (const DomainResult& dr : domains)
                if (dr.id == d.toObject().value(QStringLiteral("id")).toString())
                    result.domains << dr;
    }
    execBound(query,
              QStringLiteral("SELECT code, level, critical, reason FROM flag WHERE response_id = ? "
                             "ORDER BY position"),
              {responseId});
    while (query.next())
        result.flags << Flag{query.value(0).toString(),
                             levelFromId(query.value(1).toString()).value_or(Level::Watch),
                             query.value(2).toInt() != 0, query.value(3).toString()};
    return result;
}

std::optional<ScoreResult> ResultStore::previousResult(qint64 responseId,
                                                       const Instrument& instrument)
{
    const auto previousId =
        scalar(m_db,
               QStringLiteral("SELECT p.id FROM response r JOIN response p ON p.pupil_id = "
                              "r.pupil_id AND p.id <> r.id "
                              "JOIN instrument_version pv ON pv.id = p.instrument_version_id "
                              "WHERE r.id = ? AND p.status = 'completed' AND pv.instrument_id = ? "
                              "AND p.round_id <> r.round_id "
                              "ORDER BY p.completed_at DESC LIMIT 1"),
               {responseId, instrument.id});
    if (!previousId)
        return std::nullopt;
    const Answers answers = ResponseStore(m_db).answers(previousId->toLongLong());
    const QString language =
        scalar(m_db, QStringLiteral("SELECT language FROM response WHERE id = ?"),
               {previousId->toLongLong()})
            .value_or(QStringLiteral("fi"))
            .toString();
    return Scorer::score(instrument, answers, language);
}

Outcome<Done> ResultStore::rescore(qint64 responseId, const QString& scoredAt)
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("SELECT instrument_version_id, language FROM response WHERE id = "
                                  "? AND status = 'completed'"),
                   {responseId}) ||
        !query.next())
        return Refusal::of(Refusal::Code::NoSuchId,
                           {QStringLiteral("response"), QString::number(responseId)});
    const auto instrument = storedInstrument(query.value(0).toLongLong());
    const QString language = query.value(1).toString();
    if (!instrument)
        return instrument.refusal;
    const auto previous = previousResult(responseId, *instrument);
    const ScoreResult result = Scorer::score(*instrument, ResponseStore(m_db).answers(responseId),
                                             language, previous ? &*previous : nullptr);
    Transaction transaction(m_db);
    if (const auto stored = storeResult(responseId, result, scoredAt); !stored)
        return stored;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

} // namespace signaali::db
