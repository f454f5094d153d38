#include "core/CsvWriter.h"

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
    return value;
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
