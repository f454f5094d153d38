#pragma once

#include "core/OutputFile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace signaali {

// A table ready to be written out: a header row, then rows of cells. A cell is
// text, a whole number or a decimal number; a null QVariant is an empty cell.
struct ExportTable
{
    QString title; // the sheet name in XLSX
    QStringList columns;
    QList<QVariantList> rows;
    QStringList notes; // written below the table: threshold, method, date
};

enum class ExportFormat { Csv, Xlsx };
std::optional<ExportFormat> exportFormatFromId(const QString& id);

// Writers for ExportTable, through OutputFile: the rules decide what may be
// written, and a failed write leaves whatever was at `path` as it was.
class TableExport
{
public:
    // RFC 4180 CSV in UTF-8; decimals with a point; notes as "# ..." lines after the table.
    static QByteArray toCsv(const ExportTable& table);
    static std::optional<Refusal> writeCsv(const ExportTable& table, const QString& path,
                                           const OutputFile::Rules& rules);
    // An Office Open XML workbook with one sheet (libxlsxwriter); numbers stay numbers.
    static std::optional<Refusal> writeXlsx(const ExportTable& table, const QString& path,
                                            const OutputFile::Rules& rules);
    static std::optional<Refusal> write(const ExportTable& table, const QString& path,
                                        ExportFormat format, const OutputFile::Rules& rules);
};

} // namespace signaali
