#include "core/TextDecoding.h"

namespace signaali {

qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            value = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            value = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            value = lead & 0x07;
        } else {
            return i; // a continuation byte or 0xF8..0xFF in lead position
        }
        if (size - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (next & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString decodeWindows1252(const QByteArray& bytes)
{
    // 0x80..0x9F; the rest of the upper half is the same as Latin-1.
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80..87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88..8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90..97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98..9F
    };
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code >= 0x80 && code <= 0x9F)
            text.append(QChar(high[code - 0x80]));
        else
            text.append(QChar(static_cast<char16_t>(code)));
    }
    return text;
}

DecodedText decodeText(const QByteArray& bytes)
{
    static const QByteArray bom("\xEF\xBB\xBF", 3);
    if (bytes.startsWith(bom)) {
        const QByteArray rest = bytes.mid(bom.size());
        const qsizetype invalid = firstInvalidUtf8(rest);
        if (invalid >= 0)
            return {QString(), QStringLiteral("UTF-8 with BOM"), invalid};
        return {QString::fromUtf8(rest), QStringLiteral("UTF-8 with BOM")};
    }
    if (firstInvalidUtf8(bytes) < 0)
        return {QString::fromUtf8(bytes), QStringLiteral("UTF-8")};
    return {decodeWindows1252(bytes), QStringLiteral("Windows-1252")};
}

qsizetype firstControlCharacter(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            return i;
    }
    return -1;
}

} // namespace signaali
