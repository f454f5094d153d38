#include "db/storage/KeyArea.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace signaali::db::keyarea {

namespace {
bool syncFile(QFile& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}
} // namespace

bool looksEncrypted(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(KeyHeader::magic().size()) == KeyHeader::magic();
}

std::optional<KeyHeader> read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return KeyHeader::parseArea(file.read(KeyHeader::kAreaBytes));
}

QString write(const QString& path, KeyHeader header)
{
    header.nextGeneration();
    const auto copy = header.serialize();
    if (!copy)
        return QStringLiteral("the key slots do not fit in the key area");
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return file.errorString();
    const qint64 at = qint64(header.generation() % 2) * KeyHeader::kCopyBytes;
    if (!file.seek(at) || file.write(*copy) != copy->size() || !syncFile(file))
        return file.errorString();
    return {};
}

QString initialise(const QString& path, const KeyHeader& header)
{
    const auto copy = header.serialize();
    if (!copy)
        return QStringLiteral("the key slots do not fit in the key area");
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() != 0)
        return QStringLiteral("not an empty file");
    if (file.write(*copy) != copy->size() || file.write(*copy) != copy->size() || !syncFile(file))
        return file.errorString();
    return {};
}

QString create(const QString& path, const KeyHeader& header)
{
    const auto copy = header.serialize();
    if (!copy)
        return QStringLiteral("the key slots do not fit in the key area");
    if (QFileInfo::exists(path))
        return QStringLiteral("the file already exists");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return file.errorString();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Both copies the same: either may be the one a later write replaces.
    if (file.write(*copy) != copy->size() || file.write(*copy) != copy->size() || !syncFile(file))
        return file.errorString();
    return {};
}

} // namespace signaali::db::keyarea
