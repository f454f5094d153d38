#pragma once

#include "core/Instrument.h"
#include "core/ScoreResult.h"

#include <QLocale>
#include <QString>

namespace signaali {

// Writes flag reasons and invalidity reasons in the pupil's language, with
// numbers in that language's format. The sentence templates are translated
// in resources/translations (context "Reasons"), independently of the UI language.
class ReasonText
{
public:
    ReasonText(const Instrument& instrument, const QString& language);

    const QString& language() const { return m_language; }
    QString threshold(const Domain& domain, const DomainResult& result) const;
    QString critical(const CriticalRule& rule, double answer) const;
    QString accumulation(const QStringList& domainTitles) const;
    QString change(const Domain& domain, double now, double before, double threshold) const;
    QString tooManyMissing(const Domain& domain, const DomainResult& result) const;

    QString number(double value) const;

private:
    QString phrase(const char* source) const;
    QString scoreText(const Domain& domain, const DomainResult& result) const;

    const Instrument& m_instrument;
    QString m_language;
    QLocale m_locale;
};

// Translates `source` from context `context` into `language` ("fi", "sv", "en")
// using the translations compiled into the application.
QString translateTo(const QString& language, const char* context, const char* source);

} // namespace signaali
