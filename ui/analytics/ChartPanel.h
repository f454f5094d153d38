#pragma once

#include "core/TableExport.h"

#include <QWidget>
#include <functional>

class QLabel;

namespace signaali::ui {

// A chart with its caption (what it is based on) and its exports: the picture
// as PNG, SVG or PDF, and the table behind it as CSV or XLSX. The exported
// picture is the chart and the caption together, as on screen, so a saved file
// still says how many respondents it rests on.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save; an empty answer cancels. Replaceable so that tests and
    // scripts need no file dialog.
    using SavePrompt = std::function<QString(QWidget* parent, const QString& caption,
                                             const QString& suggestedPath, const QString& filter)>;

    // `name` is the panel's object name stem ("distribution") and the suggested file name.
    ChartPanel(const QString& name, QWidget* chart, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    QString caption() const;
    void setTable(const ExportTable& table) { m_table = table; }
    const ExportTable& table() const { return m_table; }
    QWidget* chart() const { return m_chart; }
    // What a picture export shows: the chart and the caption.
    QWidget* figure() const { return m_figure; }

    // Writes the picture (png, svg, pdf) or the table (csv, xlsx), chosen by the
    // suffix of `path`. Nothing is left at `path` on failure.
    bool exportTo(const QString& path, QString* error);
    void setSavePrompt(SavePrompt prompt) { m_prompt = std::move(prompt); }
    // Records an export (`what`: the panel and the format) before it counts as
    // done; when it fails the file is removed and the export fails with its error.
    using ExportLog = std::function<bool(const QString& what, QString* error)>;
    void setExportLog(ExportLog log) { m_log = std::move(log); }
    // Pixels per on-screen pixel in PNG exports: sharp enough for print and slides.
    static constexpr int kPngScale = 2;

signals:
    void exported(const QString& path);

private:
    void exportInteractively(const QString& suffix);
    bool writePng(const QString& path, QString* error);
    bool writeSvg(const QString& path, QString* error);
    bool writePdf(const QString& path, QString* error);

    QString m_name;
    QWidget* m_chart;
    QWidget* m_figure;
    QLabel* m_caption;
    QLabel* m_status;
    ExportTable m_table;
    SavePrompt m_prompt;
    ExportLog m_log;
};

} // namespace signaali::ui
