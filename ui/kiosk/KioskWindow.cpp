#include "kiosk/KioskWindow.h"

#include "common/UiLanguage.h"
#include "core/Secret.h"
#include "kiosk/CheckInPage.h"
#include "kiosk/GreetingBar.h"
#include "kiosk/LiveViewDialog.h"
#include "kiosk/PinDialog.h"
#include "kiosk/QuestionPage.h"
#include "kiosk/ReadAloud.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace signaali::ui {

KioskWindow::KioskWindow(KioskFlow* flow, QWidget* parent)
    : QWidget(parent), m_flow(flow),
      m_pinGuard(flow->config().exitSecretHash, *flow->config().clock)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(QStringLiteral("Signaali"));
    setMinimumSize(1024, 600);
    // High contrast that survives a projector or a bright room. The focus border is
    // thicker, so the padding shrinks by as much: the text keeps its room.
    setStyleSheet(QStringLiteral(
        "#kioskWindow { background: #fbfaf7; }"
        "QPushButton { background: #ffffff; color: #111111; border: 2px "
        "solid #1d4e89; border-radius: 10px; padding: 8px 16px; }"
        "QPushButton:checked { background: #1d4e89; color: #ffffff; }"
        "QPushButton:focus { border: 4px solid #e07a00; padding: 6px 14px; }"
        "QPushButton:disabled { color: #767676; border-color: #b0b0b0; }"
        "QPushButton[answerOption=\"true\"] { text-align: left; padding: 8px 16px 8px 24px; }"
        "QPushButton[answerOption=\"true\"]:focus { padding: 6px 14px 6px 22px; }"
        "QLabel { color: #111111; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_greeting = new GreetingBar(this);
    m_greeting->hide();
    layout->addWidget(m_greeting);

    m_stack = new QStackedWidget(this);
    m_checkIn = new CheckInPage(m_stack);
    m_question = new QuestionPage(m_stack);
    m_message = new MessagePage(m_stack);
    m_stack->addWidget(m_checkIn);
    m_stack->addWidget(m_question);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    m_pinNotice = new QLabel(this);
    m_pinNotice->setObjectName(QStringLiteral("pinNotice"));
    m_pinNotice->setWordWrap(true);
    m_pinNotice->setContentsMargins(48, 0, 48, 12);
    m_pinNotice->setStyleSheet(QStringLiteral("color: #8a1c00; font-weight: bold;"));
    m_pinNotice->hide();
    layout->addWidget(m_pinNotice);
    m_speechStatus = new QLabel(this);
    m_speechStatus->setObjectName(QStringLiteral("speechStatus"));
    m_speechStatus->setWordWrap(true);
    m_speechStatus->setContentsMargins(48, 0, 48, 12);
    layout->addWidget(m_speechStatus);
    m_readAloud = new ReadAloud(this);

    connect(m_checkIn, &CheckInPage::checkInRequested, this,
            [this](qint64 pupil, int day, int month) {
                onCheckIn(m_flow->checkIn(pupil, day, month), pupil);
            });
    connect(m_checkIn, &CheckInPage::codeCheckInRequested, this,
            [this](const QString& code) { onCheckIn(m_flow->checkInWithCode(code), 0); });
    connect(m_checkIn, &CheckInPage::unlockRequested, this, &KioskWindow::requestUnlockCheckIn);
    connect(m_greeting, &GreetingBar::notYou, this, [this] {
        m_flow->leaveWithoutTrace();
        showCheckIn();
    });
    // The page lets go of a session before the flow destroys it.
    connect(m_flow, &KioskFlow::sessionEnding, m_question, &QuestionPage::clearSession);
    connect(m_question, &QuestionPage::finished, this, &KioskWindow::onQuestionsFinished);
    connect(m_question, &QuestionPage::languageRequested, this, &KioskWindow::onLanguage);
    connect(m_question, &QuestionPage::readAloudRequested, this, &KioskWindow::onReadAloud);
    connect(m_question, &QuestionPage::leadInReached, this, &KioskWindow::showLeadIn);
    connect(m_question, &QuestionPage::answerGiven, this, [this] {
        m_greeting->hide(); // answering: it is them
        if (m_readAloudNoticeGiven)
            m_speechStatus->clear();
    });
    connect(m_question, &QuestionPage::saveFailed, this, [this] {
        m_speechStatus->setText(tr("Your answer could not be saved. Please tell the nurse."));
    });
    connect(m_message, &MessagePage::acknowledged, this, [this] {
        if (auto next = std::exchange(m_afterMessage, {}))
            next();
    });
    connect(m_flow, &KioskFlow::criticalAnswer, this, &KioskWindow::onCritical);

    m_pinPrompt = [](QWidget* parent, const QString& title) {
        return PinDialog::ask(parent, title);
    };
    qApp->installEventFilter(this);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        checkIdle();
        refreshPinNotice();
        refreshCheckInBlock();
    });
    m_idleTimer.start(1000);
    showCheckIn();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

