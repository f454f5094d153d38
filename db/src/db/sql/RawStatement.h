#pragma once

#include "db/Outcome.h"

#include <QString>
#include <QStringEncoder>
#include <QVarLengthArray>
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
    // Text; empty binds NULL when `emptyIsNull`. Bound as UTF-8, the
    // database's own encoding: UTF-16 would be converted again at each step.
    RawStatement& text(const QString& value, bool emptyIsNull = false)
    {
        if (emptyIsNull && value.isEmpty()) {
            sqlite3_bind_null(m_stmt, ++m_index);
            return *this;
        }
        QStringEncoder encoder(QStringEncoder::Utf8);
        QVarLengthArray<char, 256> utf8(encoder.requiredSpace(value.size()));
        char* end = encoder.appendToBuffer(utf8.data(), value);
        sqlite3_bind_text(m_stmt, ++m_index, utf8.data(), static_cast<int>(end - utf8.data()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    // Text already in UTF-8.
    RawStatement& utf8(const QByteArray& value)
    {
        sqlite3_bind_text(m_stmt, ++m_index, value.constData(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT);
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

    // Steps a query bound as above to its first row: false when it has none
    // (or fails). Its columns are read, then the statement reset().
    bool first() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    qint64 integerAt(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString textAt(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)),
                                 sqlite3_column_bytes(m_stmt, column));
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_index = 0;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_index = 0;
};

} // namespace signaali::db
