#include "db/figures/GroupFigureLabels.h"

#include "db/sql/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace signaali::db::detail {

Labels Labels::load(QSqlDatabase& db)
{
    Labels labels;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, name, coalesce(municipality_id, 0) FROM school"));
    while (query.next()) {
        labels.schools.insert(query.value(0).toLongLong(), query.value(1).toString());
        labels.schoolMunicipality.insert(query.value(0).toLongLong(), query.value(2).toLongLong());
    }
    query.exec(QStringLiteral("SELECT id, name FROM municipality"));
    while (query.next())
        labels.municipalities.insert(query.value(0).toLongLong(), query.value(1).toString());
    query.exec(QStringLiteral("SELECT id, name FROM pupil_group WHERE kind = 'class'"));
    while (query.next())
        labels.classes.insert(query.value(0).toLongLong(), query.value(1).toString());
    return labels;
}

QString Labels::municipality(qint64 id) const
{
    return municipalities.value(id, QStringLiteral("(all schools)"));
}

QList<DomainInfo> instrumentDomains(QSqlDatabase& db, const QString& instrumentId)
{
    QList<DomainInfo> domains{{kOverall, GroupSignalRules::overallText()}};
    const auto definition =
        scalar(db,
               QStringLiteral("SELECT definition FROM instrument_version WHERE instrument_id = ? "
                              "ORDER BY id DESC LIMIT 1"),
               {instrumentId});
    if (!definition)
        return domains;
    const QString language = QLocale().name().left(2);
    const QJsonArray list = QJsonDocument::fromJson(definition->toString().toUtf8())
                                .object()
                                .value(QStringLiteral("domains"))
                                .toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject domain = value.toObject();
        const QJsonObject title = domain.value(QStringLiteral("title")).toObject();
        QString text = title.value(language).toString();
        for (const char* fallback : {"en", "fi", "sv"})
            if (text.isEmpty())
                text = title.value(QLatin1String(fallback)).toString();
        const QString id = domain.value(QStringLiteral("id")).toString();
        domains << DomainInfo{id, text.isEmpty() ? id : text};
    }
    return domains;
}

} // namespace signaali::db::detail