QWidget* KioskWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void KioskWindow::touch()
{
    m_lastActivity = m_flow->config().clock->nowUtc();
    m_idleWarningShown = false;
}

void KioskWindow::showCheckIn()
{
    m_flow->leave(); // the pupil's response, if any, stays in progress
    m_afterMessage = {};
    m_greeting->hide();
    m_criticalShownForPupil = false;
    m_readAloudNoticeGiven = false;
    UiLanguage::set(QStringLiteral("fi"));
    m_speechStatus->clear();
    m_checkIn->setClass(m_flow->config().groupName, m_flow->pupils());
    m_checkIn->setNurseNotice(!m_flow->criticalAlerts().isEmpty());
    m_blockedPupil = -1;
    m_checkIn->setLocked(false);
    showCheckInBlock(0); // a wait or lock outlasts the window: it is kept in the database
    m_stack->setCurrentWidget(m_checkIn);
    touch();
}

bool KioskWindow::showCheckInBlock(qint64 pupilId)
{
    const int wait = m_flow->checkInWait(pupilId);
    const bool everyone = wait < 0 && (pupilId == 0 || m_flow->checkInWait(0) < 0);
    m_checkIn->setLocked(wait < 0, everyone);
    if (wait < 0) {
        m_checkIn->showProblem(
            tr("Check-in is locked after too many wrong tries. Please ask the nurse."));
        m_blockedPupil = pupilId;
        return true;
    }
    if (wait > 0) {
        m_checkIn->showProblem(
            tr("Too many wrong tries. You can try again in %n second(s).", nullptr, wait));
        m_blockedPupil = pupilId;
        return true;
    }
    return false;
}

void KioskWindow::refreshCheckInBlock()
{
    if (m_blockedPupil < 0 || m_stack->currentWidget() != m_checkIn)
        return;
    if (!showCheckInBlock(m_blockedPupil)) {
        // The wait is over: the pupil may try again.
        m_blockedPupil = -1;
        m_checkIn->showProblem(QString());
    }
}

bool KioskWindow::requestUnlockCheckIn()
{
    const QString pupilLanguage = UiLanguage::current();
    UiLanguage::set(m_flow->config().nurseLanguage);
    const bool right = verifyPin(tr("Nurse's PIN to unlock check-in"));
    QString refused;
    const bool unlocked = right && m_flow->unlockCheckIn(&refused);
    if (right && !unlocked)
        QMessageBox::warning(this, tr("Check-in"),
                             tr("Check-in was not unlocked: %1").arg(refused));
    UiLanguage::set(pupilLanguage);
    if (unlocked)
        showCheckIn();
    return unlocked;
}

