#include "db/store/CriticalAnswers.h"

#include "core/ReasonText.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/ResponseStore.h"
#include "db/store/ResultStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db {

Outcome<Done> CriticalAnswers::recordAnswer(qint64 responseId, const Instrument& instrument,
                                            const QString& itemId, double value, const QString& now)
{
    std::optional<QString> language;
    for (const CriticalRule& rule : instrument.critical) {
        if (rule.item != itemId || !rule.when.matches(value))
            continue;
        if (!language) {
            const auto stored = scalar(
                m_db, QStringLiteral("SELECT language FROM response WHERE id = ?"), {responseId});
            if (!stored)
                return Refusal::of(Refusal::Code::NoSuchId,
                                   {QStringLiteral("response"), QString::number(responseId)});
            language = stored->toString();
        }
        if (const Outcome<Done> recorded =
                record(responseId, instrument, rule, value, *language, now);
            !recorded)
            return recorded;
    }
    return Done{};
}

Outcome<Done> CriticalAnswers::recordResponsesInProgress(const QString& now)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, instrument_version_id, language FROM response "
                                   "WHERE status IN ('in_progress', 'abandoned')")))
        return Refusal::databaseFailed(query.lastError().text());
    ResultStore results(m_db);
    // This runs in the migration to schema version 8, when answers were still
    // rows of their own (version 16 made them one object per response).
    QSqlQuery answerRows(m_db);
    answerRows.prepare(QStringLiteral("SELECT item_id, value FROM answer WHERE response_id = ?"));
    QHash<qint64, std::optional<Instrument>> instruments; // none: unreadable, skipped
    while (query.next()) {
        const qint64 responseId = query.value(0).toLongLong();
        const qint64 versionId = query.value(1).toLongLong();
        if (!instruments.contains(versionId))
            instruments.insert(versionId, results.storedInstrument(versionId).value);
        const std::optional<Instrument>& instrument = instruments[versionId];
        if (!instrument || instrument->critical.isEmpty())
            continue;
        Answers given;
        answerRows.addBindValue(responseId);
        if (!answerRows.exec())
            return Refusal::databaseFailed(answerRows.lastError().text());
        while (answerRows.next())
            given.insert(answerRows.value(0).toString(), answerRows.value(1).toDouble());
        const Answers shown = instrument->effectiveAnswers(given);
        for (const CriticalRule& rule : instrument->critical) {
            if (!shown.contains(rule.item) || !rule.when.matches(shown.value(rule.item)))
                continue;
            if (const Outcome<Done> recorded =
                    record(responseId, *instrument, rule, shown.value(rule.item),
                           query.value(2).toString(), now);
                !recorded)
                return recorded;
        }
    }
    return Done{};
}

Outcome<Done> CriticalAnswers::record(qint64 responseId, const Instrument& instrument,
                                      const CriticalRule& rule, double value,
                                      const QString& language, const QString& now)
{
    // The first time counts: a pupil who gives the same answer again, or another
    // critical option of the same item, is already on the nurse's list.
    QSqlQuery insert(m_db);
    if (execBound(insert,
                  QStringLiteral("INSERT OR IGNORE INTO critical_answer (response_id, code, "
                                 "reason, raised_at) VALUES (?, ?, ?, ?)"),
                  {responseId, QStringLiteral("critical.") + rule.item,
                   ReasonText(instrument, language).critical(rule, value), now}))
        return Done{};
    return Refusal::databaseFailed(insert.lastError().text());
}

} // namespace signaali::db
