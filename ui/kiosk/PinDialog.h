#pragma once

#include <QDialog>

class QLineEdit;

namespace signaali::ui {

// Asks for the nurse's PIN or password, hidden as it is typed.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PinDialog(const QString& title, QWidget* parent = nullptr);
    QString pin() const;
    // The PIN typed, or an empty string when cancelled.
    static QString ask(QWidget* parent, const QString& title);

private:
    QLineEdit* m_pin = nullptr;
};

} // namespace signaali::ui
