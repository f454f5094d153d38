#pragma once

#include <QCoreApplication>
#include <QString>

namespace signaali::ui {

// The audit log's stable action ids (db/AuditLog.h) and role ids in words for
// the people who read the log; the id itself for anything unknown.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::AuditText)

public:
    static QString action(const QString& id);
    static QString role(const QString& id);
};

} // namespace signaali::ui
