#include "QuestionPage.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
const QList<std::pair<QString, QString>> kLanguages{
    {QStringLiteral("fi"), QStringLiteral("Suomi")},
    {QStringLiteral("sv"), QStringLiteral("Svenska")},
    {QStringLiteral("en"), QStringLiteral("English")}};

QFont scaledFont(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

QuestionPage::QuestionPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("questionPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(18);

    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setFont(scaledFont(font(), 1.1));
    top->addWidget(m_title, 1);
    for (const auto& [code, name] : kLanguages) {
        auto* button = new QPushButton(name, this);
        button->setObjectName(QStringLiteral("language_") + code);
        button->setCheckable(true);
        button->setAccessibleName(name);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, this,
                [this, code = code] { emit languageRequested(code); });
        m_languageButtons << button;
        top->addWidget(button);
    }
    m_readAloud = new QPushButton(this);
    m_readAloud->setObjectName(QStringLiteral("readAloud"));
    m_readAloud->setFocusPolicy(Qt::TabFocus);
    connect(m_readAloud, &QPushButton::clicked, this,
            [this] { emit readAloudRequested(spokenText(), m_language); });
    top->addWidget(m_readAloud);
    layout->addLayout(top);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(14);
    layout->addWidget(m_progress);

    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    m_question->setFont(scaledFont(font(), 1.8, true));
    m_question->setTextFormat(Qt::PlainText);
    layout->addWidget(m_question);

    m_answers = new QWidget(this);
    m_answerLayout = new QVBoxLayout(m_answers);
    m_answerLayout->setSpacing(12);
    m_answerLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_answers, 1);

    auto* bottom = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("back"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("next"));
    for (QPushButton* button : {m_back, m_next}) {
        button->setMinimumHeight(64);
        button->setMinimumWidth(200);
        button->setFont(scaledFont(font(), 1.4));
    }
    connect(m_back, &QPushButton::clicked, this, &QuestionPage::goBack);
    connect(m_next, &QPushButton::clicked, this, &QuestionPage::goNext);
    bottom->addWidget(m_back);
    bottom->addStretch(1);
    bottom->addWidget(m_next);
    layout->addLayout(bottom);

    m_group.setExclusive(true);
    connect(&m_group, &QButtonGroup::idClicked, this, [this](int code) { choose(code); });
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
}

void QuestionPage::setSession(QuestionnaireSession* session, const QString& language)
{
    m_session = session;
    m_language = language;
    rebuild();
}

void QuestionPage::setLanguage(const QString& language)
{
    m_language = language;
    rebuild();
}

QString QuestionPage::spokenText() const
{
    const Item* item = m_session ? m_session->current() : nullptr;
    if (!item)
        return {};
    QStringList parts{item->text.text(m_language)};
    const Scale* scale = m_session->instrument().scale(item->scaleId);
    for (int i = 0; i < scale->options.size(); ++i)
        parts << QStringLiteral("%1: %2").arg(i + 1).arg(scale->options[i].label.text(m_language));
    return parts.join(QStringLiteral(". "));
}

