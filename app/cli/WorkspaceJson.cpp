#include "cli/WorkspaceJson.h"

namespace signaali::cli {

namespace {
QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const db::FlagView& flag)
{
    QJsonObject o{{QStringLiteral("code"), flag.code},
                  {QStringLiteral("level"), flag.level},
                  {QStringLiteral("critical"), flag.critical},
                  {QStringLiteral("reason"), flag.reason},
                  {QStringLiteral("handled"), flag.handled}};
    if (flag.handled) {
        o.insert(QStringLiteral("handledBy"), flag.handledBy);
        o.insert(QStringLiteral("handledAt"), flag.handledAt);
        o.insert(QStringLiteral("handledNote"), flag.handledNote);
    }
    return o;
}

QJsonObject toJson(const db::DomainView& domain)
{
    return {{QStringLiteral("domain"), domain.domainId},
            {QStringLiteral("title"), domain.title},
            {QStringLiteral("score"), number(domain.score)},
            {QStringLiteral("percentOfMax"), number(domain.percentOfMax)},
            {QStringLiteral("band"), domain.band},
            {QStringLiteral("level"), domain.level},
            {QStringLiteral("critical"), domain.critical},
            {QStringLiteral("valid"), domain.valid}};
}

QJsonObject toJson(const db::OverviewColumn& column)
{
    return {{QStringLiteral("domain"), column.domainId}, {QStringLiteral("title"), column.title}};
}

QJsonObject toJson(const db::AnswerView& answer)
{
    return {{QStringLiteral("item"), answer.itemId},
            {QStringLiteral("text"), answer.itemText},
            {QStringLiteral("value"), answer.value},
            {QStringLiteral("answer"), answer.answerText},
            {QStringLiteral("domains"), QJsonArray::fromStringList(answer.domainIds)},
            {QStringLiteral("critical"), answer.critical}};
}

QJsonObject toJson(const db::HistoryPoint& point)
{
    return {{QStringLiteral("response"), point.responseId},
            {QStringLiteral("round"), point.roundName},
            {QStringLiteral("date"), date(point.date)},
            {QStringLiteral("total"), number(point.total)},
            {QStringLiteral("level"), point.level},
            {QStringLiteral("domains"), toJsonArray(point.domains)}};
}

QJsonObject toJson(const db::ProfileInstrument& section)
{
    return {{QStringLiteral("instrument"), section.instrumentId},
            {QStringLiteral("title"), section.title},
            {QStringLiteral("response"), section.responseId},
            {QStringLiteral("round"), section.roundName},
            {QStringLiteral("completedAt"), section.completedAt},
            {QStringLiteral("version"), section.version},
            {QStringLiteral("level"), section.level},
            {QStringLiteral("critical"), section.critical},
            {QStringLiteral("domains"), toJsonArray(section.domains)},
            {QStringLiteral("flags"), toJsonArray(section.flags)},
            {QStringLiteral("answers"), toJsonArray(section.answers)},
            {QStringLiteral("history"), toJsonArray(section.history)}};
}

QJsonObject toJson(const db::OverviewRow& row)
{
    return {{QStringLiteral("pupil"), row.pupilUuid},
            {QStringLiteral("lastName"), row.lastName},
            {QStringLiteral("firstName"), row.firstName},
            {QStringLiteral("status"), db::screeningStatusId(row.status)},
            {QStringLiteral("response"), row.responseId},
            {QStringLiteral("completedAt"), row.completedAt},
            {QStringLiteral("level"), row.level},
            {QStringLiteral("critical"), row.critical},
            {QStringLiteral("domains"), toJsonArray(row.domains)},
            {QStringLiteral("flags"), toJsonArray(row.flags)}};
}

QJsonObject toJson(const db::ClassOverview& overview)
{
    return {{QStringLiteral("class"), overview.groupName},
            {QStringLiteral("classId"), overview.groupId},
            {QStringLiteral("school"), overview.schoolName},
            {QStringLiteral("round"), overview.roundName},
            {QStringLiteral("instrument"), overview.instrumentId},
            {QStringLiteral("completed"), overview.completed},
            {QStringLiteral("inProgress"), overview.inProgress},
            {QStringLiteral("notStarted"), overview.notStarted},
            {QStringLiteral("columns"), toJsonArray(overview.columns)},
            {QStringLiteral("pupils"), toJsonArray(overview.rows)}};
}

QJsonObject toJson(const db::AttentionItem& item)
{
    return {{QStringLiteral("kind"), db::attentionKindId(item.kind)},
            {QStringLiteral("pupil"), item.pupilUuid},
            {QStringLiteral("lastName"), item.lastName},
            {QStringLiteral("firstName"), item.firstName},
            {QStringLiteral("school"), item.schoolName},
            {QStringLiteral("class"), item.className},
            {QStringLiteral("response"), item.responseId},
            {QStringLiteral("round"), item.roundName},
            {QStringLiteral("instrument"), item.instrumentId},
            {QStringLiteral("completedAt"), item.completedAt},
            {QStringLiteral("level"), item.level},
            {QStringLiteral("handled"), item.handled},
            {QStringLiteral("unfinished"), item.unfinished},
            {QStringLiteral("flags"), toJsonArray(item.flags)}};
}

QJsonObject toJson(const db::HandledFlagOutcome& outcome)
{
    return {{QStringLiteral("pupil"), outcome.pupilUuid},
            {QStringLiteral("lastName"), outcome.lastName},
            {QStringLiteral("firstName"), outcome.firstName},
            {QStringLiteral("response"), outcome.responseId},
            {QStringLiteral("round"), outcome.roundName},
            {QStringLiteral("instrument"), outcome.instrumentId},
            {QStringLiteral("code"), outcome.code},
            {QStringLiteral("level"), outcome.level},
            {QStringLiteral("reason"), outcome.reason},
            {QStringLiteral("handledBy"), outcome.handledBy},
            {QStringLiteral("handledAt"), outcome.handledAt},
            {QStringLiteral("outcome"), db::flagOutcomeId(outcome.outcome)},
            {QStringLiteral("nextResponse"), outcome.nextResponseId},
            {QStringLiteral("nextRound"), outcome.nextRoundName},
            {QStringLiteral("nextLevel"), outcome.nextLevel}};
}

QJsonObject toJson(const db::PupilProfile& profile)
{
    return {{QStringLiteral("pupil"), profile.pupilUuid},
            {QStringLiteral("lastName"), profile.lastName},
            {QStringLiteral("firstName"), profile.firstName},
            {QStringLiteral("dateOfBirth"), date(profile.dateOfBirth)},
            {QStringLiteral("gender"), profile.gender},
            {QStringLiteral("language"), profile.language},
            {QStringLiteral("school"), profile.schoolName},
            {QStringLiteral("class"), profile.className},
            {QStringLiteral("instruments"), toJsonArray(profile.instruments)},
            {QStringLiteral("openCriticalAnswers"), toJsonArray(profile.openCritical)}};
}

QJsonObject toJson(const db::OpenCriticalAnswer& answer)
{
    return {{QStringLiteral("response"), answer.responseId},
            {QStringLiteral("code"), answer.code},
            {QStringLiteral("reason"), answer.reason},
            {QStringLiteral("givenAt"), answer.givenAt},
            {QStringLiteral("round"), answer.roundName},
            {QStringLiteral("instrument"), answer.instrumentId},
            {QStringLiteral("unfinished"), answer.unfinished}};
}

QJsonObject toJson(const db::CaseAction& action)
{
    return {{QStringLiteral("id"), action.id},
            {QStringLiteral("uuid"), action.uuid},
            {QStringLiteral("pupil"), action.pupilUuid},
            {QStringLiteral("action"), db::caseActionKindId(action.kind)},
            {QStringLiteral("followUpOn"), date(action.followUpOn)},
            {QStringLiteral("note"), action.note},
            {QStringLiteral("response"), action.responseId},
            {QStringLiteral("recordedBy"), action.recordedBy},
            {QStringLiteral("recordedAt"), action.recordedAt},
            {QStringLiteral("doneAt"), action.doneAt},
            {QStringLiteral("doneBy"), action.doneBy},
            {QStringLiteral("corrections"), action.revisions}};
}

QJsonObject toJson(const db::FollowUp& followUp)
{
    QJsonObject o = toJson(followUp.action);
    o.insert(QStringLiteral("lastName"), followUp.lastName);
    o.insert(QStringLiteral("firstName"), followUp.firstName);
    o.insert(QStringLiteral("school"), followUp.schoolName);
    o.insert(QStringLiteral("class"), followUp.className);
    o.insert(QStringLiteral("overdue"), followUp.overdue);
    return o;
}

QJsonObject toJson(const db::CaseShare& share)
{
    return {{QStringLiteral("id"), share.id},
            {QStringLiteral("uuid"), share.uuid},
            {QStringLiteral("pupil"), share.pupilUuid},
            {QStringLiteral("lastName"), share.lastName},
            {QStringLiteral("firstName"), share.firstName},
            {QStringLiteral("member"), share.memberUsername},
            {QStringLiteral("memberName"), share.memberName},
            {QStringLiteral("sharedBy"), share.sharedBy},
            {QStringLiteral("sharedAt"), share.sharedAt},
            {QStringLiteral("consentFrom"), db::consentFromId(share.consentFrom)},
            {QStringLiteral("consentOn"), date(share.consentOn)},
            {QStringLiteral("note"), share.note},
            {QStringLiteral("active"), share.active()},
            {QStringLiteral("withdrawnAt"), share.withdrawnAt},
            {QStringLiteral("withdrawnBy"), share.withdrawnBy}};
}

QJsonObject toJson(const db::UserInfo& user)
{
    QJsonArray schools, pending;
    for (const QString& name : user.schoolNames)
        schools.append(name);
    for (const QString& name : user.pendingSchoolNames)
        pending.append(name);
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("uuid"), user.uuid},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("name"), user.displayName},
            {QStringLiteral("role"), db::roleId(user.role)},
            {QStringLiteral("active"), user.active},
            {QStringLiteral("schools"), schools},
            {QStringLiteral("pendingSchools"), pending},
            {QStringLiteral("mustChangePassword"), user.mustChangePassword},
            {QStringLiteral("createdAt"), user.createdAt}};
}

QJsonObject toJson(const db::PupilAccess& access)
{
    return {{QStringLiteral("at"), access.entry.at},
            {QStringLiteral("username"), access.entry.username},
            {QStringLiteral("role"), access.entry.role},
            {QStringLiteral("action"), access.entry.action},
            {QStringLiteral("pupil"), access.entry.pupilUuid},
            {QStringLiteral("lastName"), access.lastName},
            {QStringLiteral("firstName"), access.firstName},
            {QStringLiteral("detail"), access.entry.detail}};
}

} // namespace signaali::cli
