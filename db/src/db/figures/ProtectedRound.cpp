// Reading the summary and protecting it: the one place every figure passes.
#include "db/figures/ProtectedRound.h"

#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db::detail {

using protection::HierarchyProtection;
using protection::ProtectedBlock;
using protection::Suppression;

ProtectedRound::Needs ProtectedRound::needs(const FigureQuery& query, const QList<qint64>& schools)
{
    Needs needs;
    const bool grades = !query.grades.isEmpty();
    switch (query.breakdown) {
    case Breakdown::Municipality:
        needs.allGrades = grades;
        break;
    case Breakdown::MunicipalGrade:
        needs.allGrades = true;
        break;
    case Breakdown::School:
        if (grades)
            needs.gradeSchools = schools;
        // A funnel of schools around the municipality's chosen grades.
        needs.allGrades = grades && query.reference == Reference::Municipality;
        break;
    case Breakdown::Grade:
        needs.gradeSchools = schools;
        needs.allGrades = grades && query.reference == Reference::Municipality;
        break;
    case Breakdown::Class:
        needs.gradeSchools = schools;
        needs.classSchools = schools;
        needs.allGrades = grades && query.reference == Reference::Municipality;
        break;
    }
    return needs;
}

Outcome<Done> ProtectedRound::load(QSqlDatabase& db, const QString& instrumentId,
                                   const Needs& needs)
{
    QString error;
    // Domain and school ids as bound values: one placeholder each. The overall
    // level's id is the empty text, written out: a bound empty QString is NULL.
    auto marks = [](qsizetype count) {
        QStringList list;
        for (qsizetype i = 0; i < count; ++i)
            list << QStringLiteral("?");
        return list.join(QLatin1Char(','));
    };
    QStringList domainMarks;
    for (const DomainInfo& d : m_domains)
        domainMarks << (d.id.isEmpty() ? QStringLiteral("''") : QStringLiteral("?"));
    auto run = [&](QSqlQuery& query, const QString& table, const QString& columns,
                   const QList<qint64>& schools, const QString& groupBy) {
        query.setForwardOnly(true);
        const QString sql =
            QStringLiteral("SELECT %1 FROM %2 WHERE round_id = ? AND instrument_id = ? "
                           "AND domain_id IN (%3)%4%5")
                .arg(columns, table, domainMarks.join(QLatin1Char(',')),
                     schools.isEmpty()
                         ? QString()
                         : QStringLiteral(" AND school_id IN (%1)").arg(marks(schools.size())),
                     groupBy.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + groupBy);
        if (!query.prepare(sql)) {
            error = query.lastError().text();
            return false;
        }
        query.addBindValue(m_roundId);
        query.addBindValue(instrumentId);
        for (const DomainInfo& d : m_domains)
            if (!d.id.isEmpty())
                query.addBindValue(d.id);
        for (qint64 school : schools)
            query.addBindValue(school);
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
        return true;
    };
    // Columns from `first` on: gender, ok, watch, concern.
    auto counts = [](const QSqlQuery& query, int first) {
        protection::GroupCounts c;
        const int gender = genderColumn(query.value(first).toString()) - 1;
        if (gender < 0)
            return c;
        for (int level = 0; level < 3; ++level)
            c.counts[gender][level] = query.value(first + 1 + level).toLongLong();
        return c;
    };
    auto municipalityOf = [&](const QSqlQuery& query) {
        return m_labels.schoolMunicipality.value(query.value(1).toLongLong());
    };
    // Every school's totals come from the per-school table; the key order
    // (domain, school, gender, grade, class) makes the grade grouping a stream.
    QSqlQuery schools(db);
    if (!run(schools, QStringLiteral("school_summary"),
             QStringLiteral("domain_id, school_id, gender, ok, watch, concern"), {}, {}))
        return Refusal::databaseFailed(error);
    while (schools.next())
        hierarchy(municipalityOf(schools), schools.value(0).toString())
            .addSchool(schools.value(1).toLongLong(), counts(schools, 2));
    if (needs.allGrades || !needs.gradeSchools.isEmpty()) {
        QSqlQuery grades(db);
        if (!run(grades, QStringLiteral("group_summary"),
                 QStringLiteral("domain_id, school_id, gender, sum(ok), sum(watch), sum(concern), "
                                "grade"),
                 needs.allGrades ? QList<qint64>{} : needs.gradeSchools,
                 QStringLiteral("domain_id, school_id, gender, grade")))
            return Refusal::databaseFailed(error);
        while (grades.next())
            hierarchy(municipalityOf(grades), grades.value(0).toString())
                .addSchoolGrade(grades.value(1).toLongLong(), grades.value(6).toInt(),
                                counts(grades, 2));
    }
    if (!needs.classSchools.isEmpty()) {
        QSqlQuery classes(db);
        if (!run(
                classes, QStringLiteral("group_summary"),
                QStringLiteral("domain_id, school_id, gender, ok, watch, concern, grade, class_id"),
                needs.classSchools, {}))
            return Refusal::databaseFailed(error);
        while (classes.next())
            hierarchy(municipalityOf(classes), classes.value(0).toString())
                .addClass(classes.value(1).toLongLong(), classes.value(6).toInt(),
                          classes.value(7).toLongLong(), counts(classes, 2));
    }
    return Done{};
}

