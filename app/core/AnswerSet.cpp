#include "core/AnswerSet.h"

#include "core/JsonCursor.h"

#include <QJsonDocument>

namespace signaali {

namespace {
Answers readAnswers(const JsonCursor& node)
{
    Answers answers;
    for (const QString& itemId : node.keys()) {
        const JsonCursor value = node.field(itemId);
        if (value.value().isNull())
            continue; // an explicit null is an unanswered item
        answers.insert(itemId, value.number());
    }
    return answers;
}
} // namespace

Loaded<AnswerSet> AnswerSet::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Loaded<AnswerSet>::failure(
            {sourceName, lineAndColumn(json, parseError.offset), parseError.errorString()});
    try {
        const JsonCursor root(document.object(), sourceName);
        if (!document.isObject())
            root.fail(QStringLiteral("expected a JSON object with \"answers\""));
        root.allowOnly(
            {QStringLiteral("answers"), QStringLiteral("previous"), QStringLiteral("language")});
        AnswerSet set;
        set.answers = readAnswers(root.require(QStringLiteral("answers")));
        if (const JsonCursor previous = root.field(QStringLiteral("previous")); !previous.isNull())
            set.previous = readAnswers(previous);
        set.language = root.stringOr(QStringLiteral("language"), QStringLiteral("fi"));
        if (!supportedLanguages().contains(set.language))
            root.field(QStringLiteral("language"))
                .fail(QStringLiteral("unsupported language '%1' (fi, sv, en)").arg(set.language));
        return Loaded<AnswerSet>::success(set);
    } catch (const LoadFailure& failure) {
        return Loaded<AnswerSet>::failure(failure.error());
    }
}

std::optional<LoadError> AnswerSet::check(const Instrument& instrument, const Answers& answers,
                                          const QString& sourceName, const QString& path)
{
    QStringList ids = answers.keys();
    ids.sort(); // report the same problem first every time
    for (const QString& itemId : ids) {
        const QString where = path + QLatin1Char('.') + itemId;
        const Scale* scale = instrument.scaleOfItem(itemId);
        if (!scale)
            return LoadError{
                sourceName, where,
                QStringLiteral("unknown item '%1' in instrument '%2'").arg(itemId, instrument.id)};
        if (!scale->accepts(answers.value(itemId)))
            return LoadError{sourceName, where,
                             QStringLiteral("answer %1 to item '%2' is out of range: expected %3")
                                 .arg(answers.value(itemId))
                                 .arg(itemId, scale->describeAccepted())};
    }
    return std::nullopt;
}

} // namespace signaali
