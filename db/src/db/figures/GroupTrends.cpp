#include "db/figures/GroupTrends.h"

#include "db/figures/FigureAccess.h"
#include "db/figures/ProtectedRound.h"
#include "db/figures/ProtectedRoundCache.h"

#include <QMap>
#include <cmath>

namespace signaali::db {

namespace {
QString seriesKey(const GroupKey& g)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(static_cast<int>(g.breakdown))
        .arg(g.groupId)
        .arg(g.schoolId)
        .arg(g.grade)
        .arg(g.gender, g.domainId);
}

FigureRow emptyRow(const detail::RoundRef& round, const GroupKey& group)
{
    FigureRow row;
    row.roundId = round.id;
    row.roundName = round.name;
    row.group = group;
    row.respondents = detail::makeCell(0, protection::Suppression::None, {0, 0});
    for (FigureCell& level : row.levels)
        level = detail::makeCell(0, protection::Suppression::None, {0, 0});
    return row;
}

// How the group is named in a reason: "Keskuskoulu 8B", "Keskuskoulu, grade 8".
QString groupName(const GroupKey& g)
{
    switch (g.breakdown) {
    case Breakdown::Class:
        return QStringLiteral("%1 %2").arg(g.schoolName, g.label);
    case Breakdown::Grade:
        return QStringLiteral("%1, %2").arg(g.schoolName, GroupSignalRules::gradeText(g.grade));
    case Breakdown::MunicipalGrade:
        return GroupSignalRules::gradeText(g.grade);
    case Breakdown::School:
    case Breakdown::Municipality:
        break;
    }
    return g.label;
}

QList<stats::TrendPoint> trendPoints(const TrendSeries& series, Measure measure)
{
    QList<stats::TrendPoint> points;
    for (int r = 0; r < series.rounds.size(); ++r) {
        const FigureRow& row = series.rounds[r];
        const FigureCell count = row.measure(measure);
        // Only what is shown goes into the test, so its result reveals nothing hidden.
        if (row.respondents.count && count.count && *row.respondents.count > 0)
            points << stats::TrendPoint{*count.count, *row.respondents.count,
                                        static_cast<double>(r)};
    }
    return points;
}

QList<stats::FunnelLimits> limitCurve(qint64 smallest, qint64 largest, double target)
{
    // Enough points for a smooth funnel; geometric, as the funnel narrows fastest at small n.
    constexpr int kSteps = 40;
    QList<stats::FunnelLimits> curve;
    const double from = static_cast<double>(std::max<qint64>(1, smallest));
    const double to = static_cast<double>(std::max<qint64>(largest, smallest + 1));
    qint64 previous = 0;
    for (int i = 0; i <= kSteps; ++i) {
        const auto n =
            static_cast<qint64>(std::llround(from * std::pow(to / from, double(i) / kSteps)));
        if (n == previous)
            continue;
        curve << stats::funnelLimits(n, target);
        previous = n;
    }
    return curve;
}
} // namespace

Outcome<QList<TrendSeries>> GroupTrends::trends(const FigureQuery& query)
{
    const auto checked = detail::FigureAccess(m_db, m_user).check(query);
    if (!checked)
        return checked.refusal;
    QList<QString> order;
    QHash<QString, TrendSeries> series;
    for (int r = 0; r < checked->rounds.size(); ++r) {
        const detail::RoundRef& round = checked->rounds[r];
        const auto loaded =
            detail::protectedRound(m_db, round, *checked, query.instrumentId,
                                   detail::ProtectedRound::needs(query, checked->schools));
        if (!loaded)
            return loaded.refusal;
        const std::shared_ptr<detail::ProtectedRound>& protectedRound = *loaded;
        for (const FigureRow& row : protectedRound->rows(query, checked->schools)) {
            const QString key = seriesKey(row.group);
            if (!series.contains(key)) {
                order << key;
                TrendSeries s;
                s.group = row.group;
                for (int earlier = 0; earlier < r; ++earlier)
                    s.rounds << emptyRow(checked->rounds[earlier], row.group);
                series.insert(key, s);
            }
            series[key].rounds << row;
        }
        for (TrendSeries& s : series)
            if (s.rounds.size() < r + 1)
                s.rounds << emptyRow(round, s.group);
    }
    QList<TrendSeries> list;
    for (const QString& key : order) {
        TrendSeries s = series.value(key);
        const QList<stats::TrendPoint> points = trendPoints(s, query.measure);
        if (points.size() >= GroupSignalRules::kMinimumTrendRounds)
            s.test = stats::trendTest(points);
        list << s;
    }
    return list;
}

