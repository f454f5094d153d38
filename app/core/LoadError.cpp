#include "core/LoadError.h"

#include <QByteArray>

namespace signaali {

QString LoadError::toString() const
{
    QString text = file;
    if (!where.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + where;
    return text + QStringLiteral(": ") + message;
}

QString lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace signaali
