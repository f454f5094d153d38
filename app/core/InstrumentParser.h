#pragma once

#include "core/Instrument.h"
#include "core/JsonCursor.h"

namespace signaali {

// Builds an Instrument from JSON, checking each rule as it goes; throws LoadFailure.
// Items are read before domains and critical rules, so references can be checked.
class InstrumentParser
{
public:
    explicit InstrumentParser(const JsonCursor& root) : m_root(root) {}
    Instrument parse();

private:
    Scale parseScale(const JsonCursor& node) const;
    void parseOptions(const JsonCursor& node, Scale& scale) const;
    void parsePoints(const JsonCursor& node, Scale& scale) const;
    Item parseItem(const JsonCursor& node, int index) const;
    Condition parseCondition(const JsonCursor& node, int ownerIndex) const;
    Condition parseComparison(const JsonCursor& node, const Scale* scale) const;
    Domain parseDomain(const JsonCursor& node) const;
    // `listed`: the ids of domain.items, for checking reverse and weights in O(1).
    void parseScoring(const JsonCursor& node, Domain& domain, const QSet<QString>& listed) const;
    void parseBands(const JsonCursor& node, Domain& domain) const;
    CriticalRule parseCritical(const JsonCursor& node) const;

    const JsonCursor& m_root;
    Instrument m_instrument;
};

} // namespace signaali
