#pragma once

#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace signaali::ui {

// Writes `html` as an A4 PDF at `path` with `title` in its metadata, the text
// laid out for the printer (points are printer points, not screen pixels).
// False with `error` when the file cannot be written; nothing is left then.
bool writeHtmlPdf(const QString& path, const QString& title, const QString& html,
                  qreal basePointSize, QString* error);

// The same document on a printer the user has chosen (or any QPrinter).
void printHtml(QPrinter* printer, const QString& title, const QString& html, qreal basePointSize);

// Lays `html` out for `device` and paints it there, page by page.
void paintHtml(QPagedPaintDevice* device, int resolution, const QString& html, qreal basePointSize);

} // namespace signaali::ui
