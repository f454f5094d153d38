#include "kiosk/QuestionPage.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
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

// Past this many options the buttons go in two columns, so eight still fit at 1280x720.
constexpr int kOneColumnOptions = 5;
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
    m_progress->setTextVisible(true);
    m_progress->setAlignment(Qt::AlignCenter);
    m_progress->setFixedHeight(26);
    layout->addWidget(m_progress);

    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    m_question->setFont(scaledFont(font(), 1.8, true));
    m_question->setTextFormat(Qt::PlainText);
    layout->addWidget(m_question);

    m_answers = new QWidget(this);
    m_answerLayout = new QGridLayout(m_answers);
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
        button->setAutoDefault(true); // Enter presses the focused button, as Space does
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
    if (session != m_session)
        m_leadInsShown.clear();
    m_session = session;
    m_language = language;
    rebuild();
}

QString QuestionPage::takeLeadIn()
{
    const Item* item = m_session ? m_session->current() : nullptr;
    if (!item || item->leadIn.isEmpty() || m_leadInsShown.contains(item->id))
        return {};
    m_leadInsShown.insert(item->id);
    return item->leadIn.text(m_language);
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
    m_numberHint = nullptr;
    while (QLayoutItem* child = m_answerLayout->takeAt(0)) {
        if (QWidget* widget = child->widget()) {
            widget->hide();
            widget->setObjectName(QString());
            widget->deleteLater();
        }
        delete child;
    }
    for (int row = 0; row < m_answerLayout->rowCount(); ++row)
        m_answerLayout->setRowStretch(row, 0);
    for (QPushButton* button : m_languageButtons)
        button->setChecked(button->objectName().endsWith(m_language));
    retranslate();
    const Item* item = m_session ? m_session->current() : nullptr;
    if (!item) {
        // Nothing of the previous pupil stays on the page.
        m_title->clear();
        m_question->clear();
        m_progress->reset();
        m_progress->setFormat(QString());
        return;
    }
    const Instrument& instrument = m_session->instrument();
    m_title->setText(instrument.title.text(m_language));
    m_progress->setRange(0, m_session->count());
    m_progress->setValue(m_session->position() - 1);
    m_progress->setFormat(tr("%1 / %2").arg(m_session->position()).arg(m_session->count()));
    m_progress->setAccessibleName(
        tr("Question %1 of %2").arg(m_session->position()).arg(m_session->count()));
    m_question->setText(item->text.text(m_language));
    m_question->setAccessibleName(item->text.text(m_language));

    const Scale* scale = instrument.scale(item->scaleId);
    const auto answer = m_session->currentAnswer();
    if (scale->isNumber())
        buildNumber(*item, *scale, answer);
    else
        buildOptions(*scale, answer);
    m_back->setEnabled(m_session->position() > 1);
    updateNext();
}

void QuestionPage::buildNumber(const Item& item, const Scale& scale, std::optional<double> answer)
{
    m_number = new QDoubleSpinBox(m_answers);
    m_number->setObjectName(QStringLiteral("number"));
    // One step below the scale's range stands for "not answered yet", so the field
    // starts empty and Enter cannot record the lowest value by accident.
    m_number->setRange(scale.min - scale.step, scale.max);
    m_number->setSpecialValueText(QStringLiteral("–"));
    m_number->setSingleStep(scale.step);
    m_number->setDecimals(scale.step < 1 ? 1 : 0);
    m_number->setSuffix(scale.unit.isEmpty() ? QString()
                                             : QLatin1Char(' ') + scale.unit.text(m_language));
    m_number->setLocale(QLocale(m_language == QLatin1String("en")   ? QLocale::English
                                : m_language == QLatin1String("sv") ? QLocale::Swedish
                                                                    : QLocale::Finnish));
    m_number->setFont(scaledFont(font(), 2.0));
    m_number->setMinimumHeight(80);
    m_number->setMinimumWidth(280);
    m_number->setMaximumWidth(360);
    m_number->setAccessibleName(item.text.text(m_language));
    m_number->setValue(answer.value_or(m_number->minimum()));
    connect(m_number, &QDoubleSpinBox::valueChanged, this, &QuestionPage::updateNext);
    m_numberHint = new QLabel(m_answers);
    m_numberHint->setObjectName(QStringLiteral("numberHint"));
    m_numberHint->setWordWrap(true);
    m_numberHint->setFont(scaledFont(font(), 1.2));
    m_numberHint->setText(item.required ? tr("Type a number, or choose one with the arrow keys.")
                                        : tr("Type a number, or choose one with the arrow keys. "
                                             "You can also skip this question."));
    m_answerLayout->addWidget(m_number, 0, 0, Qt::AlignLeft);
    m_answerLayout->addWidget(m_numberHint, 1, 0);
    m_answerLayout->setRowStretch(2, 1);
    m_number->show();
    m_numberHint->show();
    focusAnswer();
}

