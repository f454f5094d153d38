#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace signaali::db {

// Splits an SQL script into complete statements (sqlite3_complete), so that
// triggers with inner semicolons stay whole.
QStringList splitSqlScript(const QString& script);

// Runs the script from `resourcePath`, then `afterScript` (a step in C++ that
// fills what SQL alone cannot; it returns what failed, or nothing), then
// `epilogue`, in one IMMEDIATE transaction; returns an empty string on
// success, else what failed (and rolls back).
QString runScriptInTransaction(QSqlDatabase& db, const QString& resourcePath,
                               const QStringList& epilogue,
                               const std::function<QString()>& afterScript = {});

} // namespace signaali::db
