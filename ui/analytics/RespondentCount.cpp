#include "RespondentCount.h"

#include "SmallGroupProtection.h"

namespace signaali::ui {

void RespondentCount::add(const db::FigureCell& respondents)
{
    ++m_groups;
    if (respondents.count)
        m_shown += *respondents.count;
    else if (respondents.suppression == protection::Suppression::SmallCount)
        ++m_small;
    else
        ++m_hidden;
}

QString RespondentCount::text() const
{
    const int small = protection::kSmallCount;
    if (m_shown == 0 && m_small == 1 && m_hidden == 0)
        return tr("fewer than %1 respondents").arg(small);
    QStringList parts;
    if (m_shown > 0 || (m_small == 0 && m_hidden == 0))
        parts << tr("%n respondent(s)", nullptr, static_cast<int>(m_shown));
    if (m_small > 0)
        parts << tr("%n group(s) of fewer than %1 respondents", nullptr, m_small).arg(small);
    if (m_hidden > 0)
        parts << tr("%n group(s) whose number of respondents is hidden", nullptr, m_hidden);
    if (parts.size() == 1)
        return parts.first();
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(tr(", ")), last);
}

} // namespace signaali::ui
