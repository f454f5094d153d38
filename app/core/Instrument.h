#pragma once

#include "core/Condition.h"
#include "core/Level.h"
#include "core/LocalizedText.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace signaali {

struct ScaleOption
{
    int code = 0;
    LocalizedText label;
};

// Maps a bounded number answer (e.g. hours of sleep) onto domain points.
struct PointsRange
{
    double min = 0;
    double max = 0;
    double points = 0;
};

struct Scale
{
    enum class Type { Likert, Choice, YesNo, Number };

    QString id;
    Type type = Type::Likert;
    QList<ScaleOption> options; // Likert, Choice, YesNo
    double min = 0;             // Number
    double max = 0;
    double step = 1;
    LocalizedText unit;
    QList<PointsRange> points;

    bool isNumber() const { return type == Type::Number; }
    // Whether `value` is an answer this scale accepts.
    bool accepts(double value) const;
    // Lowest and highest code (or number) an answer can take.
    double lowestAnswer() const;
    double highestAnswer() const;
    // The points an answer scores before reversal and weighting.
    std::optional<double> pointsFor(double answer) const;
    double lowestPoints() const;
    double highestPoints() const;
    QString describeAccepted() const;
};

struct Item
{
    QString id;
    QString scaleId;
    LocalizedText text;
    bool required = false;
    std::optional<Condition> showIf;
    // A calm sentence the kiosk shows once, on a page of its own, before this
    // item (e.g. before the first self-harm question); empty when none.
    LocalizedText leadIn;
};

struct Band
{
    QString id;
    double min = 0;
    double max = 0;
    Level level = Level::Ok;
    LocalizedText label;
};

struct ReliableChange
{
    double sd = 0;
    double reliability = 0;
    // Smallest change that is reliable at the 95 % level (Jacobson and Truax 1991).
    double threshold() const;
};

struct Domain
{
    enum class Method { Sum, Mean };

    QString id;
    LocalizedText title;
    QStringList items;
    Method method = Method::Sum;
    QSet<QString> reverse;
    QHash<QString, double> weights;
    int maxMissing = 0;
    bool prorate = false;
    bool higherIsWorse = true;
    std::optional<double> percentageFactor;
    bool bandsOnPercentage = false;
    QList<Band> bands;
    std::optional<ReliableChange> reliableChange;

    double weight(const QString& itemId) const { return weights.value(itemId, 1.0); }
    // The value the bands divide: the score, or its percentage.
    double bandValue(double score) const;
    const Band* bandFor(double value) const;
    // The lowest value at which this domain reaches `level`, if any band has that level.
    std::optional<double> cutOff(Level level) const;
};

struct CriticalRule
{
    QString item;
    Condition when; // Compare kind; item implied
    LocalizedText topic;
};

struct Instrument
{
    int format = 1;
    QString id;
    QString version;
    QStringList languages;
    LocalizedText title;
    LocalizedText instructions;
    LocalizedText source;
    bool requiresOfficialWording = false;
    QSet<QString> officialWordingLanguages; // filled by wording files
    QList<Scale> scales;
    QList<Item> items;
    QList<Domain> domains;
    QString primaryDomain;
    QList<CriticalRule> critical;
    std::optional<int> accumulationMinWatch;
    QString sourcePath;        // the file it came from, for messages
    QByteArray definitionJson; // the definition as loaded (compact), stored with results

    // Items by id, kept by addItem(), so looking an item up does not scan a long
    // instrument. An instrument whose items are appended by hand has no index
    // (or a stale one, of another size) and is scanned instead.
    QHash<QString, int> itemPositions;

    void addItem(Item item);
    const Scale* scale(const QString& scaleId) const;
    const Item* item(const QString& itemId) const;
    const Domain* domain(const QString& domainId) const;
    int itemIndex(const QString& itemId) const;
    const Scale* scaleOfItem(const QString& itemId) const;
    // The lowest and highest score a domain can take.
    std::pair<double, double> possibleRange(const Domain& domain) const;
    // Whether the kiosk may administer it in `language`.
    bool canAdminister(const QString& language) const;
    // Items asked given these answers (display conditions applied in order).
    QStringList visibleItems(const Answers& answers) const;
    // The answers that count: those to visible items; answers to hidden items are dropped.
    Answers effectiveAnswers(const Answers& answers, QStringList* visible = nullptr) const;
};

} // namespace signaali
