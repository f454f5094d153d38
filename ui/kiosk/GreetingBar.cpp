#include "kiosk/GreetingBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace signaali::ui {

GreetingBar::GreetingBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("greeting"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(48, 12, 48, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("greetingText"));
    QFont bold = font();
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    bold.setBold(true);
    m_text->setFont(bold);
    m_notYou = new QPushButton(this);
    m_notYou->setObjectName(QStringLiteral("notYou"));
    m_notYou->setAutoDefault(true);
    layout->addWidget(m_text);
    layout->addSpacing(24);
    layout->addWidget(m_notYou);
    layout->addStretch(1);
    connect(m_notYou, &QPushButton::clicked, this, &GreetingBar::notYou);
    retranslate();
}

void GreetingBar::greet(const QString& firstName)
{
    m_firstName = firstName;
    retranslate();
    show();
}

void GreetingBar::retranslate()
{
    m_text->setText(tr("Hi, %1!").arg(m_firstName));
    m_notYou->setText(tr("Not you?"));
    m_notYou->setAccessibleName(tr("Not you? Back to choosing your name"));
}

void GreetingBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace signaali::ui
