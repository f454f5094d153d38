#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"
#include "db/workspace/ClassOverview.h"

#include <QSqlDatabase>

namespace signaali::db {

// Why a result is on the attention list, most urgent first. Stable ids:
// critical, concern, change, accumulation.
enum class AttentionKind { Critical, Concern, Change, Accumulation };
QString attentionKindId(AttentionKind kind);

// One pupil's latest result of an instrument that needs the nurse's attention.
struct AttentionItem
{
    AttentionKind kind = AttentionKind::Concern; // the most urgent of its flags
    qint64 pupilId = 0;
    QString pupilUuid;
    QString lastName;
    QString firstName;
    QString schoolName;
    QString className;
    qint64 responseId = 0;
    QString roundName;
    QString instrumentId;
    QString completedAt;   // the date the flags were raised
    QString level;         // overall
    QList<FlagView> flags; // the flags that put it here, most urgent first, with their reasons
    bool handled = false;  // every listed flag has been marked handled
    // A critical answer given in a questionnaire the pupil has not finished
    // (in progress or abandoned): no result yet, `completedAt` is when it was given.
    bool unfinished = false;
};

struct AttentionRequest
{
    qint64 schoolId = 0; // 0: all the nurse's schools
    bool includeHandled = false;
    int limit = 500;
};

// Across the nurse's schools, each pupil's latest completed result per
// instrument that has a critical, concern, change or accumulation flag:
// critical first, then concern, change and accumulation; newest first within
// each. Watch-level threshold flags alone do not list a pupil. Every critical
// answer not yet handled is listed too, from the moment it was given, whether
// or not its questionnaire was finished and whichever round it was in.
// Audited per pupil.
Outcome<QList<AttentionItem>> attentionList(QSqlDatabase& db, const SignedInUser& user,
                                            const AttentionRequest& request = {},
                                            const Clock& clock = Clock::system());

// Records that the nurse has handled these flags of a response (all of its
// flags and critical answers when `codes` is empty): who and when. Handling
// twice keeps the first record. A critical answer and the critical flag it was
// scored into share their code, so handling one handles both.
Outcome<Done> markFlagsHandled(QSqlDatabase& db, const SignedInUser& user, qint64 responseId,
                               const QStringList& codes = {}, const QString& note = {},
                               const Clock& clock = Clock::system());

} // namespace signaali::db
