#include "workspace/ProfileSummary.h"

#include "common/HtmlPdf.h"
#include "workspace/DateText.h"
#include "workspace/LevelStyle.h"
#include "workspace/TableHelpers.h"

#include <QLocale>

namespace signaali::ui {

QString caseActionName(db::CaseActionKind kind)
{
    switch (kind) {
    case db::CaseActionKind::TalkedWithPupil:
        return ProfileSummary::tr("Talked with the pupil");
    case db::CaseActionKind::FollowUpBooked:
        return ProfileSummary::tr("Follow-up visit booked");
    case db::CaseActionKind::ReferredPsychologist:
        return ProfileSummary::tr("Referred to the school psychologist");
    case db::CaseActionKind::ReferredSocialWorker:
        return ProfileSummary::tr("Referred to the school social worker");
    case db::CaseActionKind::ReferredDoctor:
        return ProfileSummary::tr("Referred to the doctor");
    case db::CaseActionKind::ReferredUrgentCare:
        return ProfileSummary::tr("Referred to urgent care");
    case db::CaseActionKind::ContactedGuardian:
        return ProfileSummary::tr("Contacted the guardian");
    case db::CaseActionKind::NoActionNeeded:
        return ProfileSummary::tr("No action needed");
    }
    return {};
}

QString ProfileSummary::title() const
{
    return tr("Health check summary: %1 %2").arg(m_profile.firstName, m_profile.lastName);
}

QString ProfileSummary::html() const
{
    const QLocale locale;
    const auto e = [](const QString& s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<h2>%1</h2>").arg(e(title()));
    h += QStringLiteral("<p>%1</p>")
             .arg(e(tr("Born %1 · class %2 · %3")
                        .arg(DateText::date(m_profile.dateOfBirth), m_profile.className,
                             m_profile.schoolName)));
    for (const db::ProfileInstrument& instrument : m_profile.instruments) {
        if (!instrument.responseId)
            continue;
        h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                 .arg(e(instrument.title),
                      e(tr("Round %1, answered %2. Overall: %3")
                            .arg(instrument.roundName, displayDate(instrument.completedAt),
                                 LevelStyle::name(instrument.level))));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                            "<tr><th align='left'>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(e(tr("Domain")), e(tr("Score")), e(tr("Level")));
        for (const db::DomainView& d : instrument.domains)
            h += QStringLiteral("<tr><td>%1</td><td align='center'>%2</td>"
                                "<td align='center' bgcolor='%3'>%4</td></tr>")
                     .arg(e(d.title), d.score ? locale.toString(*d.score, 'g', 4) : QString(),
                          LevelStyle::background(d.level).name(), e(LevelStyle::name(d)));
        h += QStringLiteral("</table>");
        QStringList reasons;
        for (const db::FlagView& flag : instrument.flags)
            if (flag.level != QLatin1String("ok"))
                reasons << QStringLiteral("<li>%1</li>").arg(e(flag.reason));
        if (!reasons.isEmpty())
            h += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                     .arg(e(tr("Why flagged")), reasons.join(QString()));
    }
    if (!m_actions.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(e(tr("Done so far")));
        for (const db::CaseAction& a : m_actions)
            h += QStringLiteral("<li>%1 %2%3%4</li>")
                     .arg(e(displayDate(a.recordedAt)), e(caseActionName(a.kind)),
                          a.followUpOn.isValid()
                              ? e(QStringLiteral(" ") + DateText::date(a.followUpOn))
                              : QString(),
                          a.note.isEmpty() ? QString() : QStringLiteral(": ") + e(a.note));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(e(tr("Prepared by %1 on %2. A screening aid, not a diagnosis. Confidential "
                       "patient data.")
                        .arg(m_preparedBy, DateText::date(m_preparedOn))));
    return h;
}

bool ProfileSummary::writePdf(const QString& path, QString* error) const
{
    return writeHtmlPdf(path, title(), html(), 10, error);
}

void ProfileSummary::print(QPrinter* printer) const
{
    printHtml(printer, title(), html(), 10);
}

} // namespace signaali::ui
