#pragma once

#include "core/Refusal.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <optional>

namespace signaali {

// Every file the application writes on a user's word (exports, backups, PDFs)
// passes here first. A typed path must never destroy data: a database file is
// never a target, an existing file is replaced only when the user said so, and
// a write that fails leaves the old file whole.
class OutputFile
{
public:
    struct Rules
    {
        bool replace = false;    // an existing file may be replaced (--force; a dialog asked)
        bool identified = false; // holds identified data: readable by the owner only (0600)
        QStringList guarded;     // never written, whatever `replace` says (databaseFiles())
    };

    // The files of the SQLite database at `databasePath`: the file itself, its
    // -wal, -shm, -journal and -lock, and the copies a restore keeps beside it.
    static QStringList databaseFiles(const QString& databasePath);
    // Guards the files of a database this process opened, for every later
    // check() whatever its rules say: db/ calls it when it opens a database, so
    // no export path in the window or the CLI can forget it.
    static void guardDatabase(const QString& databasePath);

    // Nothing when `path` may be written under `rules`. A guarded file (of
    // `rules` or of a database guarded by guardDatabase()) is
    // recognised by device and inode (a link or another spelling of its name)
    // and by its name (a -wal that does not exist yet is still the database's).
    static std::optional<Refusal> check(const QString& path, const Rules& rules);

    // Checks `path` and opens `file` (constructed on it) for writing; the caller
    // writes and commits. The old file stays until commit().
    static std::optional<Refusal> open(QSaveFile& file, const Rules& rules);
    // The same, and writes `data` and commits.
    static std::optional<Refusal> write(const QString& path, const QByteArray& data,
                                        const Rules& rules);
};

// For writers that need a file name of their own (libxlsxwriter, SQLite's
// VACUUM INTO): an empty file beside the target, owner-only, renamed over the
// target by commit() and removed if it never is.
class StagedFile
{
public:
    StagedFile(QString target, OutputFile::Rules rules);
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;

    // Checks the target and creates the staging file.
    std::optional<Refusal> prepare();
    const QString& stagingPath() const { return m_staging; }
    // Checks the target again and moves the staged file into its place at once.
    std::optional<Refusal> commit();

private:
    QString m_target;
    OutputFile::Rules m_rules;
    QString m_staging;
    bool m_committed = false;
};

} // namespace signaali
