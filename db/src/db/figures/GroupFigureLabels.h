#pragma once

// Internal to GroupFigures and GroupTrends: the names figures are labelled with.

#include "db/figures/GroupFigures.h"

#include <QHash>

namespace signaali::db::detail {

// Names of schools, municipalities and classes, read once per request.
struct Labels
{
    QHash<qint64, QString> schools;
    QHash<qint64, qint64> schoolMunicipality; // 0: the school has no municipality
    QHash<qint64, QString> municipalities;
    QHash<qint64, QString> classes;
    static Labels load(QSqlDatabase& db);
    QString municipality(qint64 id) const;
};

struct DomainInfo
{
    QString id; // kOverall for the overall level
    QString title;
};
// The overall level and the domains of the instrument's newest stored version,
// titles in the default locale's language.
QList<DomainInfo> instrumentDomains(QSqlDatabase& db, const QString& instrumentId);

} // namespace signaali::db::detail
