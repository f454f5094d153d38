#include "core/InstrumentLoader.h"

#include "core/InstrumentParser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace signaali {

Loaded<Instrument> InstrumentLoader::fromFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Loaded<Instrument>::failure({path, {}, file.errorString()});
    Loaded<Instrument> loaded = fromJson(file.readAll(), path);
    if (loaded.ok())
        loaded.value->sourcePath = path;
    return loaded;
}

Loaded<Instrument> InstrumentLoader::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Loaded<Instrument>::failure(
            {sourceName, lineAndColumn(json, parseError.offset), parseError.errorString()});
    if (!document.isObject())
        return Loaded<Instrument>::failure(
            {sourceName, QStringLiteral("$"), QStringLiteral("expected a JSON object")});
    try {
        const JsonCursor root(document.object(), sourceName);
        Instrument instrument = InstrumentParser(root).parse();
        instrument.sourcePath = sourceName;
        instrument.definitionJson = document.toJson(QJsonDocument::Compact);
        return Loaded<Instrument>::success(std::move(instrument));
    } catch (const LoadFailure& failure) {
        return Loaded<Instrument>::failure(failure.error());
    }
}

} // namespace signaali
