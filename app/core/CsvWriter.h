#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace signaali {

// Writes CSV as RFC 4180 has it: a field is quoted when it contains the
// delimiter, a double quote, CR or LF, and quotes inside it are doubled. Every
// CSV the application writes (tables, the audit log, pupil lists, results,
// check-in codes) goes through here, so that a field is escaped the same way
// everywhere and a spreadsheet reads back what was written.
class CsvWriter
{
public:
    enum class Delimiter { Comma, Semicolon };
    // RFC 4180 ends records with CRLF. Lf is for outputs that have always used
    // it (the audit log, the command line), which their readers expect.
    enum class LineEnd { CrLf, Lf };

    explicit CsvWriter(Delimiter delimiter = Delimiter::Comma, LineEnd lineEnd = LineEnd::CrLf)
        : m_delimiter(delimiter), m_lineEnd(lineEnd)
    {
    }

    QChar delimiter() const;
    QString lineEnd() const;

    // One field as written: quoted when needed, otherwise as it is.
    QString field(const QString& value) const;
    // The fields of one record joined by the delimiter, without the line end.
    QString line(const QStringList& fields) const;
    // One record with its line end.
    QString record(const QStringList& fields) const;
    // Records in UTF-8, each with its line end.
    QByteArray document(const QList<QStringList>& records) const;

private:
    // The one place where a field's text is changed before it is quoted: text
    // a spreadsheet would run as a formula (starting with =, +, -, @, tab or
    // CR) gets a leading apostrophe; plain numbers are left as they are.
    static QString sanitised(const QString& value);

    Delimiter m_delimiter;
    LineEnd m_lineEnd;
};

} // namespace signaali
