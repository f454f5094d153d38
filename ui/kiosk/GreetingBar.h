#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace signaali::ui {

// "Hi, Aino! Not you?" above the first page after check-in: a pupil who picked
// the wrong name goes back before anything is saved.
class GreetingBar : public QWidget
{
    Q_OBJECT

public:
    explicit GreetingBar(QWidget* parent = nullptr);
    void greet(const QString& firstName);

signals:
    void notYou();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_firstName;
    QLabel* m_text = nullptr;
    QPushButton* m_notYou = nullptr;
};

} // namespace signaali::ui
