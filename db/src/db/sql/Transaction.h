#pragma once

#include <QSqlDatabase>
#include <QString>

namespace signaali::db {

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. IMMEDIATE takes the
// write lock up front, so two writers never deadlock upgrading a read lock.
// Nested inside another Transaction on the same connection it becomes a
// SAVEPOINT, so a batch can wrap many single operations into one commit.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    // Whether a Transaction is open on this connection (its changes may yet be rolled back).
    static bool isOpen(const QSqlDatabase& db);
    bool commit();
    const QString& error() const { return m_error; }

private:
    QSqlDatabase& m_db;
    int m_depth = 0; // 0: the outermost transaction
    bool m_active = false;
    QString m_error;
};

} // namespace signaali::db
