#pragma once

#include "kiosk/KioskFlow.h"
#include "kiosk/PinGuard.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <functional>

class QLabel;
class QStackedWidget;

namespace signaali::ui {

class CheckInPage;
class GreetingBar;
class MessagePage;
class QuestionPage;
class ReadAloud;

// The full-screen screening kiosk. Nothing in it reaches other data: closing,
// leaving and the nurse's live view all need the nurse's PIN.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    explicit KioskWindow(KioskFlow* flow, QWidget* parent = nullptr);
    ~KioskWindow() override;

    // How the PIN is asked; tests replace the dialog. Returns an empty string on cancel.
    void setPinPrompt(std::function<QString(QWidget*, const QString& title)> prompt)
    {
        m_pinPrompt = std::move(prompt);
    }
    // Asks the PIN and closes the kiosk when it is right.
    bool requestExit();
    // Asks the PIN and opens the live list of the session over the whole screen;
    // afterwards the kiosk is back at check-in (the pupil's response stays in progress).
    bool requestLiveView();
    // Checks the idle timeout against the flow's clock (called every second; tests call it
    // directly).
    void checkIdle();
    // Counts down the PIN wait on screen (called every second; tests call it directly).
    void refreshPinNotice();
    // Counts down a check-in wait, or shows the lock (called every second; tests
    // call it directly).
    void refreshCheckInBlock();
    // Asks the PIN and lets check-in go on after too many wrong birthdays.
    bool requestUnlockCheckIn();
    QWidget* currentPage() const;
    QLabel* readAloudStatus() const { return m_speechStatus; }

signals:
    // The nurse left the kiosk with her PIN.
    void exited();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showCheckIn();
    void startQuestions();
    void showQuestion();
    void showLeadIn(const QString& text);
    void onCheckIn(KioskFlow::CheckIn outcome, qint64 pupilId);
    // What the check-in page says while check-in waits or is locked, if it does.
    bool showCheckInBlock(qint64 pupilId);
    void onQuestionsFinished();
    void onCritical();
    void onLanguage(const QString& language);
    void onReadAloud(const QString& text, const QString& language);
    void showThankYou();
    bool verifyPin(const QString& title);
    void showPinNotice(const QString& text);
    void touch();

    KioskFlow* m_flow;
    QStackedWidget* m_stack = nullptr;
    GreetingBar* m_greeting = nullptr;
    CheckInPage* m_checkIn = nullptr;
    QuestionPage* m_question = nullptr;
    MessagePage* m_message = nullptr;
    QLabel* m_pinNotice = nullptr;
    QLabel* m_speechStatus = nullptr;
    ReadAloud* m_readAloud = nullptr;
    PinGuard m_pinGuard;
    QTimer m_idleTimer;
    QDateTime m_lastActivity;
    bool m_idleWarningShown = false;
    bool m_criticalShownForPupil = false;
    bool m_readAloudNoticeGiven = false;
    bool m_pinCountingDown = false;
    bool m_unlocked = false;
    // The pupil whose check-in waits (0: the kiosk), or -1 when nothing waits.
    qint64 m_blockedPupil = -1;
    std::function<void()> m_afterMessage;
    std::function<QString(QWidget*, const QString&)> m_pinPrompt;
};

} // namespace signaali::ui
