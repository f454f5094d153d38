#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace signaali::ui {

// After signing in with a one-time password set by the administrator: the
// user chooses her own before anything else opens.
class PasswordChangePage : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordChangePage(QWidget* parent = nullptr);

    void start(const QString& displayName);
    void showProblem(const QString& text);

signals:
    // The two fields agree; db/ checks the rest.
    void changeRequested(const QString& newPassword);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();

    QString m_name;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_newLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace signaali::ui
