#include "kiosk/CheckInCodeSheet.h"

#include "common/HtmlPdf.h"

namespace signaali::ui {

QString CheckInCodeSheet::html() const
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Check-in codes: class %1, %2")
                                .arg(className.toHtmlEscaped(), roundName.toHtmlEscaped()),
                            tr("Cut along the lines and give each pupil their own slip. A code "
                               "works until the pupil has finished this screening.")
                                .toHtmlEscaped());
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='12' border='1' "
                           "style='border-style: dashed; border-color: #777;'>");
    for (const auto& [name, code] : codes)
        html += QStringLiteral("<tr><td style='font-size: 14pt;'>%1</td>"
                               "<td style='font-family: monospace; font-size: 22pt; "
                               "font-weight: bold; letter-spacing: 4px;'>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), code.toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

bool CheckInCodeSheet::writePdf(const QString& path, QString* error) const
{
    return writeHtmlPdf(path, tr("Check-in codes"), html(), 11, error);
}

} // namespace signaali::ui
