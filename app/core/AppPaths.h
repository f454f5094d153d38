#pragma once

#include <QString>

namespace signaali {

// Where Signaali keeps its data: $SIGNAALI_DATA_DIR when set (tests, portable
// installs), otherwise the platform's per-user application data folder
// (~/.local/share/signaali on Linux, %APPDATA%/signaali on Windows).
QString dataDirectory();
QString instrumentsDirectory(); // deployer-added instrument files
QString wordingDirectory();     // official wording files

} // namespace signaali
