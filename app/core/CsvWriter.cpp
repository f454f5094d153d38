#include "core/CsvWriter.h"

#include <QRegularExpression>

namespace signaali {

QChar CsvWriter::delimiter() const
{
    return m_delimiter == Delimiter::Semicolon ? QLatin1Char(';') : QLatin1Char(',');
}

QString CsvWriter::lineEnd() const
{
    return m_lineEnd == LineEnd::Lf ? QStringLiteral("\n") : QStringLiteral("\r\n");
}

QString CsvWriter::sanitised(const QString& value)
{
    // A spreadsheet runs a cell that starts with one of these as a formula
    // (=HYPERLINK(...) sends data away): a leading apostrophe makes it text, as
    // OWASP recommends. A plain number ("-1.5") is left alone so figures stay
    // numbers.
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?$"));
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                       first == QLatin1Char('-') || first == QLatin1Char('@') ||
                       first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky || number.match(value).hasMatch())
        return value;
    return QLatin1Char('\'') + value;
}

QString CsvWriter::field(const QString& value) const
{
    QString text = sanitised(value);
    if (!text.contains(delimiter()) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('\n')))
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::line(const QStringList& fields) const
{
    QString joined;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            joined += delimiter();
        joined += field(fields[i]);
    }
    return joined;
}

QString CsvWriter::record(const QStringList& fields) const
{
    return line(fields) + lineEnd();
}

QByteArray CsvWriter::document(const QList<QStringList>& records) const
{
    QString text;
    for (const QStringList& fields : records)
        text += record(fields);
    return text.toUtf8();
}

} // namespace signaali
