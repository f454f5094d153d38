#pragma once

#include <QString>

namespace signaali::ui {

// Writes `html` as an A4 PDF at `path` with `title` in its metadata, the text
// laid out for the printer (points are printer points, not screen pixels).
// False with `error` when the file cannot be written; nothing is left then.
bool writeHtmlPdf(const QString& path, const QString& title, const QString& html,
                  qreal basePointSize, QString* error);

} // namespace signaali::ui
