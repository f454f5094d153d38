#include "core/Condition.h"

#include <QStringList>

namespace signaali {

bool Condition::matches(double answer) const
{
    const double v = values.isEmpty() ? 0.0 : values.first();
    switch (op) {
    case Op::Eq:
        return answer == v;
    case Op::Ne:
        return answer != v;
    case Op::Gt:
        return answer > v;
    case Op::Ge:
        return answer >= v;
    case Op::Lt:
        return answer < v;
    case Op::Le:
        return answer <= v;
    case Op::In:
        return values.contains(answer);
    case Op::Answered:
        return true;
    }
    return false;
}

bool Condition::holds(const Answers& answers) const
{
    switch (kind) {
    case Kind::Compare: {
        const auto it = answers.constFind(item);
        return it != answers.constEnd() && matches(*it);
    }
    case Kind::All:
        for (const Condition& part : parts)
            if (!part.holds(answers))
                return false;
        return true;
    case Kind::Any:
        for (const Condition& part : parts)
            if (part.holds(answers))
                return true;
        return false;
    }
    return false;
}

QStringList Condition::referencedItems() const
{
    if (kind == Kind::Compare)
        return {item};
    QStringList items;
    for (const Condition& part : parts)
        items += part.referencedItems();
    return items;
}

bool conditionOpFromId(const QString& id, Condition::Op* op)
{
    static const QHash<QString, Condition::Op> ops{
        {QStringLiteral("eq"), Condition::Op::Eq},
        {QStringLiteral("ne"), Condition::Op::Ne},
        {QStringLiteral("gt"), Condition::Op::Gt},
        {QStringLiteral("ge"), Condition::Op::Ge},
        {QStringLiteral("lt"), Condition::Op::Lt},
        {QStringLiteral("le"), Condition::Op::Le},
        {QStringLiteral("in"), Condition::Op::In},
        {QStringLiteral("answered"), Condition::Op::Answered}};
    const auto it = ops.constFind(id);
    if (it == ops.constEnd())
        return false;
    *op = *it;
    return true;
}

} // namespace signaali
