#pragma once

#include <QString>

namespace signaali::ui {

// The language the user interface speaks (fi, sv, en). Switching installs the
// compiled translations, and every open widget retranslates on LanguageChange.
class UiLanguage
{
public:
    static void set(const QString& language);
    static QString current();
};

} // namespace signaali::ui
