#include "db/figures/ProtectedRoundCache.h"

#include "db/sql/SqlHelpers.h"
#include "db/sql/Transaction.h"

namespace signaali::db::detail {

namespace {
constexpr int kMaxRounds = 48; // a few dozen rounds of a municipality: some tens of MB at most

struct Cache
{
    QString stamp; // the database state the rounds were made from
    QHash<QString, std::shared_ptr<ProtectedRound>> rounds;
};

// Connections are used from one thread each (Qt SQL), so one cache per thread.
thread_local QHash<QString, Cache> caches;

QString databaseStamp(QSqlDatabase& db)
{
    const auto version = scalar(db, QStringLiteral("PRAGMA data_version"));
    const auto changes = scalar(db, QStringLiteral("SELECT total_changes()"));
    if (!version || !changes)
        return {};
    return version->toString() + QLatin1Char('/') + changes->toString();
}

QString ids(const QList<qint64>& list)
{
    QStringList parts;
    for (qint64 id : list)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString roundKey(const RoundRef& round, const CheckedQuery& checked, const QString& instrumentId,
                 const ProtectedRound::Needs& needs)
{
    QStringList domains;
    for (const DomainInfo& domain : checked.domains)
        domains << domain.id + QLatin1Char('=') + domain.title;
    return QStringList{QString::number(round.id),
                       round.name,
                       instrumentId,
                       QString::number(checked.threshold),
                       domains.join(QLatin1Char('|')),
                       needs.allGrades ? QStringLiteral("all") : QString(),
                       ids(needs.gradeSchools),
                       ids(needs.classSchools)}
        .join(QChar(0x1f));
}
} // namespace

Outcome<std::shared_ptr<ProtectedRound>> protectedRound(QSqlDatabase& db, const RoundRef& round,
                                                        const CheckedQuery& checked,
                                                        const QString& instrumentId,
                                                        const ProtectedRound::Needs& needs)
{
    Cache& cache = caches[db.connectionName()];
    const QString stamp = databaseStamp(db);
    if (stamp.isEmpty() || stamp != cache.stamp) {
        cache.rounds.clear();
        cache.stamp = stamp;
    }
    const QString key = roundKey(round, checked, instrumentId, needs);
    if (const auto found = cache.rounds.constFind(key); found != cache.rounds.constEnd())
        return std::shared_ptr<ProtectedRound>(*found);
    auto made = std::make_shared<ProtectedRound>(round.id, round.name, checked.domains,
                                                 checked.threshold, checked.labels);
    if (const auto loaded = made->load(db, instrumentId, needs); !loaded)
        return loaded.refusal;
    if (cache.rounds.size() >= kMaxRounds)
        cache.rounds.clear();
    // Inside a transaction the figures may include changes yet to be rolled back,
    // which total_changes() would not undo: such a round is not kept.
    if (!stamp.isEmpty() && !Transaction::isOpen(db))
        cache.rounds.insert(key, made);
    return std::shared_ptr<ProtectedRound>(std::move(made));
}

void clearProtectedRoundCache()
{
    caches.clear();
}

void forgetProtectedRounds(const QString& connectionName)
{
    caches.remove(connectionName);
}

} // namespace signaali::db::detail