void KioskWindow::onCheckIn(KioskFlow::CheckIn outcome, qint64 pupilId)
{
    switch (outcome) {
    case KioskFlow::CheckIn::Started:
        m_blockedPupil = -1;
        startQuestions();
        m_greeting->greet(m_flow->pupilFirstName());
        return;
    case KioskFlow::CheckIn::WrongBirthday:
        // The wrong try may itself have started a wait: say so rather than "try again".
        if (!showCheckInBlock(pupilId))
            m_checkIn->showProblem(
                tr("That birthday does not match the name. Try again, or ask the nurse."));
        return;
    case KioskFlow::CheckIn::Wait:
    case KioskFlow::CheckIn::Locked:
        if (!showCheckInBlock(pupilId))
            m_checkIn->showProblem(tr("Try again."));
        return;
    case KioskFlow::CheckIn::AlreadyCompleted:
        m_checkIn->showProblem(tr("You have already answered this questionnaire. Thank you!"));
        return;
    case KioskFlow::CheckIn::Failed:
        m_checkIn->showProblem(tr("Something went wrong. Please ask the nurse."));
        return;
    }
}

void KioskWindow::startQuestions()
{
    UiLanguage::set(m_flow->language());
    m_question->setSession(m_flow->session(), m_flow->language());
    touch();
    const QuestionnaireSession* session = m_flow->session();
    if (!session->answers().isEmpty()) {
        showQuestion(); // resumed: straight back to the first unanswered item
        return;
    }
    const QString language = m_flow->language();
    m_message->show(session->instrument().title.text(language),
                    session->instrument().instructions.text(language), tr("Start"));
    m_afterMessage = [this] { showQuestion(); };
    m_stack->setCurrentWidget(m_message);
}

void KioskWindow::showQuestion()
{
    if (const QString leadIn = m_question->takeLeadIn(); !leadIn.isEmpty()) {
        showLeadIn(leadIn);
        return;
    }
    m_stack->setCurrentWidget(m_question);
    m_question->focusAnswer();
}

void KioskWindow::showLeadIn(const QString& text)
{
    m_message->show(QString(), text, tr("Continue"));
    m_afterMessage = [this] { showQuestion(); };
    m_stack->setCurrentWidget(m_message);
}

void KioskWindow::onQuestionsFinished()
{
    if (m_flow->completeCurrent())
        startQuestions();
    else
        showThankYou();
}

void KioskWindow::showThankYou()
{
    m_message->show(tr("Thank you!"),
                    tr("Your answers have been saved. The nurse will go through them."),
                    tr("Done"));
    m_afterMessage = [this] { showCheckIn(); };
    m_stack->setCurrentWidget(m_message);
    QTimer::singleShot(8000, this, [this] {
        if (m_stack->currentWidget() == m_message && m_afterMessage)
            std::exchange(m_afterMessage, {})();
    });
}

void KioskWindow::onCritical()
{
    QApplication::beep();
    m_checkIn->setNurseNotice(true);
    if (m_criticalShownForPupil)
        return;
    m_criticalShownForPupil = true;
    m_message->show(tr("Thank you for telling us"),
                    tr("The school nurse will talk with you today. You are not alone with this.\n\n"
                       "If you need help right now: talk to the nurse or another adult you trust, "
                       "chat with Sekasin (sekasin.fi), call the MIELI crisis line 09 2525 0111, "
                       "or in an emergency call 112."),
                    tr("Continue"));
    m_afterMessage = [this] { showQuestion(); };
    m_stack->setCurrentWidget(m_message);
}

void KioskWindow::onLanguage(const QString& language)
{
    m_flow->setLanguage(language);
    UiLanguage::set(language);
    m_question->setLanguage(language);
}

void KioskWindow::onReadAloud(const QString& text, const QString& language)
{
    const QString problem = m_readAloud->say(text, language);
    // Why it does not work is said once per pupil, not on every page.
    if (problem.isEmpty() || m_readAloudNoticeGiven)
        return;
    m_readAloudNoticeGiven = true;
    m_speechStatus->setText(problem);
}

