#include "workspace/DeviceText.h"

#include <QFont>
#include <QFontDatabase>
#include <QLabel>
#include <algorithm>

namespace signaali::ui {

QString DeviceText::normalisedFingerprint(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber())
            continue;
        const QChar upper = c.toUpper();
        if (upper == QLatin1Char('O'))
            out += QLatin1Char('0');
        else if (upper == QLatin1Char('I') || upper == QLatin1Char('L'))
            out += QLatin1Char('1');
        else
            out += upper;
    }
    return out;
}

bool DeviceText::sameFingerprint(const QString& typed, const QString& fingerprint)
{
    const QString expected = normalisedFingerprint(fingerprint);
    return !expected.isEmpty() && normalisedFingerprint(typed) == expected;
}

QLabel* DeviceText::fingerprintLabel(const QString& fingerprint, QWidget* parent)
{
    auto* label = new QLabel(fingerprint, parent);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(font.pointSizeF(), 10.0) * 2.4);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { background: #f3f6fa; border: 1px solid #c5cfdb; "
                                        "border-radius: 6px; padding: 10px 18px; }"));
    return label;
}

QByteArray DeviceText::deviceFile(const DeviceLine& line)
{
    return (line.toText() + QStringLiteral("\n# fingerprint ") + line.fingerprint() +
            QLatin1Char('\n'))
        .toUtf8();
}

std::optional<DeviceLine> DeviceText::firstLine(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            return DeviceLine::parse(trimmed);
    }
    return std::nullopt;
}

QString DeviceText::fileNamePart(const QString& name)
{
    // Letters and digits (ä and å too), the rest one dash.
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    if (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("signaali") : out;
}

} // namespace signaali::ui
