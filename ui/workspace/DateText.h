#pragma once

#include <QDateTime>
#include <QString>

namespace signaali::ui {

// Every date and time the workspace shows or prints, in the one format of the
// chosen language (QLocale's default, set with the language): never a fixed
// pattern beside a locale's, so English does not mix 08/12/2026 and 1.12.2026.
struct DateText
{
    static QString date(const QDate& date);
    // In local time.
    static QString dateTime(const QDateTime& time);
    // A stored UTC time ("2026-09-01T08:15:03.120Z"), as the local date (and time).
    static QString fromIsoUtc(const QString& isoUtc, bool withTime);
};

} // namespace signaali::ui
