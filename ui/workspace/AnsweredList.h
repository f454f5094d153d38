#pragma once

#include "db/workspace/ClassOverview.h"

#include <QCoreApplication>
#include <QDate>

class QPrinter;

namespace signaali::ui {

// The printable list of a class in one round: who has answered, who is in the
// middle and who has not, to find the missing ones. Names and status only, no
// results; still identified data.
class AnsweredList
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::AnsweredList)

public:
    AnsweredList(const db::ClassOverview& overview, const QString& preparedBy,
                 const QDate& preparedOn)
        : m_overview(overview), m_preparedBy(preparedBy), m_preparedOn(preparedOn)
    {
    }
    QString title() const;
    QString html() const;
    bool writePdf(const QString& path, QString* error) const;
    void print(QPrinter* printer) const;

private:
    const db::ClassOverview& m_overview;
    QString m_preparedBy;
    QDate m_preparedOn;
};

// "not answered", "in progress", "completed", "abandoned" in the user's language.
QString screeningStatusName(db::ScreeningStatus status);

} // namespace signaali::ui
