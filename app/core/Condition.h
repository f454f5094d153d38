#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace signaali {

using Answers = QHash<QString, double>;

// A display condition or critical-answer test on earlier answers.
struct Condition
{
    enum class Kind { Compare, All, Any };
    enum class Op { Eq, Ne, Gt, Ge, Lt, Le, In, Answered };

    Kind kind = Kind::Compare;
    QString item;           // Compare only
    Op op = Op::Answered;   // Compare only
    QList<double> values;   // one value, or the set for In
    QList<Condition> parts; // All / Any

    bool holds(const Answers& answers) const;
    // Whether `answer` meets this comparison (the item is implied).
    bool matches(double answer) const;
    // Every item this condition reads, for validating references.
    QStringList referencedItems() const;
};

bool conditionOpFromId(const QString& id, Condition::Op* op);

} // namespace signaali
