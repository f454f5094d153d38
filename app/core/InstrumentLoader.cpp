#include "core/InstrumentLoader.h"

#include "core/BoundedFile.h"
#include "core/InstrumentParser.h"

#include <QJsonDocument>

namespace signaali {

Loaded<Instrument> InstrumentLoader::fromFile(const QString& path)
{
    const Loaded<QByteArray> bytes =
        readBoundedFile(path, kMaximumFileSize, QStringLiteral("an instrument file"));
    if (!bytes.ok())
        return Loaded<Instrument>::failure(bytes.error);
    Loaded<Instrument> loaded = fromJson(*bytes.value, path);
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
