#include "db/sql/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace signaali::db {

namespace {
// Open transactions per connection; connections are used from one thread each.
thread_local QHash<QString, int> openDepth;

QString savepoint(int depth)
{
    return QStringLiteral("signaali_%1").arg(depth);
}
} // namespace

Transaction::Transaction(QSqlDatabase& db) : m_db(db), m_depth(openDepth.value(db.connectionName()))
{
    QSqlQuery query(m_db);
    m_active = query.exec(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    if (m_active)
        openDepth[m_db.connectionName()] = m_depth + 1;
    else
        m_error = query.lastError().text();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        query.exec(QStringLiteral("RELEASE ") + savepoint(m_depth));
    }
    openDepth[m_db.connectionName()] = m_depth;
}

bool Transaction::isOpen(const QSqlDatabase& db)
{
    return openDepth.value(db.connectionName()) > 0;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(m_depth == 0 ? QStringLiteral("COMMIT")
                                 : QStringLiteral("RELEASE ") + savepoint(m_depth))) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    openDepth[m_db.connectionName()] = m_depth;
    return true;
}

} // namespace signaali::db
