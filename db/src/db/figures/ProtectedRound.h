#pragma once

// Internal to GroupFigures and GroupTrends: reading the group summary and protecting it.

#include "core/HierarchyProtection.h"
#include "db/Outcome.h"
#include "db/figures/FigureCells.h"
#include "db/figures/GroupFigureLabels.h"

#include <QHash>
#include <functional>
#include <memory>

namespace signaali::db::detail {

// One round's summary counts, protected. Every figure a caller gets passes
// through here: this is the one place where small-group protection is applied.
class ProtectedRound
{
public:
    ProtectedRound(qint64 roundId, QString roundName, const QList<DomainInfo>& domains,
                   int threshold, const Labels& labels)
        : m_roundId(roundId), m_roundName(std::move(roundName)), m_domains(domains),
          m_threshold(threshold), m_labels(labels)
    {
    }
    // What a request reads beyond every school's totals (which the top table
    // needs): the grades of some schools or of all, and the classes of some.
    struct Needs
    {
        bool allGrades = false;
        QList<qint64> gradeSchools;
        QList<qint64> classSchools;
    };
    static Needs needs(const FigureQuery& query, const QList<qint64>& schools);
    Outcome<Done> load(QSqlDatabase& db, const QString& instrumentId, const Needs& needs);

    // The rows of `query.breakdown` for `schools` (already checked against the user).
    QList<FigureRow> rows(const FigureQuery& query, const QList<qint64>& schools);
    // The reference rows of a funnel plot: the municipality, or each school.
    std::optional<FigureRow> municipalityRow(qint64 municipality, const DomainInfo& domain,
                                             const QString& gender, const QList<int>& grades);
    std::optional<FigureRow> schoolRow(qint64 school, const DomainInfo& domain,
                                       const QString& gender, const QList<int>& grades);

    qint64 roundId() const { return m_roundId; }
    const QString& roundName() const { return m_roundName; }

private:
    protection::HierarchyProtection& hierarchy(qint64 municipality, const QString& domain);
    FigureRow row(const GroupKey& key, const QList<protection::ProtectedBlock>& blocks,
                  int gender) const;
    void appendRows(
        QList<FigureRow>& rows, GroupKey key,
        const std::function<QList<protection::ProtectedBlock>(protection::HierarchyProtection&)>&
            blocks,
        qint64 municipality, const FigureQuery& query);

    qint64 m_roundId;
    QString m_roundName;
    QList<DomainInfo> m_domains;
    int m_threshold;
    Labels m_labels; // a copy: a cached round outlives the request that made it
    QHash<QPair<qint64, QString>, std::shared_ptr<protection::HierarchyProtection>> m_hierarchies;
};

} // namespace signaali::db::detail
