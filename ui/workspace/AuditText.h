#pragma once

#include <QCoreApplication>
#include <QString>

namespace signaali::ui {

// The audit log's stable action ids (db/AuditLog.h), role ids and details in
// words for the people who read the log; the stored text for anything unknown.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::AuditText)

public:
    static QString action(const QString& id);
    static QString role(const QString& id);
    // The stored detail of an entry (English, stable, as in the exported log)
    // in words, read by the action; a detail of a form not known here as it is.
    static QString detail(const QString& action, const QString& detail);
};

} // namespace signaali::ui
