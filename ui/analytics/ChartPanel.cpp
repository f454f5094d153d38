#include "analytics/ChartPanel.h"

#include "core/OutputFile.h"
#include "core/RefusalText.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
QString defaultPrompt(QWidget* parent, const QString& caption, const QString& suggestedPath,
                      const QString& filter)
{
    // Qt's own dialog, not the system's: the workspace lock can close it.
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter, nullptr,
                                        QFileDialog::DontUseNativeDialog);
}

// The dialog asked before replacing a file; the figures are aggregates, so
// the file need not be owner-only. The database is never replaced.
bool open(QSaveFile& file, QString* error)
{
    if (const auto refusal = OutputFile::open(file, {true, false, {}})) {
        if (error)
            *error = RefusalText::message(*refusal);
        return false;
    }
    return true;
}

bool commit(QSaveFile& file, QString* error)
{
    if (file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}
} // namespace

ChartPanel::ChartPanel(const QString& name, QWidget* chart, QWidget* parent)
    : QWidget(parent), m_name(name), m_chart(chart), m_prompt(defaultPrompt)
{
    setObjectName(name + QStringLiteral("Panel"));
    m_figure = new QWidget(this);
    m_figure->setObjectName(QStringLiteral("figure"));
    // A white figure, so exported pictures look the same on any desktop theme.
    m_figure->setAutoFillBackground(true);
    QPalette palette = m_figure->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
    m_figure->setPalette(palette);
    auto* figureLayout = new QVBoxLayout(m_figure);
    figureLayout->setContentsMargins(4, 4, 4, 4);
    figureLayout->addWidget(m_chart, 1);
    m_caption = new QLabel(m_figure);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setAccessibleName(tr("Caption of the chart"));
    figureLayout->addWidget(m_caption);

    auto* buttons = new QHBoxLayout;
    auto addButton = [&](const char* objectName, const QString& text, const QString& accessible,
                         const QString& suffix) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(objectName));
        button->setAccessibleName(accessible);
        button->setToolTip(accessible);
        connect(button, &QPushButton::clicked, this,
                [this, suffix] { exportInteractively(suffix); });
        buttons->addWidget(button);
    };
    auto* exportLabel = new QLabel(tr("Export:"), this);
    buttons->addWidget(exportLabel);
    addButton("exportPng", tr("PNG"), tr("Export the chart as a PNG picture"),
              QStringLiteral("png"));
    addButton("exportSvg", tr("SVG"), tr("Export the chart as an SVG drawing"),
              QStringLiteral("svg"));
    addButton("exportPdf", tr("PDF"), tr("Export the chart as a PDF page"), QStringLiteral("pdf"));
    addButton("exportCsv", tr("Table as CSV"), tr("Export the table behind the chart as CSV"),
              QStringLiteral("csv"));
    addButton("exportXlsx", tr("Table as Excel"),
              tr("Export the table behind the chart as an Excel workbook (XLSX)"),
              QStringLiteral("xlsx"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setAccessibleName(tr("Export status"));
    m_status->setTextFormat(Qt::PlainText);
    buttons->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_figure, 1);
    layout->addLayout(buttons);
}

void ChartPanel::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

QString ChartPanel::caption() const
{
    return m_caption->text();
}

bool ChartPanel::exportTo(const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString message;
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = writePng(path, &message);
    } else if (suffix == QLatin1String("svg")) {
        ok = writeSvg(path, &message);
    } else if (suffix == QLatin1String("pdf")) {
        ok = writePdf(path, &message);
    } else if (const auto format = exportFormatFromId(suffix)) {
        const auto refusal = TableExport::write(m_table, path, *format, {true, false, {}});
        ok = !refusal;
        if (refusal)
            message = RefusalText::message(*refusal);
    } else {
        message = tr("%1: choose a file ending in .png, .svg, .pdf, .csv or .xlsx").arg(path);
    }
    if (ok && m_log && !m_log(m_name + QLatin1Char(' ') + suffix, &message)) {
        QFile::remove(path); // an export that is not in the audit log is not kept
        ok = false;
    }
    if (!ok && error)
        *error = message;
    if (ok)
        emit exported(path);
    return ok;
}

void ChartPanel::exportInteractively(const QString& suffix)
{
    static const QHash<QString, QString> filters{
        {QStringLiteral("png"), tr("PNG picture (*.png)")},
        {QStringLiteral("svg"), tr("SVG drawing (*.svg)")},
        {QStringLiteral("pdf"), tr("PDF document (*.pdf)")},
        {QStringLiteral("csv"), tr("CSV table (*.csv)")},
        {QStringLiteral("xlsx"), tr("Excel workbook (*.xlsx)")}};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        m_prompt(this, tr("Export"), QDir(folder).filePath(m_name + QLatin1Char('.') + suffix),
                 filters.value(suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (exportTo(path, &error))
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        m_status->setText(tr("Not saved: %1").arg(error));
}

bool ChartPanel::writePng(const QString& path, QString* error)
{
    QImage image(m_figure->size() * kPngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPngScale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_figure->render(&painter);
    }
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    if (!image.save(&file, "PNG")) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return commit(file, error);
}

bool ChartPanel::writeSvg(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(m_figure->size());
        generator.setViewBox(QRect(QPoint(0, 0), m_figure->size()));
        generator.setTitle(m_name);
        QPainter painter(&generator);
        m_figure->render(&painter);
    }
    return commit(file, error);
}

bool ChartPanel::writePdf(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(m_name);
        QPainter painter(&writer);
        // One page: the figure scaled to the printable area, keeping its proportions.
        const QRect page = painter.viewport();
        const QSize size = m_figure->size();
        const double scale =
            std::min(double(page.width()) / size.width(), double(page.height()) / size.height());
        painter.scale(scale, scale);
        m_figure->render(&painter);
    }
    return commit(file, error);
}

} // namespace signaali::ui
