#include "db/access/AuditWitness.h"

#include "core/AppPaths.h"
#include "db/sql/SqlHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUrl>

namespace signaali::db::auditwitness {

namespace {
constexpr int kKeptHeads = 200;

// One file per database: its municipality and where it lives. A copy
// elsewhere (a backup, a file being restored) is not held to this one's heads,
// since it may rightly be older or go its own way.
QString witnessFile(QSqlDatabase& db)
{
    const QString municipality =
        scalar(db, QStringLiteral("SELECT uuid FROM municipality ORDER BY id LIMIT 1"))
            .value_or(QString())
            .toString();
    // A connection that only looks has the file as a URI (immutable=1).
    const QString name = db.databaseName();
    const QString file = name.startsWith(QLatin1String("file:")) ? QUrl(name).toLocalFile() : name;
    const QString where = QFileInfo(file).canonicalFilePath();
    if (municipality.isEmpty() || where.isEmpty())
        return {};
    const QByteArray key =
        QCryptographicHash::hash((municipality + QLatin1Char('\n') + where).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QDir(dataDirectory())
        .filePath(QStringLiteral("audit-witness/%1.heads").arg(QString::fromLatin1(key)));
}

QStringList readHeads(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

void record(QSqlDatabase& db, const Clock& clock)
{
    const QString path = witnessFile(db);
    if (path.isEmpty())
        return;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) ||
        !query.next() || query.value(1).toString().isEmpty())
        return;
    QStringList heads = readHeads(path);
    heads << QStringLiteral("%1 %2 %3")
                 .arg(query.value(0).toLongLong())
                 .arg(query.value(1).toString(), isoUtc(clock.nowUtc()));
    heads = heads.mid(std::max<qsizetype>(0, heads.size() - kKeptHeads));
    // Best effort: a data folder that cannot be written costs the witness,
    // never the sign-in.
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(heads.join(QLatin1Char('\n')).toLatin1() + '\n');
    file.commit();
}

std::optional<Mismatch> firstMismatch(QSqlDatabase& db)
{
    const QString path = witnessFile(db);
    if (path.isEmpty())
        return std::nullopt;
    const QString restoredAt =
        scalar(db, QStringLiteral("SELECT max(at) FROM audit_log WHERE action = ?"),
               {audit::DatabaseRestored})
            .value_or(QString())
            .toString();
    std::optional<Mismatch> first;
    QSqlQuery query(db);
    for (const QString& line : readHeads(path)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() != 3 || (!restoredAt.isEmpty() && parts[2] <= restoredAt))
            continue;
        const qint64 id = parts[0].toLongLong();
        if (first && first->rowId <= id)
            continue;
        if (!execBound(query, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {id}))
            continue;
        if (!query.next())
            first = Mismatch{id, AuditChainCheck::Problem::Removed};
        else if (query.value(0).toString() != parts[1])
            first = Mismatch{id, AuditChainCheck::Problem::Changed};
    }
    return first;
}

} // namespace signaali::db::auditwitness
