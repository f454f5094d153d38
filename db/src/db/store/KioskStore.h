#pragma once

#include "core/Instrument.h"
#include "db/Outcome.h"
#include "db/kiosk/GroupInfo.h"
#include "db/kiosk/KioskPupil.h"

#include <QDate>
#include <QSqlDatabase>

namespace signaali::db {

// What the screening kiosk reads and writes: a class's pupils with their
// status for one round and set of instruments.
class KioskStore
{
public:
    explicit KioskStore(QSqlDatabase& db) : m_db(db) {}

    QList<GroupInfo> groups(qint64 schoolId);
    QList<KioskPupil> pupils(qint64 groupId, qint64 roundId,
                             const QList<const Instrument*>& instruments);

    // The one-time check-in code of every pupil in the group for the round,
    // made (from a cryptographic random source) where missing. Pairs of pupil id and code.
    Outcome<QList<std::pair<qint64, QString>>> checkInCodes(qint64 groupId, qint64 roundId,
                                                            const QString& createdAt);
    // The pupil of the group whose code this is for the round (case and spaces
    // ignored); NotFound when it is nobody's.
    Outcome<qint64> pupilForCode(qint64 groupId, qint64 roundId, const QString& code);
    // Per pupil of the group, the critical answers of the round not yet handled.
    QHash<qint64, QStringList> unhandledCriticalCodes(qint64 groupId, qint64 roundId);

private:
    QSqlDatabase& m_db;
};

} // namespace signaali::db
