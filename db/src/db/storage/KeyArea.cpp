#include "db/storage/KeyArea.h"

#include "db/storage/CryptVfs.h"
#include "db/storage/DatabaseFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <sqlite3.h>

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
    if (file.read(KeyHeader::magic().size()) == KeyHeader::magic())
        return true;
    return file.seek(KeyHeader::kCopyBytes) &&
           file.read(KeyHeader::magic().size()) == KeyHeader::magic();
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
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return file.errorString();
    const qint64 first = qint64(header.generation() % 2) * KeyHeader::kCopyBytes;
    for (const qint64 at : {first, KeyHeader::kCopyBytes - first})
        if (!file.seek(at) || file.write(*copy) != copy->size() || !syncFile(file))
            return file.errorString();
    return {};
}

namespace {
bool control(QSqlDatabase& db, CryptVfs::KeyAreaIo& io)
{
    sqlite3* connection = detail::sqliteHandle(db);
    if (!connection)
        return false;
    return sqlite3_file_control(connection, "main", CryptVfs::kKeyAreaControl, &io) == SQLITE_OK;
}
} // namespace

std::optional<KeyHeader> read(QSqlDatabase& db)
{
    QByteArray area(KeyHeader::kAreaBytes, '\0');
    CryptVfs::KeyAreaIo io{false, area.data(), static_cast<int>(area.size()), 0};
    if (!control(db, io))
        return std::nullopt;
    return KeyHeader::parseArea(area);
}

QString write(QSqlDatabase& db, KeyHeader header)
{
    header.nextGeneration();
    auto copy = header.serialize();
    if (!copy)
        return QStringLiteral("the key slots do not fit in the key area");
    const qint64 first = qint64(header.generation() % 2) * KeyHeader::kCopyBytes;
    for (const qint64 at : {first, KeyHeader::kCopyBytes - first}) {
        CryptVfs::KeyAreaIo io{true, copy->data(), static_cast<int>(copy->size()), at};
        if (!control(db, io))
            return QStringLiteral("the key area cannot be written");
    }
    return {};
}

QString initialise(const QString& path, const KeyHeader& header)
{
    const auto copy = header.serialize();
    if (!copy)
        return QStringLiteral("the key slots do not fit in the key area");
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly) || file.size() != 0)
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