HierarchyProtection& ProtectedRound::hierarchy(qint64 municipality, const QString& domain)
{
    auto& slot = m_hierarchies[qMakePair(municipality, domain)];
    if (!slot)
        slot = std::make_shared<HierarchyProtection>(m_threshold);
    return *slot;
}

FigureRow ProtectedRound::row(const GroupKey& key, const QList<ProtectedBlock>& blocks,
                              int gender) const
{
    FigureRow row;
    row.roundId = m_roundId;
    row.roundName = m_roundName;
    row.group = key;
    const ProtectedBlock block = protection::sumOf(blocks);
    auto cell = [&](int measure) {
        const protection::ProtectedCell& c = block.at(gender, measure);
        return makeCell(c.value, c.suppression, c.published);
    };
    row.respondents = cell(0);
    for (int level = 0; level < 3; ++level) {
        row.levels[level] = cell(level + 1);
        addShare(row.levels[level], row.respondents);
    }
    return row;
}

void ProtectedRound::appendRows(
    QList<FigureRow>& rows, GroupKey key,
    const std::function<QList<ProtectedBlock>(HierarchyProtection&)>& blocks, qint64 municipality,
    const FigureQuery& query)
{
    const QStringList genders = requestedGenders(query);
    for (const DomainInfo& domain : m_domains) {
        const QList<ProtectedBlock> parts = blocks(hierarchy(municipality, domain.id));
        if (parts.isEmpty())
            continue;
        key.domainId = domain.id;
        key.domainTitle = domain.title;
        for (const QString& gender : genders) {
            key.gender = gender;
            rows << row(key, parts, genderColumn(gender));
        }
    }
}

