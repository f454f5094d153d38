#include "workspace/RecoverySheetDialog.h"

#include "common/HtmlPdf.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

RecoverySheetDialog::RecoverySheetDialog(QString municipality, QString databasePath,
                                         QString recoveryKey, QWidget* parent)
    : QDialog(parent), m_municipality(std::move(municipality)),
      m_databasePath(std::move(databasePath)), m_recoveryKey(std::move(recoveryKey))
{
    setObjectName(QStringLiteral("recoverySheetDialog"));
    setWindowTitle(tr("Recovery key"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The database is now encrypted. This recovery key opens it if every administrator "
           "forgets their password. Save it as a PDF or print it now, and keep it locked away "
           "with the municipality's other keys: Signaali does not store it and cannot show it "
           "again."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* key = new QLabel(m_recoveryKey, this);
    key->setObjectName(QStringLiteral("recoveryKey"));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSize(mono.pointSize() + 2);
    key->setFont(mono);
    key->setWordWrap(true);
    layout->addWidget(key);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recoveryStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveRecoverySheet"));
    QPushButton* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printRecoverySheet"));
    QPushButton* close = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("recoverySheetDone"));
    // Enter saves the sheet; closing takes a deliberate click.
    close->setAutoDefault(false);
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &RecoverySheetDialog::savePdf);
    connect(printButton, &QPushButton::clicked, this, &RecoverySheetDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, 320);
}

QString RecoverySheetDialog::html() const
{
    const auto e = [](const QString& s) { return s.toHtmlEscaped(); };
    return QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p><p style=\"font-family: monospace; "
                          "font-size: 16pt\">%4</p><p>%5</p><p>%6</p>")
        .arg(e(tr("Signaali recovery sheet")), e(tr("Municipality: %1").arg(m_municipality)),
             e(tr("Database: %1, encrypted %2")
                   .arg(QFileInfo(m_databasePath).absoluteFilePath(),
                        QDateTime::currentDateTime().toString(QStringLiteral("d.M.yyyy")))),
             e(m_recoveryKey),
             e(tr("This key opens the database when every administrator's password is lost: "
                  "signaali-cli recover --db DATABASE --user ADMIN gives that administrator a "
                  "new password.")),
             e(tr("Keep this sheet locked away. Anyone who has it and the database file can "
                  "read the pupils' data.")));
}

bool RecoverySheetDialog::writePdf(const QString& path, QString* error)
{
    m_kept = writeHtmlPdf(path, tr("Signaali recovery sheet"), html(), 11, error) || m_kept;
    return m_kept;
}

void RecoverySheetDialog::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the recovery sheet"), tr("signaali-recovery-sheet.pdf"),
        tr("PDF files (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(path, &error)) {
        QMessageBox::warning(this, tr("Recovery key"), error);
        return;
    }
    m_status->setText(tr("Saved to %1. Print it, then delete the file.").arg(path));
}

void RecoverySheetDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printHtml(&printer, tr("Signaali recovery sheet"), html(), 11);
    m_kept = true;
    m_status->setText(tr("Sent to the printer."));
}

void RecoverySheetDialog::done(int result)
{
    if (!m_kept && QMessageBox::question(
                       this, tr("Recovery key"),
                       tr("The recovery key has not been saved or printed. It cannot be "
                          "shown again. Close anyway?"),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::done(result);
}

} // namespace signaali::ui
