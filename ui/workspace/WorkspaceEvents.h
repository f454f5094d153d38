#pragma once

#include <QObject>

namespace signaali::ui {

// Tells the pages of one window that something they show has changed in
// another page (a follow-up recorded or corrected, a flag handled, a case
// shared), so that they can show it without being refreshed by hand.
class WorkspaceEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void caseChanged();
};

} // namespace signaali::ui
