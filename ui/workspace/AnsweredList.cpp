#include "workspace/AnsweredList.h"

#include "common/HtmlPdf.h"
#include "workspace/DateText.h"
#include "workspace/TableHelpers.h"

namespace signaali::ui {

QString screeningStatusName(db::ScreeningStatus status)
{
    switch (status) {
    case db::ScreeningStatus::NotStarted:
        return AnsweredList::tr("not answered");
    case db::ScreeningStatus::InProgress:
        return AnsweredList::tr("in progress");
    case db::ScreeningStatus::Completed:
        return AnsweredList::tr("answered");
    case db::ScreeningStatus::Abandoned:
        return AnsweredList::tr("stopped before the end");
    }
    return {};
}

QString AnsweredList::title() const
{
    return tr("Who has answered: class %1, %2").arg(m_overview.groupName, m_overview.roundName);
}

QString AnsweredList::html() const
{
    const auto e = [](const QString& s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(e(title()), e(m_overview.schoolName + QStringLiteral(" · ") +
                                       tr("answered %1, in progress %2, not answered %3")
                                           .arg(m_overview.completed)
                                           .arg(m_overview.inProgress)
                                           .arg(m_overview.notStarted)));
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                        "<tr><th align='left'>%1</th><th align='left'>%2</th>"
                        "<th align='left'>%3</th></tr>")
             .arg(e(tr("Pupil")), e(tr("Status")), e(tr("Answered on")));
    for (const db::OverviewRow& row : m_overview.rows) {
        const bool done = row.status == db::ScreeningStatus::Completed;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(e(row.lastName + QStringLiteral(", ") + row.firstName),
                      done ? e(screeningStatusName(row.status))
                           : QStringLiteral("<b>%1</b>").arg(e(screeningStatusName(row.status))),
                      done ? e(displayDate(row.completedAt)) : QString());
    }
    h += QStringLiteral("</table><p><small>%1</small></p>")
             .arg(e(tr("Prepared by %1 on %2. Confidential: pupils' names.")
                        .arg(m_preparedBy, DateText::date(m_preparedOn))));
    return h;
}

bool AnsweredList::writePdf(const QString& path, QString* error) const
{
    return writeHtmlPdf(path, title(), html(), 11, error);
}

void AnsweredList::print(QPrinter* printer) const
{
    printHtml(printer, title(), html(), 11);
}

} // namespace signaali::ui
