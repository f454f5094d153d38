#include "core/Wording.h"

#include "core/BoundedFile.h"
#include "core/InstrumentLoader.h"
#include "core/JsonCursor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace signaali {

namespace {
void merge(Instrument& in, const JsonCursor& root)
{
    root.allowOnly({QStringLiteral("instrument"), QStringLiteral("language"),
                    QStringLiteral("version"), QStringLiteral("title"),
                    QStringLiteral("instructions"), QStringLiteral("items"),
                    QStringLiteral("options")});
    const JsonCursor idNode = root.require(QStringLiteral("instrument"));
    if (idNode.string() != in.id)
        idNode.fail(QStringLiteral("wording is for '%1', not '%2'").arg(idNode.string(), in.id));
    const JsonCursor languageNode = root.require(QStringLiteral("language"));
    const QString language = languageNode.string();
    if (!in.languages.contains(language))
        languageNode.fail(
            QStringLiteral("'%1' is not one of the instrument's languages").arg(language));

    if (const JsonCursor title = root.field(QStringLiteral("title")); !title.isNull())
        in.title.set(language, title.string());
    if (const JsonCursor text = root.field(QStringLiteral("instructions")); !text.isNull())
        in.instructions.set(language, text.string());
    if (const JsonCursor items = root.field(QStringLiteral("items")); !items.isNull())
        for (const QString& itemId : items.keys()) {
            const int index = in.itemIndex(itemId);
            if (index < 0)
                items.field(itemId).fail(QStringLiteral("unknown item '%1'").arg(itemId));
            in.items[index].text.set(language, items.field(itemId).string());
        }
    if (const JsonCursor options = root.field(QStringLiteral("options")); !options.isNull())
        for (const QString& scaleId : options.keys()) {
            Scale* scale = nullptr;
            for (Scale& s : in.scales)
                if (s.id == scaleId)
                    scale = &s;
            const JsonCursor labels = options.field(scaleId);
            if (!scale || scale->isNumber())
                labels.fail(QStringLiteral("unknown option scale '%1'").arg(scaleId));
            for (const QString& code : labels.keys()) {
                bool found = false;
                for (ScaleOption& option : scale->options)
                    if (QString::number(option.code) == code) {
                        option.label.set(language, labels.field(code).string());
                        found = true;
                    }
                if (!found)
                    labels.field(code).fail(
                        QStringLiteral("scale '%1' has no option code %2").arg(scaleId, code));
            }
        }
    in.officialWordingLanguages.insert(language);
}
} // namespace

std::optional<LoadError> Wording::applyFile(Instrument& instrument, const QString& path)
{
    const Loaded<QByteArray> bytes =
        readBoundedFile(path, InstrumentLoader::kMaximumFileSize, QStringLiteral("a wording file"));
    if (!bytes.ok())
        return bytes.error;
    return applyJson(instrument, *bytes.value, path);
}

std::optional<LoadError> Wording::applyJson(Instrument& instrument, const QByteArray& json,
                                            const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return LoadError{path, lineAndColumn(json, parseError.offset), parseError.errorString()};
    Instrument merged = instrument;
    try {
        merge(merged, JsonCursor(document.object(), path));
    } catch (const LoadFailure& failure) {
        return failure.error();
    }
    instrument = std::move(merged);
    return std::nullopt;
}

QList<LoadError> Wording::applyFolder(Instrument& instrument, const QString& folder)
{
    QList<LoadError> errors;
    const QDir dir(folder);
    for (const QString& language : instrument.languages) {
        const QString path =
            dir.filePath(QStringLiteral("%1.%2.json").arg(instrument.id, language));
        if (!QFile::exists(path))
            continue;
        if (auto error = applyFile(instrument, path))
            errors << *error;
    }
    return errors;
}

} // namespace signaali
