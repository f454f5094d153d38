#include "db/store/StoredAnswers.h"

#include <QLocale>
#include <algorithm>

namespace signaali::db {

namespace {
void appendKey(QByteArray& json, const QString& key)
{
    json += '"';
    // Item ids are ASCII identifiers: copied as they are, without a
    // conversion (and an allocation) per key.
    const bool ascii = std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (ascii) {
        for (const QChar c : key)
            json += static_cast<char>(c.unicode());
        json += "\":";
        return;
    }
    for (const char c : key.toUtf8()) {
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            json += "\\u00";
            json += "0123456789abcdef"[(c >> 4) & 0xf];
            json += "0123456789abcdef"[c & 0xf];
        } else {
            json += c;
        }
    }
    json += "\":";
}

// Shortest form that reads back as the same double; not a number is no JSON
// and is refused by the table's check.
void appendValue(QByteArray& json, double value)
{
    // Most answers are a scale's whole points.
    if (value >= 0 && value < 10 && value == static_cast<int>(value)) {
        json += static_cast<char>('0' + static_cast<int>(value));
        return;
    }
    json += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

QByteArray storedAnswers(const QList<std::pair<QString, double>>& answers)
{
    QByteArray json;
    json.reserve(answers.size() * 16 + 2);
    json += '{';
    for (const auto& [item, value] : answers) {
        if (json.size() > 1)
            json += ',';
        appendKey(json, item);
        appendValue(json, value);
    }
    json += '}';
    return json;
}

QByteArray storedAnswers(const Answers& answers)
{
    QList<std::pair<QString, double>> pairs;
    pairs.reserve(answers.size());
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        pairs.append({it.key(), it.value()});
    return storedAnswers(pairs);
}

} // namespace signaali::db
