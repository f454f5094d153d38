#pragma once

#include "core/GroupSignals.h"
#include "core/GroupStatistics.h"
#include "core/Level.h"
#include "core/SmallGroupProtection.h"
#include "core/TableExport.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>
#include <QStringList>
#include <array>
#include <optional>

// Group and trend figures for dashboards and exports. Every figure is read from
// the group summary (docs/analytics.md) and goes through small-group protection
// here, so no caller can reach an unprotected aggregate.
namespace signaali::db {

// The groups figures are broken down by. A questionnaire counts where the pupil
// was when completing it (school, grade, class, gender): history does not move
// when a pupil later changes class.
enum class Breakdown {
    Class,          // per class of each chosen school (pupils without a class form one group)
    Grade,          // per grade of each chosen school
    School,         // per chosen school
    MunicipalGrade, // per grade across the whole municipality
    Municipality,   // the whole municipality
};
QString breakdownId(Breakdown breakdown); // class, grade, school, municipal-grade, municipality
std::optional<Breakdown> breakdownFromId(const QString& id);

// What classes and schools are compared with in funnel plots and funnel signals.
enum class Reference { School, Municipality };
QString referenceId(Reference reference);
std::optional<Reference> referenceFromId(const QString& id);

inline const QString kOverall = QString(); // the domain id of the overall level
inline const QStringList kGenders{QStringLiteral("female"), QStringLiteral("male"),
                                  QStringLiteral("other")}; // other: other or not recorded

struct FigureQuery
{
    // Required. figures(), funnels(): rows for each round; trends(), groupSignals():
    // the rounds of the trend (time order is taken from the rounds' start dates).
    QList<qint64> roundIds;
    // Empty: every school the user may see.
    QList<qint64> schoolIds;
    // Empty: every grade; 0 is "grade not recorded". With the School or Municipality
    // breakdown a grade filter gives those grades together.
    QList<int> grades;
    // Gender rows: "" (all together), "female", "male", "other". Empty: {""}, or
    // {"", "female", "male", "other"} with byGender.
    QStringList genders;
    Breakdown breakdown = Breakdown::School;
    bool byGender = false;
    QString instrumentId = QStringLiteral("signaali-youth");
    // Empty: the overall level (kOverall) and every domain of the instrument.
    QStringList domainIds;
    Reference reference = Reference::Municipality; // funnels, funnel signals
    Measure measure = Measure::WatchOrConcern;     // funnels, trends, signals
};

// Which group a row is about.
struct GroupKey
{
    Breakdown breakdown = Breakdown::School;
    qint64 groupId = 0;  // class id (0: no class), school id, grade, or municipality id
    QString label;       // "8B", "Keskuskoulu", "8", "Demola"
    qint64 schoolId = 0; // 0 for municipal groups
    QString schoolName;
    int grade = -1;   // -1: every grade; 0: not recorded
    QString gender;   // "" all together, or female, male, other
    QString domainId; // kOverall or a domain of the instrument
    QString domainTitle;
};

// One count of the protected table, as the reader may see it.
struct FigureCell
{
    std::optional<qint64> count; // empty when hidden
    protection::Suppression suppression = protection::Suppression::None;
    protection::Bounds published;          // exact when shown; "1–4" for a small count
    std::optional<double> share;           // count / respondents, when both are shown
    std::optional<stats::Interval> wilson; // 95 % Wilson interval of the share
    bool hidden() const { return !count.has_value(); }
    QString text() const; // "12", "1–4", or "–"
};

struct FigureRow
{
    qint64 roundId = 0;
    QString roundName;
    GroupKey group;
    FigureCell respondents;           // questionnaires with a level in this domain
    std::array<FigureCell, 3> levels; // indexed by Level: ok, watch, concern
    const FigureCell& level(Level l) const { return levels[static_cast<int>(l)]; }
    bool anyHidden() const;
    // The measure's count when it can be read from shown cells (watch or concern
    // may be n minus ok), and its share with the Wilson interval.
    FigureCell measure(Measure m) const;
};

struct TrendSeries
{
    GroupKey group;
    QList<FigureRow> rounds; // in time order, one per round (a round without data has n 0)
    // Over the rounds whose measure is shown; empty with fewer than three.
    std::optional<stats::TrendTest> test;
};

struct FunnelPoint
{
    GroupKey group;
    FigureCell respondents;
    FigureCell count; // of the measure; hidden points are listed but not placed
    std::optional<stats::FunnelPosition> position;
};

// One funnel plot: the groups of one round, domain and gender against one reference.
struct FunnelPlot
{
    qint64 roundId = 0;
    QString roundName;
    QString domainId;
    QString domainTitle;
    QString gender;
    Measure measure = Measure::WatchOrConcern;
    Reference reference = Reference::Municipality;
    GroupKey referenceGroup;
    qint64 referenceCount = 0;
    qint64 referenceRespondents = 0;
    double referenceShare = 0;
    QList<FunnelPoint> points;
    // Limits from the smallest to the largest group, for drawing the funnel.
    QList<stats::FunnelLimits> limits;
};

struct GroupSignal
{
    enum class Kind { Funnel, Trend };
    Kind kind = Kind::Funnel;
    Level level = Level::Watch; // watch: beyond 95 % (p < 0.025); concern: 99.8 % (p < 0.001)
    qint64 roundId = 0;         // the round of the funnel, or the latest round of the trend
    QString roundName;
    GroupKey group;
    Measure measure = Measure::WatchOrConcern;
    double share = 0;
    QString reason; // translated (context "GroupSignals")
};

// Group figures of rounds as `user` may see them (over time and against a
// reference: GroupTrends). Refused for admin and case-team users, for a school
// outside a nurse's or welfare group's own schools, and for bad queries; the
// refusal names the field.
class GroupFigures
{
public:
    GroupFigures(QSqlDatabase& db, const SignedInUser& user) : m_db(db), m_user(user) {}

    Outcome<QList<FigureRow>> figures(const FigureQuery& query);

    // The schools this user may see figures of (id, name).
    Outcome<QList<std::pair<qint64, QString>>> visibleSchools();

    // The protected table as it is exported (CSV, XLSX).
    static ExportTable toTable(const QList<FigureRow>& rows, int threshold);
    // Writes an export of figures (a chart or a table: `what`, never a pupil) to
    // the audit log; refused when the user may not see figures.
    Outcome<Done> recordExport(const QString& what);

    // Protected rounds are kept while the database is unchanged (see
    // ProtectedRoundCache.h); this forgets them, for benchmarks of a cold start.
    static void forgetProtectedRounds();

private:
    QSqlDatabase& m_db;
    const SignedInUser& m_user;
};

// The small-group threshold of this database (default 10).
int smallGroupThreshold(QSqlDatabase& db);
// An administrator may change it (audited); below 5 is refused. Changes nothing when refused.
Outcome<Done> setSmallGroupThreshold(QSqlDatabase& db, const SignedInUser& user, int threshold);

} // namespace signaali::db
