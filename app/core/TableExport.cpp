#include "core/TableExport.h"

#include "core/CsvWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <xlsxwriter.h>

namespace signaali {

std::optional<ExportFormat> exportFormatFromId(const QString& id)
{
    if (id.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    if (id.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Xlsx;
    return std::nullopt;
}

namespace {
bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// A cell as CSV text, before CsvWriter quotes it: decimals with a point.
QString cellText(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 10);
    return value.toString();
}

// Excel refuses sheet names over 31 characters or with []:*?/\.
QString sheetName(const QString& title)
{
    QString name = title.isEmpty() ? QStringLiteral("Figures") : title;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char(' '));
    return name.left(31);
}
} // namespace

QByteArray TableExport::toCsv(const ExportTable& table)
{
    QList<QStringList> records{table.columns};
    for (const QVariantList& row : table.rows) {
        QStringList fields;
        for (const QVariant& cell : row)
            fields << cellText(cell);
        records << fields;
    }
    for (const QString& note : table.notes)
        records << QStringList{QStringLiteral("# ") + note};
    return CsvWriter().document(records);
}

std::optional<Refusal> TableExport::writeCsv(const ExportTable& table, const QString& path,
                                             const OutputFile::Rules& rules)
{
    return OutputFile::write(path, toCsv(table), rules);
}

std::optional<Refusal> TableExport::writeXlsx(const ExportTable& table, const QString& path,
                                              const OutputFile::Rules& rules)
{
    auto fail = [&](const QString& message) {
        return Refusal::of(Refusal::Code::FileNotWritten, {path, message});
    };
    // Written beside the target and renamed, so a failure leaves no half file.
    StagedFile staged(path, rules);
    if (auto refusal = staged.prepare())
        return refusal;
    // libxlsxwriter writes a new file of its own at this name.
    QFile::remove(staged.stagingPath());
    lxw_workbook* workbook = workbook_new(QFile::encodeName(staged.stagingPath()).constData());
    if (!workbook)
        return fail(QStringLiteral("cannot create the workbook"));
    lxw_worksheet* sheet =
        workbook_add_worksheet(workbook, sheetName(table.title).toUtf8().constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_error status = LXW_NO_ERROR;
    auto check = [&](lxw_error result) {
        if (status == LXW_NO_ERROR)
            status = result;
    };
    for (int c = 0; c < table.columns.size(); ++c)
        check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c),
                                     table.columns[c].toUtf8().constData(), bold));
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList& row = table.rows[r];
        const auto line = static_cast<lxw_row_t>(r + 1);
        for (int c = 0; c < row.size(); ++c) {
            const QVariant& cell = row[c];
            const auto column = static_cast<lxw_col_t>(c);
            if (cell.isNull())
                continue;
            if (isNumber(cell))
                check(worksheet_write_number(sheet, line, column, cell.toDouble(), nullptr));
            else
                check(worksheet_write_string(sheet, line, column,
                                             cell.toString().toUtf8().constData(), nullptr));
        }
    }
    for (int n = 0; n < table.notes.size(); ++n)
        check(worksheet_write_string(sheet, static_cast<lxw_row_t>(table.rows.size() + 2 + n), 0,
                                     table.notes[n].toUtf8().constData(), nullptr));
    worksheet_freeze_panes(sheet, 1, 0);
    check(workbook_close(workbook));
    if (status != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(status)));
    if (rules.identified)
        QFile::setPermissions(staged.stagingPath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return staged.commit();
}

std::optional<Refusal> TableExport::write(const ExportTable& table, const QString& path,
                                          ExportFormat format, const OutputFile::Rules& rules)
{
    return format == ExportFormat::Csv ? writeCsv(table, path, rules)
                                       : writeXlsx(table, path, rules);
}

} // namespace signaali
