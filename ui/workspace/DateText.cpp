#include "workspace/DateText.h"

#include <QLocale>

namespace signaali::ui {

QString DateText::date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString DateText::dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString DateText::fromIsoUtc(const QString& isoUtc, bool withTime)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return isoUtc;
    return withTime ? dateTime(time) : date(time.toLocalTime().date());
}

} // namespace signaali::ui
