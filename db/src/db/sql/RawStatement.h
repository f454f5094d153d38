#pragma once

#include "db/Outcome.h"

#include <QString>
#include <optional>
#include <sqlite3.h>

namespace signaali::db {

// One statement prepared once on SQLite's own connection and run many times,
// its values bound in order: for bulk loads, where Qt's per-row binding costs
// more than the row itself. Inside a transaction of the Qt connection.
class RawStatement
{
public:
    RawStatement(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
            SQLITE_OK)
            m_stmt = nullptr;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    RawStatement& integer(qint64 value)
    {
        sqlite3_bind_int64(m_stmt, ++m_index, value);
        return *this;
    }
    RawStatement& real(const std::optional<double>& value)
    {
        if (value)
            sqlite3_bind_double(m_stmt, ++m_index, *value);
        else
            sqlite3_bind_null(m_stmt, ++m_index);
        return *this;
    }
    // Text; empty binds NULL when `emptyIsNull`.
    RawStatement& text(const QString& value, bool emptyIsNull = false)
    {
        if (emptyIsNull && value.isEmpty())
            sqlite3_bind_null(m_stmt, ++m_index);
        else
            sqlite3_bind_text16(m_stmt, ++m_index, value.utf16(),
                                static_cast<int>(value.size() * 2), SQLITE_TRANSIENT);
        return *this;
    }
    // Runs and resets; the database's message when it fails.
    std::optional<Refusal> run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_index = 0;
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return Refusal::databaseFailed(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return std::nullopt;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_index = 0;
};

} // namespace signaali::db
