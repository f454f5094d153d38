#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QDate>
#include <QSqlDatabase>

namespace signaali::db {

// Stable ids: pupil, guardian.
enum class ConsentFrom { Pupil, Guardian };
QString consentFromId(ConsentFrom from);
std::optional<ConsentFrom> consentFromFromId(const QString& id);

struct NewCaseShare
{
    qint64 pupilId = 0;
    qint64 memberUserId = 0; // a case team member
    ConsentFrom consentFrom = ConsentFrom::Guardian;
    QDate consentOn; // when the consent was given; not in the future
    QString note;
};

struct CaseShare
{
    qint64 id = 0;
    QString uuid;
    qint64 pupilId = 0;
    QString pupilUuid;
    QString lastName; // the pupil's
    QString firstName;
    qint64 memberUserId = 0;
    QString memberName;
    QString memberUsername;
    QString sharedBy;
    QString sharedAt;
    ConsentFrom consentFrom = ConsentFrom::Guardian;
    QDate consentOn;
    QString note;
    QString withdrawnAt; // empty while the share is active
    QString withdrawnBy;
    bool active() const { return withdrawnAt.isEmpty(); }
};

// Sharing a pupil's case with a case team member, with consent, and
// withdrawing it; each share, withdrawal and read is audited.
class CaseShares
{
public:
    explicit CaseShares(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // Nurse of the pupil's school; the member must be an active case team account.
    // Sharing again with the same member while a share is active is refused.
    Outcome<qint64> share(const SignedInUser& nurse, const NewCaseShare& share);
    // Takes the access away at once; the share stays in the history.
    Outcome<Done> withdrawShare(const SignedInUser& nurse, qint64 shareId);
    // A nurse: the shares of one pupil (pupilId) or of all her pupils (0).
    // A case team member: the cases shared with them (active only).
    Outcome<QList<CaseShare>> shares(const SignedInUser& user, qint64 pupilId = 0,
                                     bool includeWithdrawn = true);

private:
    QSqlDatabase& m_db;
    const Clock& m_clock;
};

} // namespace signaali::db
