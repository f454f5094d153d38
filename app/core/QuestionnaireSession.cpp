#include "core/QuestionnaireSession.h"

namespace signaali {

QuestionnaireSession::QuestionnaireSession(const Instrument& instrument, Answers answers,
                                           AnswerSink* sink)
    : m_instrument(instrument), m_sink(sink)
{
    m_answers = m_instrument.effectiveAnswers(answers, &m_visible);
}

const Item* QuestionnaireSession::current() const
{
    return isFinished() ? nullptr : m_instrument.item(m_visible[m_index]);
}

double QuestionnaireSession::progress() const
{
    return m_visible.isEmpty()
               ? 1.0
               : static_cast<double>(m_index) / static_cast<double>(m_visible.size());
}

std::optional<double> QuestionnaireSession::currentAnswer() const
{
    const Item* item = current();
    if (!item || !m_answers.contains(item->id))
        return std::nullopt;
    return m_answers.value(item->id);
}

bool QuestionnaireSession::answer(double value)
{
    m_lastDiscarded.clear();
    const Item* item = current();
    if (!item || !m_instrument.scale(item->scaleId)->accepts(value))
        return false;
    if (m_sink && !m_sink->saveAnswer(item->id, value))
        return false;
    m_answers.insert(item->id, value);
    refreshVisible(item->id);
    return true;
}

void QuestionnaireSession::refreshVisible(const QString& keepItem)
{
    QStringList visible;
    const Answers kept = m_instrument.effectiveAnswers(m_answers, &visible);
    for (auto it = m_answers.constBegin(); it != m_answers.constEnd(); ++it)
        if (!kept.contains(it.key()))
            m_lastDiscarded << it.key();
    if (!m_lastDiscarded.isEmpty()) {
        m_lastDiscarded.sort();
        if (m_sink)
            m_sink->discardAnswers(m_lastDiscarded);
        m_answers = kept;
    }
    m_visible = visible;
    // Conditions only look back, so the current item stays shown.
    m_index = std::max<qsizetype>(0, m_visible.indexOf(keepItem));
}

bool QuestionnaireSession::canAdvance() const
{
    const Item* item = current();
    return item && (!item->required || m_answers.contains(item->id));
}

bool QuestionnaireSession::next()
{
    if (!canAdvance())
        return false;
    ++m_index;
    return true;
}

bool QuestionnaireSession::back()
{
    if (m_index == 0)
        return false;
    --m_index;
    return true;
}

void QuestionnaireSession::moveToFirstUnanswered()
{
    m_index = 0;
    while (m_index < m_visible.size() && m_answers.contains(m_visible[m_index]))
        ++m_index;
}

} // namespace signaali
