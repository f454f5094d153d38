#pragma once

#include "core/Refusal.h"

#include <QCoreApplication>
#include <QString>

namespace signaali {

// Writes a refusal in the user interface's language (the translator installed
// in the application; English without one). The sentences are translated in
// resources/translations, context "RefusalText". The GUI and the CLI both use it.
class RefusalText
{
    Q_DECLARE_TR_FUNCTIONS(RefusalText)

public:
    static QString message(const Refusal& refusal);

private:
    static QString coded(const Refusal& refusal);
    static QString noSuchId(const QString& thing, const QString& id);
    // A field, role or permission named in English by db/, in the UI's language.
    static QString word(const QString& english);
};

} // namespace signaali
