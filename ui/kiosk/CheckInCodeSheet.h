#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace signaali::ui {

// A printable sheet of one-time check-in codes, one row per pupil, to be cut
// into slips and handed out. Names and codes are identified data: the sheet is
// written only where the nurse chooses to save it.
struct CheckInCodeSheet
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::CheckInCodeSheet)

public:
    QString className;
    QString roundName;
    QList<std::pair<QString, QString>> codes; // pupil name, code

    // The sheet as printed, in the language installed now (the nurse's).
    QString html() const;
    // Writes an A4 PDF; on failure returns false with a message naming the file.
    bool writePdf(const QString& path, QString* error) const;
};

} // namespace signaali::ui
