#include "common/HtmlPdf.h"

#include "core/OutputFile.h"
#include "core/RefusalText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace signaali::ui {

void paintHtml(QPagedPaintDevice* device, int resolution, const QString& html, qreal basePointSize)
{
    QTextDocument document;
    // Without this the layout measures fonts in screen pixels and the text comes
    // out a third of its size on the 300 dpi page.
    document.documentLayout()->setPaintDevice(device);
    QFont font = document.defaultFont();
    font.setPointSizeF(basePointSize);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setPageSize(device->pageLayout().paintRectPixels(resolution).size());
    document.print(device);
}

bool writeHtmlPdf(const QString& path, const QString& title, const QString& html,
                  qreal basePointSize, QString* error)
{
    // Written whole or not at all: a half-written summary is never left behind.
    // Every such PDF names pupils: owner-only. The save dialog asked before
    // replacing a file; the database is never replaced.
    QSaveFile file(path);
    if (const auto refusal = OutputFile::open(file, {true, true, {}})) {
        if (error)
            *error = RefusalText::message(*refusal);
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Signaali"));
        paintHtml(&writer, writer.resolution(), html, basePointSize);
    } // the writer finishes the file when it goes
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("signaali::ui::HtmlPdf", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

void printHtml(QPrinter* printer, const QString& title, const QString& html, qreal basePointSize)
{
    printer->setDocName(title);
    printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    paintHtml(printer, printer->resolution(), html, basePointSize);
}

} // namespace signaali::ui
