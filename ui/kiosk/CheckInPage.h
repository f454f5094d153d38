#pragma once

#include "db/kiosk/KioskPupil.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace signaali::ui {

// The class's check-in screen: a pupil picks their name and confirms it with
// the day and month of their birthday.
class CheckInPage : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInPage(QWidget* parent = nullptr);

    void setClass(const QString& name, const QList<db::KioskPupil>& pupils);
    void showProblem(const QString& message);
    // A discreet notice for the nurse (never says who or why).
    void setNurseNotice(bool visible);
    // Check-in is locked (for one pupil, or for everyone when `everyone`): the
    // nurse's unlock button shows; for everyone, starting is off as well.
    void setLocked(bool locked, bool everyone = false);

signals:
    void checkInRequested(qint64 pupilId, int day, int month);
    void codeCheckInRequested(const QString& code);
    void unlockRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void submit();

    QLabel* m_heading = nullptr;
    QLabel* m_hint = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_birthdayLabel = nullptr;
    QSpinBox* m_day = nullptr;
    QSpinBox* m_month = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_nurseNotice = nullptr;
    QPushButton* m_unlock = nullptr;
    QString m_className;
};

// A full-screen message with one button: thank you, the critical-answer
// message, "are you still there?".
class MessagePage : public QWidget
{
    Q_OBJECT

public:
    explicit MessagePage(QWidget* parent = nullptr);
    void show(const QString& title, const QString& body, const QString& buttonText);

signals:
    void acknowledged();

private:
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace signaali::ui
