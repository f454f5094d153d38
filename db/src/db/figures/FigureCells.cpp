#include "db/figures/FigureCells.h"

namespace signaali::db::detail {

QStringList requestedGenders(const FigureQuery& query)
{
    if (!query.genders.isEmpty())
        return query.genders;
    return query.byGender ? QStringList{QString()} + kGenders : QStringList{QString()};
}

int genderColumn(const QString& gender)
{
    if (gender.isEmpty())
        return 0;
    const auto index = kGenders.indexOf(gender);
    return index < 0 ? -1 : static_cast<int>(index) + 1;
}

FigureCell makeCell(qint64 value, protection::Suppression suppression, protection::Bounds published)
{
    FigureCell cell;
    cell.suppression = suppression;
    cell.published = published;
    if (suppression == protection::Suppression::None)
        cell.count = value;
    return cell;
}

void addShare(FigureCell& count, const FigureCell& respondents)
{
    if (!count.count || !respondents.count || *respondents.count <= 0)
        return;
    count.share = static_cast<double>(*count.count) / static_cast<double>(*respondents.count);
    count.wilson = stats::wilsonInterval(*count.count, *respondents.count);
}

} // namespace signaali::db::detail
