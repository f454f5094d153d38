#include "core/InstrumentCatalog.h"

#include "core/InstrumentLoader.h"
#include "core/Wording.h"

#include <QCollator>
#include <QDir>

namespace signaali {

InstrumentCatalog InstrumentCatalog::builtIn()
{
    InstrumentCatalog catalog;
    catalog.addFolder(QStringLiteral(":/instruments"), true);
    return catalog;
}

InstrumentCatalog InstrumentCatalog::load(const QString& instrumentsFolder,
                                          const QString& wordingFolder)
{
    InstrumentCatalog catalog = builtIn();
    if (!instrumentsFolder.isEmpty())
        catalog.addFolder(instrumentsFolder, false);
    if (!wordingFolder.isEmpty())
        for (Instrument& instrument : catalog.m_instruments)
            catalog.m_problems += Wording::applyFolder(instrument, wordingFolder);
    return catalog;
}

void InstrumentCatalog::addFolder(const QString& folder, bool builtIn)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        if (name.endsWith(QLatin1String(".schema.json")))
            continue;
        Loaded<Instrument> loaded = InstrumentLoader::fromFile(dir.filePath(name));
        if (!loaded.ok()) {
            m_problems << loaded.error;
            continue;
        }
        if (builtIn)
            loaded.value->sourcePath = name;
        if (find(loaded.value->id, loaded.value->version)) {
            m_problems << LoadError{dir.filePath(name), QStringLiteral("$.version"),
                                    QStringLiteral("instrument '%1' version '%2' is already loaded")
                                        .arg(loaded.value->id, loaded.value->version)};
            continue;
        }
        m_instruments << *loaded.value;
    }
}

const Instrument* InstrumentCatalog::find(const QString& id, const QString& version) const
{
    QCollator collator;
    collator.setNumericMode(true);
    const Instrument* best = nullptr;
    for (const Instrument& instrument : m_instruments) {
        if (instrument.id != id)
            continue;
        if (!version.isEmpty()) {
            if (instrument.version == version)
                return &instrument;
            continue;
        }
        if (!best || collator.compare(instrument.version, best->version) > 0)
            best = &instrument;
    }
    return best;
}

} // namespace signaali
