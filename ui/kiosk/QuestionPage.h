#pragma once

#include "core/QuestionnaireSession.h"

#include <QButtonGroup>
#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QDoubleSpinBox;
class QGridLayout;

namespace signaali::ui {

// One item on screen, for any instrument: the question, large answer buttons
// (or a number field), progress, Back and Next. Keyboard: number keys choose,
// Enter moves on, Backspace goes back, R reads aloud.
class QuestionPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPage(QWidget* parent = nullptr);

    void setSession(QuestionnaireSession* session, const QString& language);
    // Lets go of the session (it is about to be destroyed); the page shows nothing.
    void clearSession() { setSession(nullptr, m_language); }
    QuestionnaireSession* session() const { return m_session; }
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    // The text read aloud for the current item: question and options.
    QString spokenText() const;
    // The current item's lead-in if it has one not yet shown in this session;
    // marks it shown.
    QString takeLeadIn();
    // Keyboard focus where the pupil answers: the number field, or the page's keys.
    void focusAnswer();

signals:
    void finished();
    void answerGiven(const QString& itemId, double value);
    void readAloudRequested(const QString& text, const QString& language);
    void languageRequested(const QString& language);
    void saveFailed();
    // The pupil moved on to an item with a lead-in: show it before the item.
    void leadInReached(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    bool choose(double value);
    void goNext();
    void goBack();
    void updateNext();
    bool numberEntered() const;
    void buildNumber(const Item& item, const Scale& scale, std::optional<double> answer);
    void buildOptions(const Scale& scale, std::optional<double> answer);

    QuestionnaireSession* m_session = nullptr;
    QString m_language = QStringLiteral("fi");
    QLabel* m_title = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_question = nullptr;
    QWidget* m_answers = nullptr;
    QGridLayout* m_answerLayout = nullptr;
    QButtonGroup m_group;
    QDoubleSpinBox* m_number = nullptr;
    QLabel* m_numberHint = nullptr;
    QSet<QString> m_leadInsShown;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_readAloud = nullptr;
    QList<QPushButton*> m_languageButtons;
};

} // namespace signaali::ui
