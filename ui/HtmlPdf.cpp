#include "HtmlPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QTextDocument>

namespace signaali::ui {

bool writeHtmlPdf(const QString& path, const QString& title, const QString& html,
                  qreal basePointSize, QString* error)
{
    // Check the target first: QPdfWriter reports an unwritable file only as an empty page.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = QCoreApplication::translate("signaali::ui::HtmlPdf", "Cannot write %1: %2")
                             .arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Signaali"));
    QTextDocument document;
    // Without this the layout measures fonts in screen pixels and the text comes
    // out a third of its size on the 300 dpi page.
    document.documentLayout()->setPaintDevice(&writer);
    QFont font = document.defaultFont();
    font.setPointSizeF(basePointSize);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return true;
}

} // namespace signaali::ui
