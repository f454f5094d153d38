#pragma once

#include <QByteArray>
#include <QString>

namespace signaali {

// Text decoding for files that come from Windows tools (Excel, school
// administration exports): UTF-8 with or without a byte order mark, or
// Windows-1252 when the bytes are not valid UTF-8.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
    // Byte offset (after the BOM) of the first invalid UTF-8 sequence in a
    // file that starts with a UTF-8 BOM, or -1. Such a file is not decoded.
    qsizetype invalidUtf8Offset = -1;
};

// Offset of the first byte that does not start a valid UTF-8 sequence, or -1.
// Strict: no overlong forms, no surrogates, nothing above U+10FFFF.
qsizetype firstInvalidUtf8(const QByteArray& bytes);
// Every byte maps to one character; the five bytes Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the same value.
QString decodeWindows1252(const QByteArray& bytes);
DecodedText decodeText(const QByteArray& bytes);

// Index of the first control character other than tab, CR and LF
// (C0, DEL or C1), or -1. Such characters mean the file is not text.
qsizetype firstControlCharacter(const QString& text);

} // namespace signaali
