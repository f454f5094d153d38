#pragma once

#include "db/workspace/PupilProfile.h"
#include "workspace/WorkspaceContext.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace signaali::ui {

// At the top of a profile, in red: the critical answers the nurse has not yet
// handled that no result shows, typically from a questionnaire the pupil did
// not finish. Each can be marked handled here.
class CriticalAnswerBanner : public QFrame
{
    Q_OBJECT

public:
    CriticalAnswerBanner(const WorkspaceContext& context, QWidget* parent = nullptr);

    void setAnswers(const QList<db::OpenCriticalAnswer>& answers);
    // Marks the answer at `index` handled; false (with the refusal on screen) if refused.
    bool markHandled(int index);

signals:
    // A critical answer was marked handled (the start page and profile may change).
    void handled();

private:
    const WorkspaceContext& m_context;
    QList<db::OpenCriticalAnswer> m_answers;
    QVBoxLayout* m_rows = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace signaali::ui