Outcome<QList<FunnelPlot>> GroupTrends::funnels(const FigureQuery& query)
{
    if (query.breakdown != Breakdown::Class && query.breakdown != Breakdown::Grade &&
        query.breakdown != Breakdown::School) {
        return Refusal::of(Refusal::Code::FunnelBreakdown);
    }
    if (query.reference == Reference::School && query.breakdown == Breakdown::School) {
        return Refusal::of(Refusal::Code::FunnelReference);
    }
    const auto checked = detail::FigureAccess(m_db, m_user).check(query);
    if (!checked)
        return checked.refusal;
    QList<FunnelPlot> plots;
    for (const detail::RoundRef& round : checked->rounds) {
        const auto loaded =
            detail::protectedRound(m_db, round, *checked, query.instrumentId,
                                   detail::ProtectedRound::needs(query, checked->schools));
        if (!loaded)
            return loaded.refusal;
        const std::shared_ptr<detail::ProtectedRound>& protectedRound = *loaded;
        // One plot per domain, gender and reference group, in the order the rows come.
        QList<QString> order;
        QHash<QString, QList<FigureRow>> groups;
        for (const FigureRow& row : protectedRound->rows(query, checked->schools)) {
            const qint64 reference =
                query.reference == Reference::School
                    ? row.group.schoolId
                    : checked->labels.schoolMunicipality.value(row.group.schoolId);
            const QString key =
                QStringLiteral("%1|%2|%3").arg(row.group.domainId, row.group.gender).arg(reference);
            if (!groups.contains(key))
                order << key;
            groups[key] << row;
        }
        for (const QString& key : order) {
            const QList<FigureRow>& rows = groups[key];
            const GroupKey& first = rows.first().group;
            const auto domain =
                std::find_if(checked->domains.begin(), checked->domains.end(),
                             [&](const detail::DomainInfo& d) { return d.id == first.domainId; });
            const std::optional<FigureRow> reference =
                query.reference == Reference::School
                    ? protectedRound->schoolRow(first.schoolId, *domain, first.gender, query.grades)
                    : protectedRound->municipalityRow(
                          checked->labels.schoolMunicipality.value(first.schoolId), *domain,
                          first.gender, query.grades);
            if (!reference)
                continue;
            const FigureCell referenceCount = reference->measure(query.measure);
            // A hidden reference share cannot be drawn without revealing it.
            if (!referenceCount.count || !reference->respondents.count ||
                *reference->respondents.count <= 0)
                continue;
            FunnelPlot plot;
            plot.roundId = round.id;
            plot.roundName = round.name;
            plot.domainId = first.domainId;
            plot.domainTitle = first.domainTitle;
            plot.gender = first.gender;
            plot.measure = query.measure;
            plot.reference = query.reference;
            plot.referenceGroup = reference->group;
            plot.referenceCount = *referenceCount.count;
            plot.referenceRespondents = *reference->respondents.count;
            plot.referenceShare =
                static_cast<double>(plot.referenceCount) / plot.referenceRespondents;
            qint64 smallest = 0, largest = 0;
            for (const FigureRow& row : rows) {
                FunnelPoint point{row.group, row.respondents, row.measure(query.measure), {}};
                if (point.respondents.count && point.count.count && *point.respondents.count > 0) {
                    const qint64 n = *point.respondents.count;
                    point.position = stats::funnelPosition(
                        *point.count.count, n, stats::funnelLimits(n, plot.referenceShare));
                    smallest = smallest == 0 ? n : std::min(smallest, n);
                    largest = std::max(largest, n);
                }
                plot.points << point;
            }
            if (largest > 0)
                plot.limits = limitCurve(smallest, largest, plot.referenceShare);
            plots << plot;
        }
    }
    return plots;
}

Outcome<QList<GroupSignal>> GroupTrends::groupSignals(const FigureQuery& query)
{
    QList<GroupSignal> list;
    FigureQuery latest = query;
    if (query.breakdown == Breakdown::Class || query.breakdown == Breakdown::Grade ||
        query.breakdown == Breakdown::School) {
        const auto checked = detail::FigureAccess(m_db, m_user).check(query);
        if (!checked)
            return checked.refusal;
        latest.roundIds = {checked->rounds.last().id};
        const auto plots = funnels(latest);
        if (!plots)
            return plots.refusal;
        for (const FunnelPlot& plot : *plots)
            for (const FunnelPoint& point : plot.points) {
                if (!point.position)
                    continue;
                const auto level = GroupSignalRules::funnelLevel(*point.position);
                if (!level)
                    continue;
                const qint64 n = *point.respondents.count, count = *point.count.count;
                GroupSignal signal;
                signal.kind = GroupSignal::Kind::Funnel;
                signal.level = *level;
                signal.roundId = plot.roundId;
                signal.roundName = plot.roundName;
                signal.group = point.group;
                signal.measure = plot.measure;
                signal.share = static_cast<double>(count) / static_cast<double>(n);
                signal.reason = GroupSignalRules::funnelReason(
                    groupName(point.group), point.group.domainTitle, plot.measure, count, n,
                    stats::funnelLimits(n, plot.referenceShare), *point.position,
                    plot.reference == Reference::Municipality, plot.referenceGroup.label);
                list << signal;
            }
    }
    const auto series = trends(query);
    if (!series)
        return series.refusal;
    for (const TrendSeries& s : *series) {
        if (!s.test)
            continue;
        const QList<stats::TrendPoint> points = trendPoints(s, query.measure);
        const auto level = GroupSignalRules::trendLevel(points, *s.test);
        if (!level)
            continue;
        GroupSignal signal;
        signal.kind = GroupSignal::Kind::Trend;
        signal.level = *level;
        signal.roundId = s.rounds.last().roundId;
        signal.roundName = s.rounds.last().roundName;
        signal.group = s.group;
        signal.measure = query.measure;
        signal.share = static_cast<double>(points.last().count) / points.last().n;
        signal.reason = GroupSignalRules::trendReason(groupName(s.group), s.group.domainTitle,
                                                      query.measure, points, *s.test);
        list << signal;
    }
    // The most serious first; then as the groups came.
    std::stable_sort(list.begin(), list.end(),
                     [](const GroupSignal& a, const GroupSignal& b) { return a.level > b.level; });
    return list;
}

} // namespace signaali::db