void QuestionPage::rebuild()
{
    // Old answer widgets may be mid-signal (the clicked option), so they are deleted
    // later; until then they are hidden and nameless so nothing finds them.
    for (QAbstractButton* button : m_group.buttons())
        m_group.removeButton(button);
    m_number = nullptr;
    while (QLayoutItem* child = m_answerLayout->takeAt(0)) {
        if (QWidget* widget = child->widget()) {
            widget->hide();
            widget->setObjectName(QString());
            widget->deleteLater();
        }
        delete child;
    }
    for (QPushButton* button : m_languageButtons)
        button->setChecked(button->objectName().endsWith(m_language));
    retranslate();
    const Item* item = m_session ? m_session->current() : nullptr;
    if (!item)
        return;
    const Instrument& instrument = m_session->instrument();
    m_title->setText(instrument.title.text(m_language));
    m_progress->setRange(0, m_session->count());
    m_progress->setValue(m_session->position() - 1);
    m_progress->setAccessibleName(
        tr("Question %1 of %2").arg(m_session->position()).arg(m_session->count()));
    m_question->setText(item->text.text(m_language));
    m_question->setAccessibleName(item->text.text(m_language));

    const Scale* scale = instrument.scale(item->scaleId);
    const auto answer = m_session->currentAnswer();
    if (scale->isNumber()) {
        m_number = new QDoubleSpinBox(m_answers);
        m_number->setObjectName(QStringLiteral("number"));
        m_number->setRange(scale->min, scale->max);
        m_number->setSingleStep(scale->step);
        m_number->setDecimals(scale->step < 1 ? 1 : 0);
        m_number->setSuffix(
            scale->unit.isEmpty() ? QString() : QLatin1Char(' ') + scale->unit.text(m_language));
        m_number->setLocale(QLocale(m_language == QLatin1String("en")   ? QLocale::English
                                    : m_language == QLatin1String("sv") ? QLocale::Swedish
                                                                        : QLocale::Finnish));
        m_number->setFont(scaledFont(font(), 2.0));
        m_number->setMinimumHeight(80);
        m_number->setMaximumWidth(360);
        m_number->setAccessibleName(item->text.text(m_language));
        m_number->setValue(answer.value_or(scale->min));
        m_answerLayout->addWidget(m_number);
        m_answerLayout->addStretch(1);
        m_number->setFocus();
    } else {
        for (int i = 0; i < scale->options.size(); ++i) {
            const ScaleOption& option = scale->options[i];
            auto* button = new QPushButton(
                QStringLiteral("%1   %2").arg(i + 1).arg(option.label.text(m_language)), m_answers);
            button->setObjectName(QStringLiteral("option_%1").arg(option.code));
            button->setCheckable(true);
            button->setChecked(answer && *answer == option.code);
            button->setMinimumHeight(64);
            button->setFont(scaledFont(font(), 1.4));
            button->setAccessibleName(option.label.text(m_language));
            button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 24px;"));
            m_group.addButton(button, option.code);
            m_answerLayout->addWidget(button);
        }
        m_answerLayout->addStretch(1);
        setFocus();
    }
    m_back->setEnabled(m_session->position() > 1);
    m_next->setEnabled(m_session->canAdvance() || scale->isNumber());
}

void QuestionPage::retranslate()
{
    m_readAloud->setText(tr("Read aloud (R)"));
    m_readAloud->setAccessibleName(tr("Read the question aloud"));
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(tr("Previous question"));
    const Item* item = m_session ? m_session->current() : nullptr;
    const bool skippable = item && !item->required && !m_session->currentAnswer();
    m_next->setText(skippable ? tr("Skip") : tr("Next"));
    m_next->setAccessibleName(skippable ? tr("Skip this question") : tr("Next question"));
}

void QuestionPage::choose(double value)
{
    if (!m_session || !m_session->current())
        return;
    const QString itemId = m_session->current()->id;
    if (!m_session->answer(value)) {
        emit saveFailed();
        rebuild();
        return;
    }
    emit answerGiven(itemId, value);
    m_next->setEnabled(true);
    retranslate();
}

void QuestionPage::goNext()
{
    if (!m_session)
        return;
    if (m_number && !m_session->currentAnswer())
        choose(m_number->value());
    else if (m_number && m_number->value() != *m_session->currentAnswer())
        choose(m_number->value());
    if (!m_session->next())
        return;
    if (m_session->isFinished())
        emit finished();
    else
        rebuild();
}

void QuestionPage::goBack()
{
    if (m_session && m_session->back())
        rebuild();
}

void QuestionPage::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && !m_number) {
        const int index = key - Qt::Key_1;
        if (m_session && m_session->current()) {
            const Scale* scale = m_session->instrument().scale(m_session->current()->scaleId);
            if (index < scale->options.size()) {
                m_group.button(scale->options[index].code)->setChecked(true);
                choose(scale->options[index].code);
            }
        }
        return;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        goNext();
        return;
    case Qt::Key_Backspace:
        goBack();
        return;
    case Qt::Key_R:
        emit readAloudRequested(spokenText(), m_language);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void QuestionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace signaali::ui
