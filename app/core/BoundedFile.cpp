#include "core/BoundedFile.h"

#include <QFile>

namespace signaali {

Loaded<QByteArray> readBoundedFile(const QString& path, qint64 maximumBytes, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Loaded<QByteArray>::failure({path, {}, file.errorString()});
    QByteArray data = file.read(maximumBytes + 1);
    if (data.size() > maximumBytes)
        return Loaded<QByteArray>::failure(
            {path,
             {},
             QStringLiteral("the file is larger than %1 MiB, too large to be %2")
                 .arg(maximumBytes / (1024 * 1024))
                 .arg(what)});
    if (file.error() != QFileDevice::NoError)
        return Loaded<QByteArray>::failure({path, {}, file.errorString()});
    return Loaded<QByteArray>::success(std::move(data));
}

} // namespace signaali
