#pragma once

#include "QuestionnaireSession.h"

#include <QButtonGroup>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QDoubleSpinBox;
class QVBoxLayout;

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
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    // The text read aloud for the current item: question and options.
    QString spokenText() const;

signals:
    void finished();
    void answerGiven(const QString& itemId, double value);
    void readAloudRequested(const QString& text, const QString& language);
    void languageRequested(const QString& language);
    void saveFailed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void choose(double value);
    void goNext();
    void goBack();

    QuestionnaireSession* m_session = nullptr;
    QString m_language = QStringLiteral("fi");
    QLabel* m_title = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_question = nullptr;
    QWidget* m_answers = nullptr;
    QVBoxLayout* m_answerLayout = nullptr;
    QButtonGroup m_group;
    QDoubleSpinBox* m_number = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_readAloud = nullptr;
    QList<QPushButton*> m_languageButtons;
};

} // namespace signaali::ui
