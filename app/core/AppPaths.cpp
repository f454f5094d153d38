#include "core/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace signaali {

QString dataDirectory()
{
    const QString overridden = qEnvironmentVariable("SIGNAALI_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString instrumentsDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("instruments"));
}

QString wordingDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("wording"));
}

} // namespace signaali
