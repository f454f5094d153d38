#pragma once

#include "db/exchange/Bundles.h"

#include <QCoreApplication>
#include <QString>

namespace signaali::ui {

// What the window says about bundles, in words: the record types, what an
// import did and what a bundle sent carries.
class BundleText
{
    Q_DECLARE_TR_FUNCTIONS(signaali::ui::BundleText)

public:
    // "pupil" as "Pupils", "case_action" as "Follow-up actions"; an unknown type as it is.
    static QString recordType(const QString& type);
    // changed_response, second_completed
    static QString conflictKind(const QString& kind);
    static QString conflictExplanation(const QString& kind);
    // One line per record type, then what was matched, replaced, erased and in conflict.
    static QString imported(const db::BundleImported& result);
    static QString made(const db::BundleMade& made, const QString& to, db::BundleKind kind);
};

} // namespace signaali::ui