void QuestionPage::focusAnswer()
{
    if (!m_number) {
        setFocus();
        return;
    }
    m_number->setFocus();
    m_number->selectAll(); // typing replaces the dash or the earlier answer
}

void QuestionPage::buildOptions(const Scale& scale, std::optional<double> answer)
{
    const int count = static_cast<int>(scale.options.size());
    const int rows = count > kOneColumnOptions ? (count + 1) / 2 : count;
    for (int i = 0; i < count; ++i) {
        const ScaleOption& option = scale.options[i];
        auto* button = new QPushButton(
            QStringLiteral("%1   %2").arg(i + 1).arg(option.label.text(m_language)), m_answers);
        button->setObjectName(QStringLiteral("option_%1").arg(option.code));
        button->setProperty("answerOption", true); // left-aligned text, see the window's style
        button->setCheckable(true);
        button->setChecked(answer && *answer == option.code);
        button->setMinimumHeight(64);
        button->setFont(scaledFont(font(), 1.4));
        button->setAccessibleName(option.label.text(m_language));
        m_group.addButton(button, option.code);
        // Down the first column, then the second: the number keys still read in order.
        m_answerLayout->addWidget(button, i % rows, i / rows);
        button->show();
    }
    m_answerLayout->setRowStretch(rows, 1);
    setFocus();
}

bool QuestionPage::numberEntered() const
{
    return m_number && m_number->value() > m_number->minimum();
}

void QuestionPage::updateNext()
{
    const Item* item = m_session ? m_session->current() : nullptr;
    m_next->setEnabled(item && (m_session->canAdvance() || numberEntered()));
    retranslate();
}

void QuestionPage::retranslate()
{
    m_readAloud->setText(tr("Read aloud (R)"));
    m_readAloud->setAccessibleName(tr("Read the question aloud"));
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(tr("Previous question"));
    const Item* item = m_session ? m_session->current() : nullptr;
    const bool skippable =
        item && !item->required && !m_session->currentAnswer() && !numberEntered();
    m_next->setText(skippable ? tr("Skip") : tr("Next"));
    m_next->setAccessibleName(skippable ? tr("Skip this question") : tr("Next question"));
}

bool QuestionPage::choose(double value)
{
    if (!m_session || !m_session->current())
        return false;
    const QString itemId = m_session->current()->id;
    if (!m_session->answer(value)) {
        emit saveFailed();
        rebuild();
        return false;
    }
    emit answerGiven(itemId, value);
    m_next->setEnabled(true);
    retranslate();
    return true;
}

void QuestionPage::goNext()
{
    if (!m_session || !m_session->current())
        return;
    if (m_number) {
        if (numberEntered()) {
            const auto given = m_session->currentAnswer();
            if ((!given || m_number->value() != *given) && !choose(m_number->value()))
                return; // not saved: the kiosk says so
        } else if (!m_session->canAdvance()) {
            m_number->setFocus(); // required and empty: nothing is recorded
            return;
        }
    }
    if (!m_session->next())
        return;
    if (m_session->isFinished()) {
        emit finished();
        return;
    }
    rebuild();
    if (const QString leadIn = takeLeadIn(); !leadIn.isEmpty())
        emit leadInReached(leadIn);
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
