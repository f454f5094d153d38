#include "core/CsvReader.h"

namespace signaali {

bool CsvRecord::isBlank() const
{
    for (const QString& field : fields)
        if (!field.isEmpty())
            return false;
    return true;
}

namespace {
qsizetype lineEnd(const QString& text, qsizetype from)
{
    while (from < text.size() && text.at(from) != u'\n' && text.at(from) != u'\r')
        ++from;
    return from;
}
} // namespace

qsizetype CsvReader::nextLine(const QString& text, qsizetype start, int& line)
{
    const qsizetype end = lineEnd(text, start);
    if (end >= text.size())
        return end;
    ++line;
    const bool crlf = text.at(end) == u'\r' && end + 1 < text.size() && text.at(end + 1) == u'\n';
    return end + (crlf ? 2 : 1);
}

qsizetype CsvReader::skipBlankLines(const QString& text, qsizetype start, int& line)
{
    while (start < text.size() &&
           QStringView(text).mid(start, lineEnd(text, start) - start).trimmed().isEmpty())
        start = nextLine(text, start, line);
    return start;
}

QChar CsvReader::separatorHint(const QString& text, qsizetype start)
{
    const QString first = text.mid(start, lineEnd(text, start) - start).trimmed();
    if (first.size() == 5 && first.startsWith(QStringLiteral("sep="), Qt::CaseInsensitive) &&
        (first.at(4) == u',' || first.at(4) == u';'))
        return first.at(4);
    return {};
}

QChar CsvReader::detectDelimiter(const QString& text, qsizetype start)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

bool CsvReader::read(qsizetype start, int line)
{
    m_records.clear();
    m_unclosedQuoteLine = 0;
    CsvRecord record{line, {}};
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false; // this field had a quoted part
    int quoteLine = 0;

    const auto endField = [&] {
        record.fields.append(field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        m_records.append(std::move(record));
        record = CsvRecord{line, {}};
    };

    const qsizetype size = m_text.size();
    for (qsizetype i = start; i < size; ++i) {
        const QChar c = m_text.at(i);
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (lineBreak && c == u'\r' && i + 1 < size && m_text.at(i + 1) == u'\n')
            ++i; // CRLF is one line break
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && m_text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (lineBreak) {
                field.append(u'\n');
                ++line;
            } else {
                field.append(c);
            }
        } else if (c == m_delimiter) {
            endField();
        } else if (lineBreak) {
            ++line;
            endRecord();
        } else if (c == u'"' && !wasQuoted && field.trimmed().isEmpty()) {
            inQuotes = true;
            wasQuoted = true;
            quoteLine = line;
            field.clear();
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        m_unclosedQuoteLine = quoteLine;
        return false;
    }
    if (!field.isEmpty() || wasQuoted || !record.fields.isEmpty())
        endRecord(); // the last record had no line break after it
    return true;
}

} // namespace signaali