QList<FigureRow> ProtectedRound::rows(const FigureQuery& query, const QList<qint64>& schools)
{
    QList<FigureRow> rows;
    auto wanted = [&](int grade) { return query.grades.isEmpty() || query.grades.contains(grade); };
    auto gradeLabel = [](int grade) {
        return grade == 0 ? QStringLiteral("(not recorded)") : QString::number(grade);
    };
    QList<qint64> municipalities;
    for (qint64 school : schools)
        if (!municipalities.contains(m_labels.schoolMunicipality.value(school)))
            municipalities << m_labels.schoolMunicipality.value(school);
    std::sort(municipalities.begin(), municipalities.end());

    switch (query.breakdown) {
    case Breakdown::Municipality:
        for (qint64 m : municipalities)
            appendRows(
                rows,
                GroupKey{
                    Breakdown::Municipality, m, m_labels.municipality(m), 0, {}, -1, {}, {}, {}},
                [&](HierarchyProtection& h) {
                    if (query.grades.isEmpty())
                        return QList<ProtectedBlock>{h.municipality()};
                    QList<ProtectedBlock> parts;
                    for (int grade : h.grades())
                        if (wanted(grade))
                            if (const auto block = h.municipalGrade(grade))
                                parts << *block;
                    return parts;
                },
                m, query);
        break;
    case Breakdown::MunicipalGrade:
        for (qint64 m : municipalities) {
            QList<int> grades;
            for (const DomainInfo& d : m_domains)
                for (int grade : hierarchy(m, d.id).grades())
                    if (wanted(grade) && !grades.contains(grade))
                        grades << grade;
            std::sort(grades.begin(), grades.end());
            for (int grade : grades)
                appendRows(
                    rows,
                    GroupKey{Breakdown::MunicipalGrade,
                             grade,
                             gradeLabel(grade),
                             0,
                             {},
                             grade,
                             {},
                             {},
                             {}},
                    [&](HierarchyProtection& h) {
                        const auto block = h.municipalGrade(grade);
                        return block ? QList<ProtectedBlock>{*block} : QList<ProtectedBlock>{};
                    },
                    m, query);
        }
        break;
    case Breakdown::School:
        for (qint64 s : schools)
            appendRows(
                rows,
                GroupKey{Breakdown::School,
                         s,
                         m_labels.schools.value(s),
                         s,
                         m_labels.schools.value(s),
                         -1,
                         {},
                         {},
                         {}},
                [&](HierarchyProtection& h) {
                    QList<ProtectedBlock> parts;
                    if (query.grades.isEmpty()) {
                        if (const auto block = h.school(s))
                            parts << *block;
                        return parts;
                    }
                    for (int grade : h.grades(s))
                        if (wanted(grade))
                            parts << *h.schoolGrade(s, grade);
                    return parts;
                },
                m_labels.schoolMunicipality.value(s), query);
        break;
    case Breakdown::Grade:
    case Breakdown::Class:
        for (qint64 s : schools) {
            const qint64 m = m_labels.schoolMunicipality.value(s);
            QList<int> grades;
            for (const DomainInfo& d : m_domains)
                for (int grade : hierarchy(m, d.id).grades(s))
                    if (wanted(grade) && !grades.contains(grade))
                        grades << grade;
            std::sort(grades.begin(), grades.end());
            for (int grade : grades) {
                GroupKey key{query.breakdown,
                             grade,
                             gradeLabel(grade),
                             s,
                             m_labels.schools.value(s),
                             grade,
                             {},
                             {},
                             {}};
                if (query.breakdown == Breakdown::Grade) {
                    appendRows(
                        rows, key,
                        [&](HierarchyProtection& h) {
                            const auto block = h.schoolGrade(s, grade);
                            return block ? QList<ProtectedBlock>{*block} : QList<ProtectedBlock>{};
                        },
                        m, query);
                    continue;
                }
                QList<qint64> classIds;
                for (const DomainInfo& d : m_domains)
                    for (qint64 c : hierarchy(m, d.id).classes(s, grade))
                        if (!classIds.contains(c))
                            classIds << c;
                std::sort(classIds.begin(), classIds.end(), [&](qint64 a, qint64 b) {
                    return m_labels.classes.value(a) < m_labels.classes.value(b);
                });
                for (qint64 c : classIds) {
                    key.groupId = c;
                    key.label = c == 0 ? QStringLiteral("(no class)") : m_labels.classes.value(c);
                    appendRows(
                        rows, key,
                        [&](HierarchyProtection& h) {
                            const auto block = h.schoolClass(s, grade, c);
                            return block ? QList<ProtectedBlock>{*block} : QList<ProtectedBlock>{};
                        },
                        m, query);
                }
            }
        }
        break;
    }
    return rows;
}

std::optional<FigureRow> ProtectedRound::municipalityRow(qint64 municipality,
                                                         const DomainInfo& domain,
                                                         const QString& gender,
                                                         const QList<int>& grades)
{
    HierarchyProtection& h = hierarchy(municipality, domain.id);
    QList<ProtectedBlock> parts;
    if (grades.isEmpty())
        parts << h.municipality();
    else
        for (int grade : h.grades())
            if (grades.contains(grade))
                if (const auto block = h.municipalGrade(grade))
                    parts << *block;
    if (parts.isEmpty())
        return std::nullopt;
    return row(GroupKey{Breakdown::Municipality,
                        municipality,
                        m_labels.municipality(municipality),
                        0,
                        {},
                        -1,
                        gender,
                        domain.id,
                        domain.title},
               parts, genderColumn(gender));
}

std::optional<FigureRow> ProtectedRound::schoolRow(qint64 school, const DomainInfo& domain,
                                                   const QString& gender, const QList<int>& grades)
{
    HierarchyProtection& h = hierarchy(m_labels.schoolMunicipality.value(school), domain.id);
    QList<ProtectedBlock> parts;
    for (int grade : h.grades(school))
        if (grades.isEmpty() || grades.contains(grade))
            parts << *h.schoolGrade(school, grade);
    if (parts.isEmpty())
        return std::nullopt;
    if (grades.isEmpty())
        parts = {*h.school(school)};
    return row(GroupKey{Breakdown::School, school, m_labels.schools.value(school), school,
                        m_labels.schools.value(school), -1, gender, domain.id, domain.title},
               parts, genderColumn(gender));
}

} // namespace signaali::db::detail
