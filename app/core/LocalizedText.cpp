#include "core/LocalizedText.h"

namespace signaali {

QString LocalizedText::text(const QString& language) const
{
    if (auto it = m_text.constFind(language); it != m_text.constEnd())
        return *it;
    if (auto it = m_text.constFind(QStringLiteral("fi")); it != m_text.constEnd())
        return *it;
    return m_text.isEmpty() ? QString() : m_text.first();
}

} // namespace signaali
