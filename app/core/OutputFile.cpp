#include "core/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QUuid>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace signaali {

namespace {
const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The file's name with its folder resolved (links, "..", another spelling),
// whether or not the file itself exists yet.
QString resolvedName(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

bool sameFile(const QString& a, const QString& b)
{
    if (resolvedName(a) == resolvedName(b))
        return true;
#ifdef Q_OS_UNIX
    struct stat first
    {
    };
    struct stat second
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &first) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &second) != 0)
        return false;
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#else
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
#endif
}
QMutex guardMutex;
QStringList& guardedDatabases()
{
    static QStringList databases;
    return databases;
}

QStringList guardedFiles(const QStringList& ruleFiles)
{
    QStringList files = ruleFiles;
    const QMutexLocker lock(&guardMutex);
    for (const QString& database : guardedDatabases())
        files << OutputFile::databaseFiles(database);
    return files;
}
} // namespace

void OutputFile::guardDatabase(const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return;
    const QMutexLocker lock(&guardMutex);
    if (!guardedDatabases().contains(databasePath))
        guardedDatabases() << databasePath;
}

QStringList OutputFile::databaseFiles(const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    QStringList files{databasePath};
    for (const char* suffix : {"-wal", "-shm", "-journal", "-lock", "-open"})
        files << databasePath + QLatin1String(suffix);
    const QFileInfo info(databasePath);
    const QDir folder = info.absoluteDir();
    for (const QString& kept :
         folder.entryList({info.fileName() + QStringLiteral(".before-restore-*")}, QDir::Files))
        files << folder.filePath(kept);
    return files;
}

std::optional<Refusal> OutputFile::check(const QString& path, const Rules& rules)
{
    if (path.trimmed().isEmpty())
        return Refusal::of(Refusal::Code::OutputMissing);
    for (const QString& guarded : guardedFiles(rules.guarded))
        if (sameFile(path, guarded))
            return Refusal::of(Refusal::Code::OutputIsDatabase, {path});
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        if (info.isDir())
            return Refusal::of(Refusal::Code::FileNotWritten, {path, QStringLiteral("a folder")});
        if (!rules.replace)
            return Refusal::of(Refusal::Code::OutputExists, {path});
    }
    return std::nullopt;
}

std::optional<Refusal> OutputFile::open(QSaveFile& file, const Rules& rules)
{
    if (auto refusal = check(file.fileName(), rules))
        return refusal;
    if (!file.open(QIODevice::WriteOnly))
        return Refusal::of(Refusal::Code::FileNotWritten, {file.fileName(), file.errorString()});
    // On the temporary file, so the data is never readable by others, not even
    // for a moment; QSaveFile keeps these permissions when it renames.
    if (rules.identified && !file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return Refusal::of(Refusal::Code::FileNotWritten, {file.fileName(), file.errorString()});
    }
    return std::nullopt;
}

std::optional<Refusal> OutputFile::write(const QString& path, const QByteArray& data,
                                         const Rules& rules)
{
    QSaveFile file(path);
    if (auto refusal = open(file, rules))
        return refusal;
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return Refusal::of(Refusal::Code::FileNotWritten, {path, file.errorString()});
    }
    if (!file.commit())
        return Refusal::of(Refusal::Code::FileNotSaved, {path, file.errorString()});
    return std::nullopt;
}

StagedFile::StagedFile(QString target, OutputFile::Rules rules)
    : m_target(std::move(target)), m_rules(std::move(rules))
{
}

StagedFile::~StagedFile()
{
    if (!m_committed && !m_staging.isEmpty())
        QFile::remove(m_staging);
}

std::optional<Refusal> StagedFile::prepare()
{
    if (auto refusal = OutputFile::check(m_target, m_rules))
        return refusal;
    const QFileInfo info(m_target);
    m_staging = info.absoluteDir().filePath(
        QStringLiteral(".%1.partial-%2")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    QFile file(m_staging);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
        const QString reason = file.errorString();
        m_staging.clear();
        return Refusal::of(Refusal::Code::FileNotWritten, {m_target, reason});
    }
    // Owner-only always: a staged file is never left readable, whatever it becomes.
    file.setPermissions(kOwnerOnly);
    return std::nullopt;
}

std::optional<Refusal> StagedFile::commit()
{
    if (m_staging.isEmpty())
        return Refusal::of(Refusal::Code::FileNotWritten, {m_target, QStringLiteral("not staged")});
    if (auto refusal = OutputFile::check(m_target, m_rules))
        return refusal;
    if (!m_rules.identified)
        QFile::setPermissions(m_staging,
                              kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // rename(2) replaces the target in one step: there is never a moment
    // without a whole file at the target's name.
    if (std::rename(QFile::encodeName(m_staging).constData(),
                    QFile::encodeName(m_target).constData()) != 0)
        return Refusal::of(Refusal::Code::FileNotMoved, {m_target});
    m_committed = true;
    return std::nullopt;
}

} // namespace signaali
