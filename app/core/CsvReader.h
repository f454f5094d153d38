#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace signaali {

// One CSV record: its fields, trimmed, and the physical line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    bool isBlank() const; // no fields, or only empty ones
};

// RFC 4180 records as written by Excel and school administration exports:
// fields separated by `delimiter`; a field may be quoted, with "" for a quote
// and delimiters or line breaks inside; records end at CRLF, LF or a lone CR.
// Whitespace before an opening quote is allowed; text after a closing quote
// is kept. Line breaks inside quoted fields become "\n".
class CsvReader
{
public:
    CsvReader(const QString& text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    // Reads every record from `start`, which is on physical line `line`.
    // Returns false when a quoted field is not closed by the end of the text;
    // unclosedQuoteLine() then tells where the field started.
    bool read(qsizetype start, int line);
    const QList<CsvRecord>& records() const { return m_records; }
    int unclosedQuoteLine() const { return m_unclosedQuoteLine; }

    // ';' when the record starting at `start` has more semicolons than commas
    // outside quotes, ',' otherwise.
    static QChar detectDelimiter(const QString& text, qsizetype start);
    // Excel's "sep=;" (or "sep=,") hint on the line at `start`, or a null QChar.
    static QChar separatorHint(const QString& text, qsizetype start);
    // The start of the line after the one at `start`; counts it in `line`.
    static qsizetype nextLine(const QString& text, qsizetype start, int& line);
    // The start of the first line from `start` on that is not only
    // whitespace (text.size() if none); counts skipped lines in `line`.
    static qsizetype skipBlankLines(const QString& text, qsizetype start, int& line);
    // The physical line of text[index] (QString or QByteArray), counting
    // CRLF, LF and a lone CR as line breaks as read() does.
    template <typename Text> static int lineAt(const Text& text, qsizetype index)
    {
        int line = 1;
        for (qsizetype i = 0; i < index && i < text.size(); ++i)
            if (text.at(i) == u'\n' ||
                (text.at(i) == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
                ++line;
        return line;
    }

private:
    const QString& m_text;
    QChar m_delimiter;
    QList<CsvRecord> m_records;
    int m_unclosedQuoteLine = 0;
};

} // namespace signaali
