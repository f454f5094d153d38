#include "core/Scorer.h"

#include "core/FlagCode.h"
#include "core/ReasonText.h"

#include <cmath>

namespace signaali {

const DomainResult* ScoreResult::domain(const QString& id) const
{
    for (const DomainResult& d : domains)
        if (d.id == id)
            return &d;
    return nullptr;
}

bool ScoreResult::hasCritical() const
{
    for (const Flag& flag : flags)
        if (flag.critical)
            return true;
    return false;
}

DomainResult Scorer::scoreDomain(const Instrument& instrument, const Domain& domain,
                                 const Answers& answers, const QStringList& visible)
{
    DomainResult result;
    result.id = domain.id;
    double sum = 0, weightAnswered = 0, weightAsked = 0;
    for (const QString& itemId : domain.items) {
        if (!visible.contains(itemId))
            continue;
        const Scale* scale = instrument.scaleOfItem(itemId);
        const double weight = domain.weight(itemId);
        ++result.asked;
        weightAsked += weight;
        const auto it = answers.constFind(itemId);
        if (it == answers.constEnd() || !scale->accepts(*it))
            continue;
        double points = scale->pointsFor(*it).value_or(0);
        if (domain.reverse.contains(itemId))
            points = scale->lowestPoints() + scale->highestPoints() - points;
        sum += points * weight;
        weightAnswered += weight;
        ++result.answered;
    }
    const int missing = result.asked - result.answered;
    if (result.answered == 0 || missing > domain.maxMissing)
        return result;

    double score = sum;
    if (domain.method == Domain::Method::Mean)
        score = sum / weightAnswered;
    else if (domain.prorate && missing > 0)
        score = std::floor(sum * weightAsked / weightAnswered + 0.5);
    result.valid = true;
    result.score = score;
    if (domain.percentageFactor)
        result.percentage = score * *domain.percentageFactor;
    if (const Band* band = domain.bandFor(domain.bandValue(score))) {
        result.band = band->id;
        result.level = band->level;
    }
    return result;
}

ScoreResult Scorer::score(const Instrument& instrument, const Answers& rawAnswers,
                          const QString& language, const ScoreResult* previous)
{
    const ReasonText text(instrument, language);
    ScoreResult result;
    result.instrumentId = instrument.id;
    result.version = instrument.version;
    result.language = text.language();

    QStringList visible;
    const Answers answers = instrument.effectiveAnswers(rawAnswers, &visible);

    QStringList watchDomains;
    for (const Domain& domain : instrument.domains) {
        DomainResult dr = scoreDomain(instrument, domain, answers, visible);
        if (!dr.valid) {
            if (dr.asked > 0)
                result.invalidReasons << text.tooManyMissing(domain, dr);
        } else if (dr.level) {
            result.level = std::max(result.level.value_or(Level::Ok), *dr.level);
            if (*dr.level == Level::Watch)
                watchDomains << domain.title.text(result.language);
            if (*dr.level != Level::Ok)
                result.flags << Flag{FlagCode::threshold(domain.id).toString(), *dr.level, false,
                                     text.threshold(domain, dr)};
        }
        if (previous && dr.valid && domain.reliableChange)
            if (const DomainResult* before = previous->domain(domain.id); before && before->score) {
                const double change =
                    (*dr.score - *before->score) * (domain.higherIsWorse ? 1 : -1);
                const double threshold = domain.reliableChange->threshold();
                if (change > threshold)
                    result.flags << Flag{FlagCode::change(domain.id).toString(), Level::Watch,
                                         false,
                                         text.change(domain, *dr.score, *before->score, threshold)};
            }
        result.domains << dr;
    }
    result.valid = result.invalidReasons.isEmpty();

    if (instrument.accumulationMinWatch &&
        watchDomains.size() >= *instrument.accumulationMinWatch) {
        result.level = Level::Concern;
        result.flags << Flag{FlagCode::accumulation().toString(), Level::Concern, false,
                             text.accumulation(watchDomains)};
    }
    int criticalCount = 0; // critical flags lead the list, in the instrument's order
    for (const CriticalRule& rule : instrument.critical) {
        const auto it = answers.constFind(rule.item);
        if (it == answers.constEnd() || !rule.when.matches(*it))
            continue;
        result.level = Level::Concern;
        result.flags.insert(criticalCount++, Flag{FlagCode::critical(rule.item).toString(),
                                                  Level::Concern, true, text.critical(rule, *it)});
    }
    if (previous && result.level.value_or(Level::Ok) == Level::Ok)
        for (const Flag& flag : result.flags)
            if (const auto code = FlagCode::parse(flag.code);
                code && code->kind() == FlagCode::Kind::Change)
                result.level = Level::Watch;

    if (const DomainResult* primary = result.domain(instrument.primaryDomain)) {
        result.total = primary->score;
        result.band = primary->band;
        result.percentage = primary->percentage;
    }
    return result;
}

} // namespace signaali
