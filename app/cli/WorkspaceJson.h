#pragma once

#include "db/access/AuditLog.h"
#include "db/admin/UserAdmin.h"
#include "db/workspace/AttentionList.h"
#include "db/workspace/CaseShares.h"
#include "db/workspace/CaseStore.h"
#include "db/workspace/ClassOverview.h"
#include "db/workspace/FlagOutcomes.h"
#include "db/workspace/PupilProfile.h"

#include <QJsonArray>
#include <QJsonObject>

// The workspace's results as the CLI prints them (camelCase keys, stable ids).
namespace signaali::cli {

QJsonObject toJson(const db::FlagView& flag);
QJsonObject toJson(const db::DomainView& domain);
QJsonObject toJson(const db::OverviewColumn& column);
QJsonObject toJson(const db::OverviewRow& row);
QJsonObject toJson(const db::AnswerView& answer);
QJsonObject toJson(const db::HistoryPoint& point);
QJsonObject toJson(const db::ProfileInstrument& section);
QJsonObject toJson(const db::ClassOverview& overview);
QJsonObject toJson(const db::AttentionItem& item);
QJsonObject toJson(const db::HandledFlagOutcome& outcome);
QJsonObject toJson(const db::OpenCriticalAnswer& answer);
QJsonObject toJson(const db::PupilProfile& profile);
QJsonObject toJson(const db::CaseAction& action);
QJsonObject toJson(const db::FollowUp& followUp);
QJsonObject toJson(const db::CaseShare& share);
QJsonObject toJson(const db::UserInfo& user);
QJsonObject toJson(const db::PupilAccess& access);

template <typename T> QJsonArray toJsonArray(const QList<T>& list)
{
    QJsonArray array;
    for (const T& item : list)
        array.append(toJson(item));
    return array;
}

} // namespace signaali::cli
