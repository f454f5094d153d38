#include "analytics/DashboardData.h"

#include "db/admin/Organisation.h"
#include "db/figures/GroupTrends.h"

#include <QSet>

namespace signaali::ui {

bool DashboardData::load()
{
    clearCache();
    db::GroupFigures figures(m_db, m_user);
    const auto schools = figures.visibleSchools();
    if (!schools) {
        m_error = schools.error();
        return false;
    }
    m_schools = *schools;
    m_rounds.clear();
    const auto rounds = db::roundsFor(m_db, m_user);
    if (!rounds) {
        m_error = rounds.error();
        return false;
    }
    for (const db::RoundInfo& round : *rounds)
        m_rounds << std::make_pair(round.id, round.name);
    m_threshold = db::smallGroupThreshold(m_db);
    m_grades.clear();
    m_domains.clear();
    if (m_rounds.isEmpty() || m_schools.isEmpty())
        return true;
    // One grade breakdown of the latest round names the grades and the domains.
    db::FigureQuery query;
    query.roundIds = {m_rounds.last().first};
    query.breakdown = db::Breakdown::Grade;
    const auto rows = figures.figures(query);
    if (!rows) {
        m_error = rows.error();
        return false;
    }
    QSet<int> grades;
    for (const db::FigureRow& row : *rows) {
        grades.insert(row.group.grade);
        const auto domain = std::make_pair(row.group.domainId, row.group.domainTitle);
        if (!m_domains.contains(domain))
            m_domains << domain;
    }
    m_grades = QList<int>(grades.begin(), grades.end());
    std::sort(m_grades.begin(), m_grades.end());
    return true;
}

void DashboardData::clearCache()
{
    m_figures.clear();
    m_funnels.clear();
    m_trends.clear();
    m_signals.clear();
    m_error.clear();
}

QString DashboardData::key(const DashboardChoice& c, bool domain)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(c.roundId)
        .arg(c.schoolId)
        .arg(c.grade)
        .arg(c.gender, domain ? c.domainId : QString())
        .arg(domain ? measureId(c.measure) : QString());
}

QList<qint64> DashboardData::roundsUpTo(qint64 roundId) const
{
    QList<qint64> ids;
    for (const auto& [id, name] : m_rounds) {
        ids << id;
        if (id == roundId)
            break;
    }
    return ids;
}

db::FigureQuery DashboardData::baseQuery(const DashboardChoice& choice) const
{
    db::FigureQuery query;
    query.roundIds = {choice.roundId};
    if (choice.schoolId)
        query.schoolIds = {choice.schoolId};
    if (choice.grade >= 0)
        query.grades = {choice.grade};
    query.genders = {choice.gender};
    query.breakdown = breakdown(choice);
    query.measure = choice.measure;
    return query;
}

const QList<db::FigureRow>* DashboardData::figures(const DashboardChoice& choice)
{
    const QString k = key(choice, false);
    if (!m_figures.contains(k)) {
        db::GroupFigures figures(m_db, m_user);
        const auto rows = figures.figures(baseQuery(choice));
        if (!rows) {
            m_error = rows.error();
            return nullptr;
        }
        m_figures.insert(k, *rows);
    }
    return &m_figures[k];
}

std::optional<db::FunnelPlot> DashboardData::funnel(const DashboardChoice& choice, bool* ok)
{
    *ok = true;
    const QString k = key(choice, true);
    if (!m_funnels.contains(k)) {
        db::FigureQuery query = baseQuery(choice);
        query.domainIds = {choice.domainId};
        const auto plots = db::GroupTrends(m_db, m_user).funnels(query);
        if (!plots) {
            m_error = plots.error();
            *ok = false;
            return std::nullopt;
        }
        m_funnels.insert(k, plots->isEmpty() ? std::nullopt
                                             : std::optional<db::FunnelPlot>(plots->first()));
    }
    return m_funnels.value(k);
}

std::optional<db::TrendSeries> DashboardData::trend(const DashboardChoice& choice,
                                                    const TrendTarget& target, bool* ok)
{
    *ok = true;
    const QString k = key(choice, true) + QStringLiteral("|%1|%2|%3")
                                              .arg(static_cast<int>(target.breakdown))
                                              .arg(target.schoolId)
                                              .arg(target.classId);
    if (!m_trends.contains(k)) {
        db::FigureQuery query = baseQuery(choice);
        query.roundIds = roundsUpTo(choice.roundId);
        query.breakdown = target.breakdown;
        query.schoolIds = target.schoolId ? QList<qint64>{target.schoolId} : QList<qint64>{};
        query.domainIds = {choice.domainId};
        const auto series = db::GroupTrends(m_db, m_user).trends(query);
        if (!series) {
            m_error = series.error();
            *ok = false;
            return std::nullopt;
        }
        std::optional<db::TrendSeries> found;
        for (const db::TrendSeries& s : *series)
            if (target.breakdown != db::Breakdown::Class || s.group.groupId == target.classId)
                found = s;
        m_trends.insert(k, found);
    }
    return m_trends.value(k);
}

const QList<db::GroupSignal>* DashboardData::groupSignals(const DashboardChoice& choice)
{
    const QString k = key(choice, false) + measureId(choice.measure);
    if (!m_signals.contains(k)) {
        QList<db::GroupSignal> all;
        db::GroupTrends trends(m_db, m_user);
        for (db::Breakdown breakdown : {db::Breakdown::School, db::Breakdown::Class}) {
            db::FigureQuery query = baseQuery(choice);
            query.roundIds = roundsUpTo(choice.roundId);
            query.breakdown = breakdown;
            const auto list = trends.groupSignals(query);
            if (!list) {
                m_error = list.error();
                return nullptr;
            }
            all += *list;
        }
        std::stable_sort(
            all.begin(), all.end(),
            [](const db::GroupSignal& a, const db::GroupSignal& b) { return a.level > b.level; });
        m_signals.insert(k, all);
    }
    return &m_signals[k];
}

bool DashboardData::recordExport(const QString& what, QString* error)
{
    const auto recorded = db::GroupFigures(m_db, m_user).recordExport(what);
    if (recorded)
        return true;
    if (error)
        *error = recorded.error();
    return false;
}

} // namespace signaali::ui
