#pragma once

#include "core/Clock.h"
#include "core/Roster.h"
#include "db/Outcome.h"
#include "db/workspace/ImportReport.h"
#include "db/workspace/PupilRecord.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace signaali::db {

// Pupils, their classes and groups; roster import; erasure.
class PupilStore
{
public:
    explicit PupilStore(QSqlDatabase& db, const Clock& clock = Clock::system())
        : m_db(db), m_clock(clock)
    {
    }

    // Imports a parsed roster into `school` in one transaction. A dry run does
    // exactly the same work and rolls it back. Matching: identity code when the
    // row has one, else last name, first name and date of birth.
    // `mayMoveFrom(pupilId, schoolId)`, when given, says whether a pupil matched
    // in another school may be moved here. A pupil who may not is out of the
    // importer's reach, so the report must not tell that the pupil exists: a
    // dry run reports the row as it would a new pupil, and a real import, which
    // cannot add the same child twice, rejects it with the wording of a row
    // that cannot be added (the caller audits it).
    Outcome<ImportReport> importRoster(const Roster& roster, const QString& school, bool dryRun,
                                       const std::function<bool(qint64, qint64)>& mayMoveFrom = {});

    QList<PupilRecord> pupils(const QString& school = {});
    // By numeric id or uuid.
    std::optional<PupilRecord> pupil(const QString& key);

    // GDPR erasure: the pupil, their answers and results are deleted and the
    // freed pages overwritten (secure_delete) and checkpointed out of the WAL.
    // `alsoInTransaction` (an audit row) runs in the same transaction; when it
    // fails nothing is erased.
    Outcome<Done> erase(qint64 pupilId,
                        const std::function<Outcome<Done>()>& alsoInTransaction = {});

private:
    Outcome<ImportRow> importPupil(const RosterPupil& row, qint64 schoolId, bool dryRun,
                                   const std::function<bool(qint64, qint64)>& mayMoveFrom);
    // The pupil the row names; on a conflict of identity codes nothing, with
    // `conflict` saying why and `conflicting` the pupil it conflicts with.
    std::optional<qint64> findMatch(const RosterPupil& row, QString* conflict, qint64* conflicting);
    // The statements of an import, prepared once for all its rows: a class
    // list runs the same few per pupil, and preparing them cost more than
    // running them. `m_last` is the one run last.
    bool execCached(const QString& sql, std::initializer_list<QVariant> values);
    std::optional<QVariant> cachedScalar(const QString& sql,
                                         std::initializer_list<QVariant> values);

    QSqlDatabase& m_db;
    const Clock& m_clock;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QSqlQuery* m_last = nullptr;
};

} // namespace signaali::db
