#pragma once

#include "db/figures/GroupFigures.h"

#include <QCoreApplication>

namespace signaali::ui {

// The respondents of several groups as far as they are published: the shown
// counts summed, and the groups whose count is the range "1–4" or hidden
// counted apart, so that a caption never says "0 respondents" beside a bar
// that says n 1–4.
class RespondentCount
{
    Q_DECLARE_TR_FUNCTIONS(RespondentCount)

public:
    void add(const db::FigureCell& respondents);
    qint64 shown() const { return m_shown; }
    int smallGroups() const { return m_small; }
    int hiddenGroups() const { return m_hidden; }
    int groups() const { return m_groups; }
    // "Based on 120 respondents in 8 groups and fewer than 5 in each of 2 more
    // groups", "Based on fewer than 5 respondents in each of 2 groups" ...
    QString basedOn() const;

private:
    qint64 m_shown = 0;
    int m_small = 0;
    int m_hidden = 0;
    int m_groups = 0;
};

} // namespace signaali::ui
