#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QDate>
#include <QSqlDatabase>
#include <optional>

namespace signaali::db {

// Where a pupil is with a screening: stable ids not_started, in_progress,
// completed, abandoned.
enum class ScreeningStatus { NotStarted, InProgress, Completed, Abandoned };
QString screeningStatusId(ScreeningStatus status);

// A stored weak signal, as the nurse sees it.
struct FlagView
{
    QString code;  // threshold.<domain>, critical.<item>, accumulation, change.<domain>
    QString level; // ok, watch, concern
    bool critical = false;
    QString reason; // the stored reason, in the language the pupil answered in
    bool handled = false;
    QString handledBy; // display name
    QString handledAt;
    QString handledNote;
};

// A domain's stored result.
struct DomainView
{
    QString domainId;
    QString title; // in the requested language
    std::optional<double> score;
    std::optional<double> percentOfMax; // the score as a share of the domain's range, 0-100
    QString band;
    QString level; // ok, watch, concern; empty when the domain could not be scored
    bool valid = false;
    // The domain holds a critical answer: its level is concern whatever the
    // score says, and criticalReason (the critical flag's reason) comes first.
    bool critical = false;
    QString criticalReason;
    QString scoredLevel; // the level of the score alone, as stored
};

struct OverviewColumn
{
    QString domainId;
    QString title;
};

struct OverviewRow
{
    qint64 pupilId = 0;
    QString pupilUuid;
    QString lastName;
    QString firstName;
    ScreeningStatus status = ScreeningStatus::NotStarted;
    qint64 responseId = 0; // 0: not started
    QString completedAt;
    QString level; // overall; empty when not completed
    bool critical = false;
    QList<DomainView> domains; // aligned with ClassOverview::columns; empty when not completed
    QList<FlagView> flags;
};

struct ClassOverview
{
    qint64 groupId = 0;
    QString groupName;
    qint64 schoolId = 0;
    QString schoolName;
    qint64 roundId = 0;
    QString roundName;
    QString instrumentId;
    QList<OverviewColumn> columns; // the instrument's domains, in its order
    QList<OverviewRow> rows;       // every pupil of the class, by name
    int completed = 0;
    int inProgress = 0;
    int notStarted = 0;
};

struct OverviewRequest
{
    qint64 groupId = 0;
    qint64 roundId = 0;
    QString instrumentId = QStringLiteral("signaali-youth");
    QString language = QStringLiteral("fi"); // for domain titles
};

// A class's pupils with their results in one round (nurse of the class's school).
// Every pupil listed is written to the audit log (view.class_overview).
Outcome<ClassOverview> classOverview(QSqlDatabase& db, const SignedInUser& user,
                                     const OverviewRequest& request,
                                     const Clock& clock = Clock::system());

// A list of who in the class has answered is about to be printed or saved:
// allowed while the user may see the class's pupils, and logged per pupil
// (export.answered_list) before anything is written.
Outcome<Done> recordAnsweredListExport(QSqlDatabase& db, const SignedInUser& user,
                                       const ClassOverview& overview,
                                       const Clock& clock = Clock::system());

// The classes of a school, for choosing one (not identified data; nurse of the school).
struct ClassInfo
{
    qint64 id = 0;
    QString name;
    std::optional<int> grade;
    int pupils = 0;
};
Outcome<QList<ClassInfo>> classesOf(QSqlDatabase& db, const SignedInUser& user, qint64 schoolId);

} // namespace signaali::db
