#pragma once

#include "core/Instrument.h"

#include <QStringList>
#include <functional>

namespace signaali {

// Where a questionnaire's answers go as they are given (the database, in the kiosk).
class AnswerSink
{
public:
    virtual ~AnswerSink() = default;
    virtual bool saveAnswer(const QString& itemId, double value) = 0;
    virtual bool discardAnswers(const QStringList& itemIds) = 0;
};

// One pupil going through one instrument, one item at a time: which item is
// current, what Back and Next do, which items display conditions show, and
// which answers must be discarded when an earlier answer hides later items.
// Widget-free, so the kiosk and the tests drive the same logic.
class QuestionnaireSession
{
public:
    QuestionnaireSession(const Instrument& instrument, Answers answers, AnswerSink* sink = nullptr);

    const Instrument& instrument() const { return m_instrument; }
    const Answers& answers() const { return m_answers; }

    // The item on screen, or null after the last item.
    const Item* current() const;
    bool isFinished() const { return m_index >= m_visible.size(); }
    // 1-based position among the items shown now, and how many are shown.
    int position() const { return static_cast<int>(m_index) + 1; }
    int count() const { return static_cast<int>(m_visible.size()); }
    double progress() const;
    std::optional<double> currentAnswer() const;

    // Records an answer to the current item (saved through the sink first; false
    // if the sink fails). Answers to items that this hides are discarded.
    bool answer(double value);
    // Whether Next may move on: the current item is answered or not required.
    bool canAdvance() const;
    bool next();
    bool back();
    // After a resume: the first shown item without an answer (or the end).
    void moveToFirstUnanswered();

    // Items whose answers were discarded by the last answer() (for tests and UI notes).
    const QStringList& lastDiscarded() const { return m_lastDiscarded; }

private:
    void refreshVisible(const QString& keepItem);

    const Instrument& m_instrument;
    Answers m_answers;
    AnswerSink* m_sink;
    QStringList m_visible;
    qsizetype m_index = 0;
    QStringList m_lastDiscarded;
};

} // namespace signaali
