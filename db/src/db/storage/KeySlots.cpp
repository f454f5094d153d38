#include "db/storage/KeySlots.h"

#include "db/storage/KeyArea.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace signaali::db::keyslots {

namespace {
struct Entry
{
    QString path;
    std::shared_ptr<SecureKey> key;
};

QMutex mutex;

QHash<QString, Entry>& entries()
{
    static QHash<QString, Entry> map;
    return map;
}

std::optional<KdfCost>& costOverride()
{
    static std::optional<KdfCost> cost;
    return cost;
}

std::optional<Entry> entryOf(const QSqlDatabase& db)
{
    const QMutexLocker lock(&mutex);
    const auto it = entries().constFind(db.connectionName());
    if (it == entries().constEnd())
        return std::nullopt;
    return *it;
}

template <typename Change> QString rewrite(const QSqlDatabase& db, Change change)
{
    const auto entry = entryOf(db);
    if (!entry)
        return {};
    // Through SQLite's own file handle, inside the caller's write transaction.
    QSqlDatabase connection = db;
    auto header = keyarea::read(connection);
    if (!header)
        return QStringLiteral("the key area of %1 cannot be read").arg(entry->path);
    if (!change(*header, *entry->key))
        return QStringLiteral("the key slot cannot be made");
    return keyarea::write(connection, *header);
}
} // namespace

void attach(const QString& connectionName, const QString& path, std::shared_ptr<SecureKey> key)
{
    const QMutexLocker lock(&mutex);
    entries().insert(connectionName, Entry{path, std::move(key)});
}

void detach(const QString& connectionName)
{
    const QMutexLocker lock(&mutex);
    entries().remove(connectionName);
}

int attachedCount()
{
    const QMutexLocker lock(&mutex);
    return static_cast<int>(entries().size());
}

bool isEncrypted(const QSqlDatabase& db)
{
    return entryOf(db).has_value();
}

std::shared_ptr<SecureKey> keyOf(const QSqlDatabase& db)
{
    const auto entry = entryOf(db);
    return entry ? entry->key : nullptr;
}

QString setPassword(const QSqlDatabase& db, const QString& username, const QString& password)
{
    return rewrite(db, [&](KeyHeader& header, const SecureKey& key) {
        return header.setAccount(key, username, password, cost());
    });
}

QString remove(const QSqlDatabase& db, const QString& username)
{
    return rewrite(db, [&](KeyHeader& header, const SecureKey&) {
        header.removeAccount(username);
        return true;
    });
}

KdfCost cost()
{
    const QMutexLocker lock(&mutex);
    return costOverride().value_or(KdfCost{});
}

void setCostForTests(const KdfCost& cost)
{
    const QMutexLocker lock(&mutex);
    costOverride() = cost;
}

} // namespace signaali::db::keyslots
