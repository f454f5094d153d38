#include "core/ReasonText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QTranslator>
#include <cmath>
#include <memory>

namespace signaali {

QString translateTo(const QString& language, const char* context, const char* source)
{
    // One translator per language, loaded once; reasons are written in the
    // pupil's language even when the UI speaks another.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    std::shared_ptr<QTranslator> translator;
    {
        QMutexLocker lock(&mutex);
        auto& slot = translators[language];
        if (!slot) {
            slot = std::make_shared<QTranslator>();
            // English is the source language: a missing English catalogue is expected.
            const bool loaded = slot->load(QStringLiteral(":/i18n/signaali_%1.qm").arg(language));
            Q_UNUSED(loaded);
        }
        translator = slot;
    }
    const QString translated = translator->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

ReasonText::ReasonText(const Instrument& instrument, const QString& language)
    : m_instrument(instrument),
      m_language(instrument.languages.contains(language) ? language : instrument.languages.first()),
      m_locale(m_language == QLatin1String("fi") ? QLocale(QLocale::Finnish, QLocale::Finland)
               : m_language == QLatin1String("sv")
                   ? QLocale(QLocale::Swedish, QLocale::Finland)
                   : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QString ReasonText::phrase(const char* source) const
{
    return translateTo(m_language, "Reasons", source);
}

QString ReasonText::number(double value) const
{
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return m_locale.toString(static_cast<qlonglong>(rounded));
    return m_locale.toString(rounded, 'f', 1);
}

QString ReasonText::scoreText(const Domain& domain, const DomainResult& result) const
{
    const auto [low, high] = m_instrument.possibleRange(domain);
    Q_UNUSED(low);
    QString text =
        phrase(QT_TRANSLATE_NOOP("Reasons", "%1 of %2")).arg(number(*result.score), number(high));
    if (result.percentage)
        text += QLatin1Char(' ') +
                phrase(QT_TRANSLATE_NOOP("Reasons", "(%1 %)")).arg(number(*result.percentage));
    return text;
}

QString ReasonText::threshold(const Domain& domain, const DomainResult& result) const
{
    const Level level = result.level.value_or(Level::Ok);
    const double cut = domain.cutOff(level).value_or(0);
    const char* source = nullptr;
    if (domain.higherIsWorse)
        source = level == Level::Concern
                     ? QT_TRANSLATE_NOOP("Reasons", "%1: %2, at or above the concern cut-off %3")
                     : QT_TRANSLATE_NOOP("Reasons", "%1: %2, at or above the watch cut-off %3");
    else
        source = level == Level::Concern
                     ? QT_TRANSLATE_NOOP("Reasons", "%1: %2, at or below the concern cut-off %3")
                     : QT_TRANSLATE_NOOP("Reasons", "%1: %2, at or below the watch cut-off %3");
    QString cutText = number(cut);
    if (domain.bandsOnPercentage)
        cutText = phrase(QT_TRANSLATE_NOOP("Reasons", "%1 %")).arg(cutText);
    return phrase(source).arg(domain.title.text(m_language), scoreText(domain, result), cutText);
}

QString ReasonText::critical(const CriticalRule& rule, double answer) const
{
    QString answerText = number(answer);
    if (const Scale* scale = m_instrument.scaleOfItem(rule.item); scale && !scale->isNumber())
        for (const ScaleOption& option : scale->options)
            if (option.code == answer)
                answerText = option.label.text(m_language);
    return phrase(
               QT_TRANSLATE_NOOP("Reasons", "Critical answer: %1: \"%2\". Needs a response today."))
        .arg(rule.topic.text(m_language), answerText);
}

QString ReasonText::accumulation(const QStringList& domainTitles) const
{
    return phrase(QT_TRANSLATE_NOOP(
                      "Reasons",
                      "%1 areas at watch level together (%2): overall level raised to concern"))
        .arg(QString::number(domainTitles.size()), domainTitles.join(QStringLiteral(", ")));
}

QString ReasonText::change(const Domain& domain, double now, double before, double threshold) const
{
    return phrase(QT_TRANSLATE_NOOP("Reasons",
                                    "%1: %2 now, %3 at the previous screening; a change of %4 "
                                    "exceeds the reliable change %5"))
        .arg(domain.title.text(m_language), number(now), number(before),
             number(std::abs(now - before)), number(threshold));
}

QString ReasonText::tooManyMissing(const Domain& domain, const DomainResult& result) const
{
    return phrase(QT_TRANSLATE_NOOP("Reasons", "%1: %2 of %3 items unanswered, at most %4 allowed"))
        .arg(domain.title.text(m_language), QString::number(result.asked - result.answered),
             QString::number(result.asked), QString::number(domain.maxMissing));
}

} // namespace signaali
