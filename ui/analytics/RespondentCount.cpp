#include "analytics/RespondentCount.h"

#include "core/SmallGroupProtection.h"

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

QString RespondentCount::basedOn() const
{
    const int small = protection::kSmallCount;
    const int shownGroups = m_groups - m_small - m_hidden;
    QString text;
    if (shownGroups > 0 || m_groups == 0)
        text = tr("Based on %1 in %n group(s)", nullptr, shownGroups)
                   .arg(m_shown == 0 ? tr("no respondents")
                                     : tr("%n respondent(s)", nullptr, static_cast<int>(m_shown)));
    if (m_small > 0)
        text =
            text.isEmpty()
                ? tr("Based on fewer than %1 respondents in each of %n group(s)", nullptr, m_small)
                      .arg(small)
                : tr("%1 and fewer than %2 in each of %n more group(s)", nullptr, m_small)
                      .arg(text)
                      .arg(small);
    if (m_hidden > 0)
        text = text.isEmpty()
                   ? tr("The number of respondents is hidden in %n group(s)", nullptr, m_hidden)
                   : tr("%1; the number of respondents is hidden in %n more group(s)", nullptr,
                        m_hidden)
                         .arg(text);
    return text;
}

} // namespace signaali::ui
