#include "workspace/CriticalAnswerBanner.h"

#include "db/workspace/AttentionList.h"
#include "workspace/TableHelpers.h"
#include "workspace/WorkspaceEvents.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

CriticalAnswerBanner::CriticalAnswerBanner(const WorkspaceContext& context, QWidget* parent)
    : QFrame(parent), m_context(context)
{
    setObjectName(QStringLiteral("openCritical"));
    setStyleSheet(QStringLiteral("#openCritical { background: #b3261e; border-radius: 6px; }"
                                 "#openCritical QLabel { color: white; }"));
    auto* layout = new QVBoxLayout(this);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("openCriticalProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    hide();
}

void CriticalAnswerBanner::setAnswers(const QList<db::OpenCriticalAnswer>& answers)
{
    m_answers = answers;
    while (QLayoutItem* row = m_rows->takeAt(0)) {
        if (QLayout* inner = row->layout())
            while (QLayoutItem* child = inner->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        delete row;
    }
    for (int i = 0; i < m_answers.size(); ++i) {
        const db::OpenCriticalAnswer& answer = m_answers[i];
        auto* row = new QHBoxLayout;
        const QString when =
            tr("Critical answer %1, %2").arg(displayTime(answer.givenAt), answer.roundName);
        const QString status =
            answer.unfinished ? tr("questionnaire not finished") : tr("not in the latest result");
        auto* text = new QLabel(
            QStringLiteral("<b>%1</b> (%2)<br>%3")
                .arg(when.toHtmlEscaped(), status.toHtmlEscaped(), answer.reason.toHtmlEscaped()),
            this);
        text->setObjectName(QStringLiteral("openCritical_%1").arg(i));
        text->setWordWrap(true);
        auto* button = new QPushButton(tr("Mark handled"), this);
        button->setObjectName(QStringLiteral("openCriticalHandled_%1").arg(i));
        connect(button, &QPushButton::clicked, this, [this, i] { markHandled(i); });
        row->addWidget(text, 1);
        row->addWidget(button, 0, Qt::AlignTop);
        m_rows->addLayout(row);
    }
    m_problem->hide();
    setVisible(!m_answers.isEmpty());
}

bool CriticalAnswerBanner::markHandled(int index)
{
    if (index < 0 || index >= m_answers.size())
        return false;
    const db::OpenCriticalAnswer& answer = m_answers[index];
    const auto done = db::markFlagsHandled(m_context.db(), m_context.user, answer.responseId,
                                           {answer.code}, {}, *m_context.clock);
    if (!done) {
        m_problem->setText(done.error());
        m_problem->show();
        return false;
    }
    QList<db::OpenCriticalAnswer> rest = m_answers;
    rest.removeAt(index);
    setAnswers(rest);
    emit handled();
    if (m_context.events)
        emit m_context.events->caseChanged(); // the start page lists it no more
    return true;
}

} // namespace signaali::ui
