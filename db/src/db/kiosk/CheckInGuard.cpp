#include "db/kiosk/CheckInGuard.h"

#include "db/sql/SqlHelpers.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace signaali::db {

std::optional<int> CheckInGuard::pupilWait(int failures)
{
    if (failures >= kPupilLockAt)
        return std::nullopt;
    if (failures <= kPupilFree)
        return 0;
    return 30 << (failures - kPupilFree - 1); // 30 s, then 60 s
}

std::optional<int> CheckInGuard::kioskWait(int failures)
{
    if (failures >= kKioskLockAt)
        return std::nullopt;
    if (failures <= kKioskFree)
        return 0;
    // 30 s doubling to five minutes: a class's typos cost little, guessing a lot.
    return std::min(30 << std::min(failures - kKioskFree - 1, 4), 300);
}

Outcome<CheckInGuard::State> CheckInGuard::stateOf(const QString& where,
                                                   std::initializer_list<QVariant> values,
                                                   std::optional<int> (*wait)(int))
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("SELECT count(*), max(at) FROM kiosk_checkin_failure WHERE ") +
                       where,
                   values) ||
        !query.next())
        return Refusal::databaseFailed(query.lastError().text());
    const int failures = query.value(0).toInt();
    const std::optional<int> seconds = wait(failures);
    if (!seconds)
        return State{true, 0};
    if (*seconds == 0)
        return State{};
    const QDateTime last = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    const qint64 waited = last.isValid() ? last.msecsTo(m_clock.nowUtc()) : 0;
    const qint64 left = qint64(*seconds) * 1000 - std::max<qint64>(waited, 0);
    return State{false, left <= 0 ? 0 : static_cast<int>((left + 999) / 1000)};
}

Outcome<CheckInGuard::State> CheckInGuard::kioskState(qint64 groupId, qint64 roundId)
{
    return stateOf(QStringLiteral("group_id = ? AND round_id = ? AND kiosk_cleared = 0"),
                   {groupId, roundId}, &kioskWait);
}

Outcome<CheckInGuard::State> CheckInGuard::pupilState(qint64 pupilId, qint64 roundId)
{
    return stateOf(QStringLiteral("pupil_id = ? AND round_id = ? AND pupil_cleared = 0"),
                   {pupilId, roundId}, &pupilWait);
}

Outcome<CheckInGuard::State> CheckInGuard::state(qint64 groupId, qint64 roundId, qint64 pupilId)
{
    const auto kiosk = kioskState(groupId, roundId);
    if (!kiosk || kiosk->locked || pupilId == 0)
        return kiosk;
    const auto pupil = pupilState(pupilId, roundId);
    if (!pupil || pupil->locked)
        return pupil;
    return State{false, std::max(kiosk->waitSeconds, pupil->waitSeconds)};
}

Outcome<Done> CheckInGuard::recordFailure(qint64 nurseId, qint64 groupId, qint64 roundId,
                                          std::optional<qint64> pupilId)
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO kiosk_checkin_failure "
                                  "(at, nurse_id, group_id, round_id, pupil_id) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {m_clock.nowUtc().toString(Qt::ISODateWithMs), nurseId, groupId, roundId,
                    pupilId ? QVariant(*pupilId) : QVariant()}))
        return Refusal::databaseFailed(query.lastError().text());
    return Done{};
}

Outcome<Done> CheckInGuard::clearPupil(qint64 pupilId, qint64 roundId)
{
    QSqlQuery query(m_db);
    if (!execBound(query,
                   QStringLiteral("UPDATE kiosk_checkin_failure SET pupil_cleared = 1 "
                                  "WHERE pupil_id = ? AND round_id = ? AND pupil_cleared = 0"),
                   {pupilId, roundId}))
        return Refusal::databaseFailed(query.lastError().text());
    return Done{};
}

Outcome<Done> CheckInGuard::clearKiosk(qint64 groupId, qint64 roundId)
{
    QSqlQuery query(m_db);
    // The pupils of the class are cleared with it: the nurse has seen who is at the kiosk.
    if (!execBound(query,
                   QStringLiteral("UPDATE kiosk_checkin_failure SET kiosk_cleared = 1, "
                                  "pupil_cleared = 1 WHERE round_id = ? AND (group_id = ? OR "
                                  "pupil_id IN (SELECT pupil_id FROM group_member "
                                  "WHERE group_id = ?)) AND (kiosk_cleared = 0 OR "
                                  "pupil_cleared = 0)"),
                   {roundId, groupId, groupId}))
        return Refusal::databaseFailed(query.lastError().text());
    return Done{};
}

} // namespace signaali::db
