#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;

namespace signaali::ui {

// Shown once, right after set-up encrypts the database: the recovery key that
// opens it when every administrator's password is lost. Saved as a PDF or
// printed, then closed; Signaali keeps the key nowhere. Closing asks first.
class RecoverySheetDialog : public QDialog
{
    Q_OBJECT

public:
    RecoverySheetDialog(QString municipality, QString databasePath, QString recoveryKey,
                        QWidget* parent = nullptr);

    QString html() const;
    bool writePdf(const QString& path, QString* error);
    bool isKept() const { return m_kept; }

    void done(int result) override;

private:
    void savePdf();
    void print();

    QString m_municipality;
    QString m_databasePath;
    QString m_recoveryKey;
    bool m_kept = false;
    QLabel* m_status = nullptr;
};

} // namespace signaali::ui
