#pragma once

#include "db/workspace/CaseStore.h"
#include "db/workspace/PupilProfile.h"

#include <QCoreApplication>

class QPrinter;

namespace signaali::ui {

// The one-page summary a nurse takes to the health check visit: the pupil, the
// latest result domain by domain with the reasons, the flags, and what has
// been done. Written where she chooses; it is identified data.
class ProfileSummary
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::ProfileSummary)

public:
    ProfileSummary(const db::PupilProfile& profile, const QList<db::CaseAction>& actions,
                   const QString& preparedBy, const QDate& preparedOn)
        : m_profile(profile), m_actions(actions), m_preparedBy(preparedBy), m_preparedOn(preparedOn)
    {
    }
    QString html() const;
    // The document title, also stored in the PDF's metadata.
    QString title() const;
    bool writePdf(const QString& path, QString* error) const;
    void print(QPrinter* printer) const;

private:
    const db::PupilProfile& m_profile;
    const QList<db::CaseAction>& m_actions;
    QString m_preparedBy;
    QDate m_preparedOn;
};

// The user-visible name of a case action kind.
QString caseActionName(db::CaseActionKind kind);

} // namespace signaali::ui
