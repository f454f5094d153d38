#pragma once

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

// Writers for ExportTable. Nothing is left at `path` when writing fails.
class TableExport
{
public:
    // RFC 4180 CSV in UTF-8; decimals with a point; notes as "# ..." lines after the table.
    static QByteArray toCsv(const ExportTable& table);
    static bool writeCsv(const ExportTable& table, const QString& path, QString* error);
    // An Office Open XML workbook with one sheet (libxlsxwriter); numbers stay numbers.
    static bool writeXlsx(const ExportTable& table, const QString& path, QString* error);
    static bool write(const ExportTable& table, const QString& path, ExportFormat format,
                      QString* error);
};

} // namespace signaali
