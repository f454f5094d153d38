#pragma once

#include "core/Instrument.h"
#include "core/LoadError.h"

#include <QList>
#include <QString>

namespace signaali {

// The instruments Signaali knows: those compiled in, plus any in a deployer's
// instruments folder, each with official wording merged from the wording folder.
class InstrumentCatalog
{
public:
    // Built-in instruments only.
    static InstrumentCatalog builtIn();
    // Built-in plus `instrumentsFolder`/*.json, with wording from `wordingFolder`.
    static InstrumentCatalog load(const QString& instrumentsFolder, const QString& wordingFolder);

    const QList<Instrument>& instruments() const { return m_instruments; }
    // The highest version of `id`, or the exact `version` when given.
    const Instrument* find(const QString& id, const QString& version = {}) const;
    // Files that could not be loaded; the rest of the catalog still works.
    const QList<LoadError>& problems() const { return m_problems; }

private:
    void addFolder(const QString& folder, bool builtIn);
    QList<Instrument> m_instruments;
    QList<LoadError> m_problems;
};

} // namespace signaali
