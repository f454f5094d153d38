#pragma once

#include "db/access/SignedInUser.h"
#include "db/figures/GroupFigures.h"

#include <QHash>
#include <QSqlDatabase>

namespace signaali::ui {

// What the dashboard's filters say.
struct DashboardChoice
{
    qint64 roundId = 0;
    qint64 schoolId = 0; // 0: every school the user sees
    int grade = -1;      // -1: every grade
    QString gender;      // "": all together
    QString domainId;    // db::kOverall or a domain
    Measure measure = Measure::Concern;
};

// The group a trend is drawn for.
struct TrendTarget
{
    db::Breakdown breakdown = db::Breakdown::Municipality;
    qint64 schoolId = 0;
    qint64 classId = 0;
    QString name;
};

// The dashboard's figures, read through GroupFigures and GroupTrends (which apply access rules
// and small-group protection) and kept per filter choice: one figures() query
// feeds the bars, the heat map and their tables, and switching tabs or going
// back to an earlier choice asks the database nothing new.
class DashboardData
{
public:
    DashboardData(QSqlDatabase& db, const db::SignedInUser& user) : m_db(db), m_user(user) {}

    // Reads the schools, rounds, grades and domains; false with error() when refused.
    bool load();
    const QList<std::pair<qint64, QString>>& schools() const { return m_schools; }
    const QList<std::pair<qint64, QString>>& rounds() const { return m_rounds; }
    const QList<int>& grades() const { return m_grades; }
    const QList<std::pair<QString, QString>>& domains() const { return m_domains; }
    int threshold() const { return m_threshold; }
    const db::SignedInUser& user() const { return m_user; }

    // Classes of the chosen school, or schools when every school is chosen.
    static db::Breakdown breakdown(const DashboardChoice& choice)
    {
        return choice.schoolId ? db::Breakdown::Class : db::Breakdown::School;
    }
    // Every domain, for the chosen round.
    const QList<db::FigureRow>* figures(const DashboardChoice& choice);
    std::optional<db::FunnelPlot> funnel(const DashboardChoice& choice, bool* ok);
    std::optional<db::TrendSeries> trend(const DashboardChoice& choice, const TrendTarget& target,
                                         bool* ok);
    // Schools' and classes' signals over the rounds up to the chosen one, most serious first.
    const QList<db::GroupSignal>* groupSignals(const DashboardChoice& choice);

    QString error() const { return m_error; }
    void clearCache();
    // Writes an export of a chart or table to the audit log.
    bool recordExport(const QString& what, QString* error);

private:
    db::FigureQuery baseQuery(const DashboardChoice& choice) const;
    QList<qint64> roundsUpTo(qint64 roundId) const;
    static QString key(const DashboardChoice& choice, bool domain);

    QSqlDatabase& m_db;
    db::SignedInUser m_user;
    QString m_error;
    int m_threshold = protection::kDefaultThreshold;
    QList<std::pair<qint64, QString>> m_schools;
    QList<std::pair<qint64, QString>> m_rounds;
    QList<int> m_grades;
    QList<std::pair<QString, QString>> m_domains; // id, title
    QHash<QString, QList<db::FigureRow>> m_figures;
    QHash<QString, std::optional<db::FunnelPlot>> m_funnels;
    QHash<QString, std::optional<db::TrendSeries>> m_trends;
    QHash<QString, QList<db::GroupSignal>> m_signals;
};

} // namespace signaali::ui
