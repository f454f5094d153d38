#include "db/workspace/PupilProfile.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/WorkspaceSql.h"
#include "db/workspace/WorkspaceViews.h"

#include <QMap>
#include <algorithm>

namespace signaali::db {

using namespace workspace;

namespace {
struct CompletedResponse
{
    qint64 id = 0;
    qint64 roundId = 0;
    QString roundName;
    QDate roundStart;
    QString completedAt;
    QString instrumentId;
    QString version;
    qint64 versionId = 0;
    std::optional<double> total;
    QString level;
    bool critical = false;
};

QString answerText(const Instrument& instrument, const QString& itemId, double value,
                   const QString& language)
{
    const Scale* scale = instrument.scaleOfItem(itemId);
    if (!scale)
        return QString::number(value);
    if (scale->isNumber()) {
        const QString unit = scale->unit.text(language);
        return unit.isEmpty() ? QString::number(value)
                              : QStringLiteral("%1 %2").arg(QString::number(value), unit);
    }
    for (const ScaleOption& option : scale->options)
        if (option.code == value)
            return option.label.text(language);
    return QString::number(value);
}

QList<AnswerView> answerViews(QSqlDatabase& db, qint64 responseId, const Instrument& instrument,
                              const QString& language)
{
    Answers answers;
    QSqlQuery query(db);
    if (execBound(query,
                  QStringLiteral("SELECT key, value FROM response_answers, json_each(answers) "
                                 "WHERE response_id = ?"),
                  {responseId}))
        while (query.next())
            answers.insert(query.value(0).toString(), query.value(1).toDouble());
    QList<AnswerView> views;
    for (const Item& item : instrument.items) {
        if (!answers.contains(item.id))
            continue;
        AnswerView view;
        view.itemId = item.id;
        view.itemText = item.text.text(language);
        view.value = answers.value(item.id);
        view.answerText = answerText(instrument, item.id, view.value, language);
        for (const Domain& domain : instrument.domains)
            if (domain.items.contains(item.id))
                view.domainIds << domain.id;
        for (const CriticalRule& rule : instrument.critical)
            if (rule.item == item.id && rule.when.matches(view.value))
                view.critical = true;
        views << view;
    }
    return views;
}
} // namespace

Outcome<PupilProfile> pupilProfile(QSqlDatabase& db, const SignedInUser& user,
                                   const ProfileRequest& request, const Clock& clock)
{
    if (request.pupil.trimmed().isEmpty())
        return Refusal::of(Refusal::Code::FieldMissing, {QStringLiteral("pupil")});
    // An unknown pupil is checked as id 0, so a case team member is refused
    // exactly as for a pupil not shared with them.
    const qint64 pupilId = pupilIdFromKey(db, request.pupil).value_or(0);
    if (const auto refusal = AccessRules(db).checkPupil(user, Permission::ViewPupil, pupilId))
        return *refusal;

    PupilProfile profile;
    QSqlQuery query(db);
    if (!execBound(
            query,
            QStringLiteral(
                "SELECT p.uuid, p.last_name, p.first_name, p.date_of_birth, "
                " coalesce(p.gender, ''), p.language, s.name, "
                " (SELECT g.name FROM group_member m JOIN pupil_group g ON g.id = m.group_id "
                "  WHERE m.pupil_id = p.id AND g.kind = 'class') "
                "FROM pupil p JOIN school s ON s.id = p.school_id WHERE p.id = ?"),
            {pupilId}))
        return sqlFailure(query);
    if (!query.next())
        return Refusal::of(Refusal::Code::NoSuchPupil, {QStringLiteral("pupil")});
    profile.pupilId = pupilId;
    profile.pupilUuid = query.value(0).toString();
    profile.lastName = query.value(1).toString();
    profile.firstName = query.value(2).toString();
    profile.dateOfBirth = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    profile.gender = query.value(4).toString();
    profile.language = query.value(5).toString();
    profile.schoolName = query.value(6).toString();
    profile.className = query.value(7).toString();

    if (!execNumbered(
            query,
            QStringLiteral(
                "SELECT r.id, r.round_id, rd.name, rd.starts_on, r.completed_at, "
                " iv.instrument_id, iv.version, iv.id, res.total, res.level, res.critical "
                "FROM response r JOIN round rd ON rd.id = r.round_id "
                "JOIN instrument_version iv ON iv.id = r.instrument_version_id "
                "LEFT JOIN result res ON res.response_id = r.id "
                "WHERE r.pupil_id = :p1 AND r.status = 'completed' "
                " AND (:p2 = '' OR iv.instrument_id = :p2) "
                "ORDER BY iv.instrument_id, coalesce(rd.starts_on, rd.created_at), rd.id"),
            {pupilId, textOrEmpty(request.instrumentId.trimmed())}))
        return sqlFailure(query);
    QMap<QString, QList<CompletedResponse>> byInstrument;
    while (query.next()) {
        CompletedResponse r;
        r.id = query.value(0).toLongLong();
        r.roundId = query.value(1).toLongLong();
        r.roundName = query.value(2).toString();
        r.roundStart = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        r.completedAt = query.value(4).toString();
        r.instrumentId = query.value(5).toString();
        r.version = query.value(6).toString();
        r.versionId = query.value(7).toLongLong();
        if (!query.value(8).isNull())
            r.total = query.value(8).toDouble();
        r.level = query.value(9).toString();
        r.critical = query.value(10).toInt() == 1;
        byInstrument[r.instrumentId] << r;
    }

    InstrumentCache instruments(db);
    for (auto it = byInstrument.cbegin(); it != byInstrument.cend(); ++it) {
        const QList<CompletedResponse>& responses = it.value();
        const CompletedResponse& latest = responses.last();
        const Instrument* instrument = instruments.get(latest.versionId);
        if (!instrument)
            return Refusal::of(Refusal::Code::DefinitionUnreadable,
                               {latest.instrumentId, latest.version});
        ProfileInstrument section;
        section.instrumentId = it.key();
        section.title = instrument->title.text(request.language);
        section.columns = columnsOf(*instrument, request.language);
        section.responseId = latest.id;
        section.roundName = latest.roundName;
        section.completedAt = latest.completedAt;
        section.version = latest.version;
        section.level = latest.level;
        section.critical = latest.critical;
        QList<qint64> ids;
        for (const CompletedResponse& r : responses)
            ids << r.id;
        const auto domains = domainViews(db, ids, *instrument, section.columns);
        section.domains = domains.value(latest.id);
        section.flags = flagViews(db, {latest.id}).value(latest.id);
        section.answers = answerViews(db, latest.id, *instrument, request.language);
        for (const CompletedResponse& r : responses) {
            HistoryPoint point;
            point.responseId = r.id;
            point.roundId = r.roundId;
            point.roundName = r.roundName;
            point.date = r.roundStart.isValid()
                             ? r.roundStart
                             : QDateTime::fromString(r.completedAt, Qt::ISODate).date();
            point.completedAt = r.completedAt;
            point.total = r.total;
            point.level = r.level;
            point.domains = domains.value(r.id);
            section.history << point;
        }
        profile.instruments << section;
    }

    if (!execNumbered(
            query,
            QStringLiteral(
                "SELECT ca.response_id, ca.code, ca.reason, ca.raised_at, rd.name, "
                " iv.instrument_id, r.status FROM critical_answer ca "
                "JOIN response r ON r.id = ca.response_id JOIN round rd ON rd.id = r.round_id "
                "JOIN instrument_version iv ON iv.id = r.instrument_version_id "
                "WHERE r.pupil_id = :p1 AND (:p2 = '' OR iv.instrument_id = :p2) "
                " AND NOT EXISTS (SELECT 1 FROM flag_handling h "
                " WHERE h.response_id = ca.response_id AND h.code = ca.code) "
                "ORDER BY ca.raised_at, ca.code"),
            {pupilId, textOrEmpty(request.instrumentId.trimmed())}))
        return sqlFailure(query);
    while (query.next()) {
        OpenCriticalAnswer open;
        open.responseId = query.value(0).toLongLong();
        open.code = query.value(1).toString();
        open.reason = query.value(2).toString();
        open.givenAt = query.value(3).toString();
        open.roundName = query.value(4).toString();
        open.instrumentId = query.value(5).toString();
        open.unfinished = query.value(6).toString() != QLatin1String("completed");
        const bool shown = std::any_of(
            profile.instruments.cbegin(), profile.instruments.cend(),
            [&](const ProfileInstrument& section) {
                return section.responseId == open.responseId &&
                       std::any_of(section.flags.cbegin(), section.flags.cend(),
                                   [&](const FlagView& flag) { return flag.code == open.code; });
            });
        if (!shown)
            profile.openCritical << open;
    }

    // Which instruments' results were shown, open critical answers included;
    // never what they say (the administrator exports the log).
    QStringList seen;
    for (const ProfileInstrument& section : profile.instruments)
        seen << section.instrumentId;
    for (const OpenCriticalAnswer& open : profile.openCritical)
        if (!seen.contains(open.instrumentId))
            seen << open.instrumentId;

    AuditLog log(db, clock);
    if (const auto logged = log.append(
            user, audit::ViewProfile, profile.pupilUuid,
            seen.isEmpty() ? QStringLiteral("no results")
                           : QStringLiteral("results of %1").arg(seen.join(QLatin1Char(' '))));
        !logged)
        return logged.refusal;
    return profile;
}

Outcome<Done> recordSummaryExport(QSqlDatabase& db, const SignedInUser& user, qint64 pupilId,
                                  const Clock& clock)
{
    if (const auto refusal = AccessRules(db).checkPupil(user, Permission::ViewPupil, pupilId))
        return *refusal;
    const auto uuid = scalar(db, QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"), {pupilId});
    if (!uuid)
        return Refusal::of(Refusal::Code::NoSuchPupil, {QStringLiteral("pupil")});
    AuditLog log(db, clock);
    if (const auto logged =
            log.append(user, audit::ExportSummary, uuid->toString(), QStringLiteral("summary pdf"));
        !logged)
        return logged.refusal;
    return Done{};
}

} // namespace signaali::db
