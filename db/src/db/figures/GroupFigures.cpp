#include "db/figures/GroupFigures.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/figures/FigureAccess.h"
#include "db/figures/ProtectedRound.h"
#include "db/figures/ProtectedRoundCache.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"

#include <QSqlError>

namespace signaali::db {

namespace {
const QStringList kBreakdownIds{QStringLiteral("class"), QStringLiteral("grade"),
                                QStringLiteral("school"), QStringLiteral("municipal-grade"),
                                QStringLiteral("municipality")};
} // namespace

QString breakdownId(Breakdown breakdown)
{
    return kBreakdownIds.value(static_cast<int>(breakdown));
}

std::optional<Breakdown> breakdownFromId(const QString& id)
{
    const auto index = kBreakdownIds.indexOf(id);
    if (index < 0)
        return std::nullopt;
    return static_cast<Breakdown>(index);
}

QString referenceId(Reference reference)
{
    return reference == Reference::School ? QStringLiteral("school")
                                          : QStringLiteral("municipality");
}

std::optional<Reference> referenceFromId(const QString& id)
{
    if (id == QLatin1String("school"))
        return Reference::School;
    if (id == QLatin1String("municipality"))
        return Reference::Municipality;
    return std::nullopt;
}

QString FigureCell::text() const
{
    return protection::cellText(suppression, count.value_or(0));
}

bool FigureRow::anyHidden() const
{
    return respondents.hidden() || std::any_of(levels.begin(), levels.end(),
                                               [](const FigureCell& c) { return c.hidden(); });
}

FigureCell FigureRow::measure(Measure m) const
{
    FigureCell cell;
    if (m == Measure::Concern) {
        cell = level(Level::Concern);
    } else {
        const FigureCell &watch = level(Level::Watch), &concern = level(Level::Concern);
        const FigureCell& ok = level(Level::Ok);
        if (watch.count && concern.count) {
            cell = detail::makeCell(*watch.count + *concern.count, protection::Suppression::None,
                                    {*watch.count + *concern.count, *watch.count + *concern.count});
        } else if (respondents.count && ok.count) {
            // Watch or concern hidden, but everything not ok is n - ok.
            const qint64 flagged = *respondents.count - *ok.count;
            cell = detail::makeCell(flagged, protection::Suppression::None, {flagged, flagged});
        } else {
            cell.suppression = protection::Suppression::Complementary;
            cell.published = {
                watch.published.low + concern.published.low,
                std::min(protection::kUnbounded, watch.published.high + concern.published.high)};
        }
    }
    cell.share.reset();
    cell.wilson.reset();
    detail::addShare(cell, respondents);
    return cell;
}

void GroupFigures::forgetProtectedRounds()
{
    detail::clearProtectedRoundCache();
}

Outcome<Done> GroupFigures::recordExport(const QString& what)
{
    if (const auto refusal = AccessRules(m_db).check(m_user, Permission::ViewAggregates))
        return *refusal;
    AuditLog log(m_db);
    if (const auto logged = log.append(m_user, audit::ExportFigures, {}, what); !logged)
        return logged.refusal;
    return Done{};
}

Outcome<QList<std::pair<qint64, QString>>> GroupFigures::visibleSchools()
{
    const auto schools = detail::FigureAccess(m_db, m_user).allowedSchools();
    if (!schools)
        return schools.refusal;
    const detail::Labels labels = detail::Labels::load(m_db);
    QList<std::pair<qint64, QString>> list;
    for (qint64 id : *schools)
        list << std::make_pair(id, labels.schools.value(id));
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    return list;
}

Outcome<QList<FigureRow>> GroupFigures::figures(const FigureQuery& query)
{
    const auto checked = detail::FigureAccess(m_db, m_user).check(query);
    if (!checked)
        return checked.refusal;
    QList<FigureRow> rows;
    for (const detail::RoundRef& round : checked->rounds) {
        const auto protectedRound =
            detail::protectedRound(m_db, round, *checked, query.instrumentId,
                                   detail::ProtectedRound::needs(query, checked->schools));
        if (!protectedRound)
            return protectedRound.refusal;
        rows += (*protectedRound)->rows(query, checked->schools);
    }
    return rows;
}

ExportTable GroupFigures::toTable(const QList<FigureRow>& rows, int threshold)
{
    ExportTable table;
    table.title = QStringLiteral("Figures");
    table.columns = {QStringLiteral("round"),
                     QStringLiteral("breakdown"),
                     QStringLiteral("school"),
                     QStringLiteral("grade"),
                     QStringLiteral("group"),
                     QStringLiteral("gender"),
                     QStringLiteral("domain"),
                     QStringLiteral("respondents"),
                     QStringLiteral("ok"),
                     QStringLiteral("watch"),
                     QStringLiteral("concern"),
                     QStringLiteral("ok_share"),
                     QStringLiteral("watch_share"),
                     QStringLiteral("concern_share"),
                     QStringLiteral("concern_low95"),
                     QStringLiteral("concern_high95"),
                     QStringLiteral("suppressed")};
    // A shown count is a number; a hidden one its published text ("1–4", "–").
    auto count = [](const FigureCell& cell) {
        return cell.count ? QVariant(*cell.count) : QVariant(cell.text());
    };
    auto share = [](const std::optional<double>& value) {
        return value ? QVariant(*value) : QVariant();
    };
    for (const FigureRow& row : rows) {
        const FigureCell& concern = row.level(Level::Concern);
        table.rows << QVariantList{
            row.roundName,
            breakdownId(row.group.breakdown),
            row.group.schoolName,
            row.group.grade >= 0 ? QVariant(row.group.grade) : QVariant(),
            row.group.label,
            row.group.gender.isEmpty() ? QStringLiteral("all") : row.group.gender,
            row.group.domainId.isEmpty() ? QStringLiteral("overall") : row.group.domainId,
            count(row.respondents),
            count(row.level(Level::Ok)),
            count(row.level(Level::Watch)),
            count(concern),
            share(row.level(Level::Ok).share),
            share(row.level(Level::Watch).share),
            share(concern.share),
            concern.wilson ? QVariant(concern.wilson->low) : QVariant(),
            concern.wilson ? QVariant(concern.wilson->high) : QVariant(),
            row.anyHidden() ? QStringLiteral("yes") : QStringLiteral("no")};
    }
    table.notes << QStringLiteral("Groups with fewer than %1 respondents are not broken down; "
                                  "counts from 1 to %2 are shown as 1\u2013%2; further counts "
                                  "are hidden (\u2013) where a hidden one could be recovered "
                                  "by subtraction.")
                       .arg(threshold)
                       .arg(protection::kSmallCount - 1);
    table.notes << QStringLiteral("Shares with 95 % Wilson intervals. Pupils count in the class, "
                                  "grade and school they were in when they answered.");
    return table;
}

int smallGroupThreshold(QSqlDatabase& db)
{
    const auto value =
        scalar(db, QStringLiteral("SELECT threshold FROM small_group_setting WHERE id = 1"));
    return value ? std::max(value->toInt(), protection::kMinimumThreshold)
                 : protection::kDefaultThreshold;
}

Outcome<Done> setSmallGroupThreshold(QSqlDatabase& db, const SignedInUser& user, int threshold)
{
    // An administrator's setting, not a coordinator's: the coordinator reads the
    // figures, and figures released at two thresholds can be compared cell by
    // cell to recover counts that each release alone hides.
    if (const auto refusal = AccessRules(db).check(user, Permission::ManageSchools))
        return Refusal::of(Refusal::Code::ThresholdAdminOnly);
    if (threshold < protection::kMinimumThreshold)
        return Refusal::of(
            Refusal::Code::ThresholdTooLow,
            {QString::number(threshold), QString::number(protection::kMinimumThreshold)});
    const int before = smallGroupThreshold(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Refusal::databaseFailed(transaction.error());
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO small_group_setting (id, threshold) VALUES (1, ?) "
                                  "ON CONFLICT (id) DO UPDATE SET threshold = excluded.threshold"),
                   {threshold}))
        return Refusal::databaseFailed(query.lastError().text());
    AuditLog log(db);
    if (const auto logged = log.append(user, audit::ThresholdChanged, {},
                                       QStringLiteral("from %1 to %2").arg(before).arg(threshold));
        !logged)
        return logged.refusal;
    if (!transaction.commit())
        return Refusal::databaseFailed(transaction.error());
    return Done{};
}

} // namespace signaali::db