void KioskWindow::checkIdle()
{
    if (!m_flow->isActive() || m_lastActivity.isNull())
        return;
    const qint64 idle = m_lastActivity.secsTo(m_flow->config().clock->nowUtc());
    const int warning = m_flow->config().idleWarningSeconds;
    if (idle >= warning + m_flow->config().idleReturnSeconds) {
        showCheckIn(); // the response stays in progress and resumes at check-in
        return;
    }
    if (idle >= warning && !m_idleWarningShown) {
        m_message->show(tr("Are you still there?"), tr("Press Continue to go on answering."),
                        tr("Continue"));
        m_afterMessage = [this] { showQuestion(); };
        m_stack->setCurrentWidget(m_message);
        m_idleWarningShown = true;
    }
}

bool KioskWindow::verifyPin(const QString& title)
{
    // After repeated wrong PINs the prompt is not even shown until the wait is over;
    // the wait runs on the flow's clock, the window keeps working.
    if (m_pinGuard.secondsLocked() > 0) {
        showPinNotice(m_pinGuard.message(PinGuard::Outcome::Refused));
        return false;
    }
    const QString pin = m_pinPrompt(this, title);
    if (pin.isEmpty())
        return false;
    const PinGuard::Outcome outcome = m_pinGuard.check(pin);
    showPinNotice(m_pinGuard.message(outcome)); // a right PIN clears an earlier error
    return outcome == PinGuard::Outcome::Right;
}

void KioskWindow::showPinNotice(const QString& text)
{
    m_pinNotice->setText(text);
    m_pinNotice->setVisible(!text.isEmpty());
    m_pinCountingDown = m_pinGuard.secondsLocked() > 0;
}

void KioskWindow::refreshPinNotice()
{
    // Empty once the wait is over: the notice goes.
    if (m_pinCountingDown)
        showPinNotice(m_pinGuard.message(PinGuard::Outcome::Refused));
}

bool KioskWindow::requestExit()
{
    // The nurse's prompt speaks her language; the pupil's comes back if it fails.
    const QString pupilLanguage = UiLanguage::current();
    UiLanguage::set(m_flow->config().nurseLanguage);
    if (!verifyPin(tr("Nurse's PIN to leave the screening"))) {
        UiLanguage::set(pupilLanguage);
        return false;
    }
    m_flow->leave();
    m_unlocked = true;
    close();
    emit exited();
    return true;
}

bool KioskWindow::requestLiveView()
{
    const QString pupilLanguage = UiLanguage::current();
    UiLanguage::set(m_flow->config().nurseLanguage);
    if (!verifyPin(tr("Nurse's PIN for the live view"))) {
        UiLanguage::set(pupilLanguage);
        return false;
    }
    // Names and critical answers on screen: the view is logged as the nurse's.
    QString refused;
    if (!m_flow->recordLiveView(&refused)) {
        QMessageBox::warning(this, tr("Live view"),
                             tr("The live view is not shown: %1").arg(refused));
        UiLanguage::set(pupilLanguage);
        return false;
    }
    {
        // Over the whole screen: nothing of the pupil's page shows beside the names.
        LiveViewDialog dialog(m_flow, this);
        dialog.setGeometry(screen()->geometry()); // also where no window manager obeys the state
        dialog.setWindowState(dialog.windowState() | Qt::WindowFullScreen);
        dialog.exec();
    }
    // The pupil's turn ends here (their answers are kept): the nurse may have
    // opened the view because of them, and the next one checks in afresh.
    showCheckIn();
    return true;
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_unlocked) {
        event->accept();
        return;
    }
    event->ignore();
    QTimer::singleShot(0, this, [this] { requestExit(); });
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        touch();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    const auto mods = event->modifiers();
    if (event->key() == Qt::Key_N && mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        requestLiveView();
        return;
    }
    if (event->key() == Qt::Key_Q && mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        requestExit();
        return;
    }
    QWidget::keyPressEvent(event); // Escape and everything else do nothing here
}

} // namespace signaali::ui
