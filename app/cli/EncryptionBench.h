#pragma once

#include <QStringList>

namespace signaali::cli {

// bench encryption: the same work on a plaintext and an encrypted copy of
// --db, side by side with their ratios.
int runEncryptionBench(const QStringList& arguments);
// bench kdf: how long a key slot takes to make and to open (Argon2id at the
// cost every new slot gets), the part of sign-in that encryption adds.
int runKdfBench(const QStringList& arguments);

} // namespace signaali::cli
