#pragma once

#include <QByteArray>
#include <QStringList>

namespace signaali {

// The link of a hash chain (the audit log): BLAKE2b-256 over the previous
// link and the fields of one record, each field length-prefixed so that no two
// different records hash alike. Hex, 64 characters.
class ChainHash
{
public:
    static QByteArray link(const QByteArray& previousHex, const QStringList& fields);
};

} // namespace signaali
