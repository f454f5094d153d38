#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace signaali::db::bundle {

// Which rows a bundle takes: local ids, and the time after which a change
// counts (empty: everything).
struct Scope
{
    QList<qint64> schoolIds;
    QList<qint64> roundIds;
    QString since;
};

// Appends the records (compact JSON lines, docs/bundles.md) of each kind,
// made by SQLite's JSON functions straight from the tables; false when a query
// fails (`error` says why).
bool identifiedRecords(QSqlDatabase& db, const Scope& scope, QList<QByteArray>& records,
                       QMap<QString, qint64>& counts, QString* error);
bool summaryRecords(QSqlDatabase& db, const Scope& scope, QList<QByteArray>& records,
                    QMap<QString, qint64>& counts, QString* error);

} // namespace signaali::db::bundle
